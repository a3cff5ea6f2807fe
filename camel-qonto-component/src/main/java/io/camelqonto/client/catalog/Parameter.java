package io.camelqonto.client.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A named value of an operation: a query parameter, a path parameter or a field of the request body. The name is
 * Qonto's ({@code created_at_from}, {@code status[]}, {@code debit_iban}); Camel names are derived from it by
 * {@link Names#camelName(String)}.
 *
 * @param name        Qonto's name, with {@code []} for repeated query parameters
 * @param kind        how the value is checked
 * @param knownValues the values Qonto documents, for choices; empty otherwise
 * @param required    whether the operation cannot be sent without it
 * @param description what it means, for the option reference and tooling
 */
public record Parameter(String name, ValueKind kind, List<String> knownValues, boolean required, String description) {

    /**
     * Checks the components and freezes the list of known values.
     *
     * @param name        Qonto's name
     * @param kind        how the value is checked
     * @param knownValues the values Qonto documents; empty when the value is free
     * @param required    whether the operation cannot be sent without it
     * @param description what it means
     */
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        knownValues = List.copyOf(knownValues);
        Objects.requireNonNull(description, "description");
    }

    /** {@return the name without the {@code []} of a repeated query parameter} */
    public String baseName() {
        return name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
    }

    /**
     * {@return the Camel option name}: {@code created_at_from} becomes {@code createdAtFrom}, {@code status[]}
     * {@code status}.
     */
    public String option() {
        return Names.camelName(baseName());
    }

    /** {@return whether Qonto documents a closed list of values for it} */
    public boolean hasKnownValues() {
        return !knownValues.isEmpty();
    }

    Parameter asRequired() {
        return new Parameter(name, kind, knownValues, true, description);
    }
}
