package io.camelqonto.client.catalog;

import java.util.Locale;
import java.util.Map;

/** The one rule that turns Qonto's snake_case names into Camel's camelCase ones. */
public final class Names {

    private static final String FILTER = "filter[";
    /** Qonto names whose Camel name the endpoint already uses for something else. */
    private static final Map<String, String> TAKEN = Map.of("query", "search");

    private Names() {
    }

    /**
     * {@code created_at_from} becomes {@code createdAtFrom}; {@code status[]} becomes {@code status}; the
     * {@code filter[...]} wrapper of Qonto's invoicing filters is dropped, so {@code filter[created_at_from]} is
     * {@code createdAtFrom} like the same filter elsewhere. Names the endpoint already uses for something else are
     * renamed: {@code query.*} passes parameters the catalog does not know, so Qonto's free-text {@code query}
     * filter is the {@code search} option.
     *
     * @param qontoName a name as Qonto writes it in a query or a body
     * @return the name of the endpoint option
     */
    public static String camelName(String qontoName) {
        String base = qontoName.endsWith("[]") ? qontoName.substring(0, qontoName.length() - 2) : qontoName;
        if (base.startsWith(FILTER) && base.endsWith("]")) {
            base = base.substring(FILTER.length(), base.length() - 1);
        }
        if (TAKEN.containsKey(base)) {
            return TAKEN.get(base);
        }
        StringBuilder out = new StringBuilder(base.length());
        boolean upper = false;
        for (char c : base.toCharArray()) {
            if (c == '_' || c == '.' || c == '-') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /**
     * {@code request_type} becomes {@code RequestType}: the suffix of a {@code CamelQonto*} header.
     *
     * @param qontoName a name as Qonto writes it in a query or a body
     * @return the {@link #camelName(String) Camel name} with its first letter upper-cased
     */
    public static String pascalName(String qontoName) {
        String camel = camelName(qontoName);
        return camel.isEmpty() ? camel : camel.substring(0, 1).toUpperCase(Locale.ROOT) + camel.substring(1);
    }
}
