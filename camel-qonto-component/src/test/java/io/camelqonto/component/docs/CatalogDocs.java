package io.camelqonto.component.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.CursorField;
import io.camelqonto.client.catalog.Parameter;
import io.camelqonto.component.QontoResource;
import io.camelqonto.emulator.ServedOperation;

/**
 * Renders the documentation that the catalog rows and the component's catalog JSON say everything about: the
 * resource table of the README and the component doc, the coverage by OAuth scope, and the full option reference.
 */
final class CatalogDocs {

    private CatalogDocs() {
    }

    /** One row per resource: its operations, consumer, options and the rules of its calls. */
    static String resourceTable(List<ServedOperation> served) {
        StringBuilder out = new StringBuilder();
        out.append("| resource | operations (default first) | consumer | options | scope | SCA | idempotent |"
                   + " OAuth only | emulator |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (QontoResource resource : QontoResource.all()) {
            List<QontoOperation> operations = ordered(resource);
            out.append("| `").append(resource.name()).append("` | ")
                    .append(operations.stream().map(op -> "`" + op.action() + "`" + (op.deprecated() ? " (deprecated)" : ""))
                            .collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(consumer(resource))
                    .append(" | ")
                    .append(options(resource))
                    .append(" | ")
                    .append(distinct(operations.stream().map(op -> op.scope() == null ? "-" : "`" + op.scope() + "`")
                            .toList()))
                    .append(" | ").append(flag(operations, QontoOperation::scaCapable))
                    .append(" | ").append(flag(operations, QontoOperation::idempotent))
                    .append(" | ").append(flag(operations, QontoOperation::oauthOnly))
                    .append(" | ").append(servedCount(operations, served))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** A consumer's cursor fields, or {@code diff} for one that compares the whole collection with what it delivered. */
    private static String consumer(QontoResource resource) {
        if (!resource.isConsumable()) {
            return "-";
        }
        List<CursorField> fields = resource.cursorFields();
        return fields.isEmpty() ? "diff" : fields.stream().map(field -> "`" + field.name() + "`")
                .collect(Collectors.joining(", "));
    }

    /** How many rows each OAuth scope has, and how many of them the emulator serves. */
    static String scopeSummary(List<ServedOperation> served) {
        Map<String, List<QontoOperation>> byScope = new TreeMap<>();
        for (QontoOperation operation : QontoOperation.values()) {
            byScope.computeIfAbsent(operation.scope() == null ? "(any token)" : operation.scope(), s -> new ArrayList<>())
                    .add(operation);
        }
        StringBuilder out = new StringBuilder("| OAuth scope | operations | served by the emulator |\n|---|---|---|\n");
        byScope.forEach((scope, operations) -> out.append("| `").append(scope).append("` | ")
                .append(operations.size()).append(" | ")
                .append(operations.stream().filter(op -> isServed(op, served)).count()).append(" |\n"));
        return out.toString();
    }

    /** The same resource table for the component's AsciiDoc page. */
    static String resourceTableAsciidoc() {
        StringBuilder out = new StringBuilder("[width=\"100%\",cols=\"20%,45%,35%\",options=\"header\"]\n|===\n"
                                              + "| Resource | Producer operations (default first) | Consumer cursor fields (default first)\n");
        for (QontoResource resource : QontoResource.all()) {
            out.append("| `").append(resource.name()).append("` | ")
                    .append(ordered(resource).stream().map(op -> "`" + op.action() + "`").collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(resource.isConsumable() ? resource.cursorFields().stream().map(f -> "`" + f.name() + "`")
                            .collect(Collectors.joining(", ")) : "-")
                    .append('\n');
        }
        return out.append("|===\n").toString();
    }

    /** Every option and header of the component, from its catalog JSON, as Markdown tables. */
    static String optionReference(JsonNode catalog) {
        StringBuilder out = new StringBuilder();
        out.append("# `qonto` component: option reference\n\n")
                .append("Generated from the component's catalog (`META-INF/io/camelqonto/component/qonto.json`), which"
                        + " the build derives from the code and the operation catalog. Do not edit.\n\n")
                .append("URI: `").append(catalog.at("/component/syntax").asText()).append("`\n\n")
                .append("## Component options (`camel.component.qonto.*`)\n\n");
        options(out, catalog.get("componentProperties"));
        out.append("\n## Endpoint options\n\n");
        options(out, catalog.get("properties"));
        out.append("\n## Message headers\n\n| header | type | group | description |\n|---|---|---|---|\n");
        catalog.get("headers").properties().forEach(header -> out.append("| `").append(header.getKey()).append("` | ")
                .append(cell(header.getValue().path("javaType").asText())).append(" | ")
                .append(header.getValue().path("group").asText()).append(" | ")
                .append(cell(header.getValue().path("description").asText())).append(" |\n"));
        return out.toString();
    }

    private static void options(StringBuilder out, JsonNode properties) {
        out.append("| option | group | type | default | values | description |\n|---|---|---|---|---|---|\n");
        properties.properties().forEach(option -> {
            JsonNode o = option.getValue();
            List<String> values = new ArrayList<>();
            o.path("enum").forEach(value -> values.add("`" + value.asText() + "`"));
            out.append("| `").append(option.getKey()).append("`").append(o.path("secret").asBoolean() ? " (secret)" : "")
                    .append(o.path("required").asBoolean() ? " (required)" : "")
                    .append(" | ").append(o.path("group").asText())
                    .append(" | ").append(cell(o.path("javaType").asText()))
                    .append(" | ").append(o.has("defaultValue") ? "`" + cell(o.get("defaultValue").asText()) + "`" : "")
                    .append(" | ").append(String.join(", ", values))
                    .append(" | ").append(cell(o.path("description").asText()))
                    .append(" |\n");
        });
    }

    private static List<QontoOperation> ordered(QontoResource resource) {
        List<QontoOperation> operations = new ArrayList<>(resource.operations().values());
        operations.sort((a, b) -> Boolean.compare(b.defaultAction(), a.defaultAction()));
        return operations;
    }

    private static String options(QontoResource resource) {
        Map<String, Parameter> options = resource.options();
        return options.isEmpty() ? "-" : options.keySet().stream().map(o -> "`" + o + "`")
                .collect(Collectors.joining(", "));
    }

    private static String distinct(List<String> values) {
        return values.stream().distinct().collect(Collectors.joining(", "));
    }

    private static String flag(List<QontoOperation> operations, java.util.function.Predicate<QontoOperation> test) {
        List<String> flagged = operations.stream().filter(test).map(op -> "`" + op.action() + "`").toList();
        return flagged.isEmpty() ? "-" : String.join(", ", flagged);
    }

    private static String servedCount(List<QontoOperation> operations, List<ServedOperation> served) {
        long count = operations.stream().filter(op -> isServed(op, served)).count();
        return count == operations.size() ? "yes" : count + " of " + operations.size();
    }

    private static boolean isServed(QontoOperation operation, List<ServedOperation> served) {
        String shape = operation.pathTemplate().replaceAll("\\{[^}]*}", "{}");
        return served.stream().anyMatch(s -> s.method().equals(operation.method())
                                             && s.path().replaceAll("\\{[^}]*}", "{}").equals(shape));
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
