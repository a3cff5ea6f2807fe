package io.camelqonto.component;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Parameter;
import io.camelqonto.client.catalog.ValueKind;
import io.camelqonto.model.Iban;

/**
 * The endpoint URI as Camel may print it: in its toString, a consumer's failed-poll warning, a route's start-up
 * summary, JMX. Camel masks the options it knows to be secrets by name ({@code secretKey}, {@code token}, ...) and
 * knows nothing of IBANs; here every IBAN filter or input, and anything shaped like an IBAN in another option, is
 * masked as {@link Iban#mask} does ({@code FR76****...1234}). The endpoint DSL's builders print themselves through it
 * too.
 */
public final class UriMasking {

    /** The options that carry IBANs, by Camel name and as {@code query.} keys by Qonto name. */
    private static final Set<String> IBAN_OPTIONS = Arrays.stream(QontoOperation.values())
            .flatMap(operation -> Stream.concat(operation.queryParameters().stream(), operation.inputs().stream()))
            .filter(parameter -> parameter.kind() == ValueKind.IBAN || parameter.kind() == ValueKind.IBANS)
            .flatMap(UriMasking::names)
            .collect(Collectors.toUnmodifiableSet());
    /** An IBAN in free text, possibly written in groups of four. */
    private static final Pattern IBAN_IN_TEXT = Pattern.compile("[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9]){11,30}");

    private UriMasking() {
    }

    /**
     * The URI with every IBAN it holds masked.
     *
     * @param uri an endpoint URI, its query encoded
     * @return the same URI, IBANs masked; other values as they were
     */
    public static String mask(String uri) {
        int query = uri.indexOf('?');
        if (query < 0) {
            return uri;
        }
        String masked = Arrays.stream(uri.substring(query + 1).split("&", -1))
                .map(UriMasking::maskPair)
                .collect(Collectors.joining("&"));
        return uri.substring(0, query + 1) + masked;
    }

    private static String maskPair(String pair) {
        int equals = pair.indexOf('=');
        if (equals < 0) {
            return pair;
        }
        String name = pair.substring(0, equals);
        String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
        String masked = IBAN_OPTIONS.contains(URLDecoder.decode(name, StandardCharsets.UTF_8))
                ? Arrays.stream(value.split(",", -1)).map(UriMasking::maskWhole).collect(Collectors.joining(","))
                : maskWithin(value);
        return masked.equals(value) ? pair : name + "=" + URLEncoder.encode(masked, StandardCharsets.UTF_8);
    }

    private static String maskWhole(String value) {
        return value.isBlank() ? value : Iban.mask(value);
    }

    private static String maskWithin(String text) {
        Matcher ibans = IBAN_IN_TEXT.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (ibans.find()) {
            ibans.appendReplacement(masked, Matcher.quoteReplacement(Iban.mask(ibans.group())));
        }
        return ibans.appendTail(masked).toString();
    }

    private static Stream<String> names(Parameter parameter) {
        return Stream.of(parameter.option(), "query." + parameter.name(), "query." + parameter.baseName());
    }
}
