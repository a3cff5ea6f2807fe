package io.camelqonto.client.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camelqonto.model.Iban;

/**
 * One entry of Qonto's {@code errors} list (or its object form). Its string form, which exception
 * messages are made of, masks anything shaped like an IBAN in the detail: Qonto may quote the input
 * it refused.
 *
 * @param code      machine-readable code, e.g. {@code not_in_list}, {@code invalid_iban}
 * @param detail    human-readable explanation from Qonto
 * @param pointer   JSON pointer of the offending body field, e.g. {@code /transfer/amount}, or null
 * @param parameter name of the offending query parameter, or null
 */
public record QontoError(String code, String detail, String pointer, String parameter) {

    /** An IBAN written compactly ({@code FR7630006000...}) or in groups of four ({@code FR76 3000 6000 ...}). */
    private static final Pattern IBAN_SHAPED = Pattern.compile(
            "\\b[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)\\b");

    /** {@return the field this error is about, as a pointer or parameter name; null when Qonto names none} */
    public String field() {
        return pointer != null ? pointer : parameter;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(code == null ? "error" : code);
        if (field() != null) {
            sb.append(" at ").append(field());
        }
        if (detail != null) {
            sb.append(" (").append(maskIbans(detail)).append(')');
        }
        return sb.toString();
    }

    private static String maskIbans(String text) {
        Matcher m = IBAN_SHAPED.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Iban.mask(m.group())));
        }
        return m.appendTail(sb).toString();
    }
}
