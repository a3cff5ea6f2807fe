package io.camelqonto.component.management;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelqonto.model.Iban;
import org.apache.camel.util.URISupport;

/** Endpoint URIs as monitoring may show them: Camel masks the secrets, and full IBANs are masked here too. */
public final class Redacted {

    /** An IBAN as it can appear in a URI option, e.g. {@code iban=FR7630006000011234567890189}. */
    private static final Pattern IBAN_SHAPED = Pattern.compile("\\b[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}\\b",
            Pattern.CASE_INSENSITIVE);

    private Redacted() {
    }

    /**
     * The URI with its secrets and IBANs masked.
     *
     * @param uri an endpoint URI, or null
     * @return the URI as monitoring may show it; null stays null
     */
    public static String uri(String uri) {
        if (uri == null) {
            return null;
        }
        Matcher m = IBAN_SHAPED.matcher(URISupport.sanitizeUri(uri));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Iban.mask(m.group())));
        }
        return m.appendTail(sb).toString();
    }
}
