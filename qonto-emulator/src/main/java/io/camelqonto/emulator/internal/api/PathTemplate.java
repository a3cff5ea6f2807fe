package io.camelqonto.emulator.internal.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A path like {@code /v2/sepa/transfers/{id}/cancel}; matching it yields the values of its variables. */
public final class PathTemplate {

    private final String template;
    private final List<String> segments;

    public PathTemplate(String template) {
        this.template = template;
        this.segments = List.of(template.substring(1).split("/"));
    }

    public Optional<Map<String, String>> match(String path) {
        String[] actual = path.substring(1).split("/", -1);
        if (actual.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> variables = new HashMap<>();
        for (int i = 0; i < actual.length; i++) {
            String expected = segments.get(i);
            if (expected.startsWith("{")) {
                if (actual[i].isEmpty()) {
                    return Optional.empty();
                }
                variables.put(expected.substring(1, expected.length() - 1), actual[i]);
            } else if (!expected.equals(actual[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(variables);
    }

    /** {@return literal segments count for more than variables, so {@code /beneficiaries/trust} wins over {@code /{id}}} */
    public int literalSegments() {
        return (int) segments.stream().filter(segment -> !segment.startsWith("{")).count();
    }

    @Override
    public String toString() {
        return template;
    }
}
