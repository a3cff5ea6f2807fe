package io.camelqonto.component.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Parameter;
import io.camelqonto.client.catalog.ValueKind;

/**
 * One endpoint option as tooling sees it, merged from every row that declares a parameter or input of that Camel
 * name: the resources it applies to, the values Qonto documents, and each of its meanings with where it applies.
 */
final class EndpointOption {

    private final String name;
    private final Set<String> labels = new LinkedHashSet<>();
    private final Set<String> knownValues = new LinkedHashSet<>();
    private final Map<String, Set<String>> resourcesByDescription = new LinkedHashMap<>();
    private boolean open;
    private boolean secret;

    EndpointOption(String name) {
        this.name = name;
    }

    void add(QontoOperation operation, Parameter parameter, String label) {
        labels.add(label);
        secret |= parameter.kind() == ValueKind.IBAN || parameter.kind() == ValueKind.IBANS;
        if (parameter.hasKnownValues()) {
            knownValues.addAll(parameter.knownValues());
        } else {
            open = true;
        }
        resourcesByDescription.computeIfAbsent(parameter.description(), d -> new LinkedHashSet<>())
                .add(operation.resource());
    }

    String name() {
        return name;
    }

    /** Whether the value is personal data to mask where Camel's tooling shows options (an IBAN). */
    boolean secret() {
        return secret;
    }

    String label() {
        return String.join(",", labels);
    }

    /** The documented values, for tooling to check; empty when any row leaves the value free. */
    List<String> enums() {
        return open ? List.of() : List.copyOf(knownValues);
    }

    /** Each meaning prefixed by the resources it applies to, e.g. {@code transactions, sepaTransfers: ...}. */
    String description() {
        List<String> parts = new ArrayList<>();
        resourcesByDescription.forEach((text, where) -> parts.add(String.join(", ", where) + ": " + text));
        return String.join(" ", parts);
    }
}
