package io.camelqonto.component.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Names;
import io.camelqonto.client.catalog.Parameter;
import io.camelqonto.client.webhook.WebhookTopic;

/**
 * Writes {@code QontoEndpointOptions}, the {@code @UriParams} class through which Camel's tooling (catalog JSON,
 * configurers, validation) knows every query parameter and input of the catalog. The build runs it before Camel's
 * generator, so the catalog rows stay the only place a filter is declared.
 */
public final class EndpointOptionsGenerator {

    static final String PACKAGE = "io.camelqonto.component";
    static final String CLASS = "QontoEndpointOptions";

    private EndpointOptionsGenerator() {
    }

    /**
     * @param args the source root to write into, e.g. {@code src/generated/java}
     * @throws IOException when the class file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: EndpointOptionsGenerator <source root>");
        }
        Path file = Path.of(args[0], PACKAGE.replace('.', '/'), CLASS + ".java");
        String source = source();
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(source)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
        }
    }

    /** Every option of every row, by Camel name, in catalog order. */
    static Collection<EndpointOption> options() {
        Map<String, EndpointOption> options = new LinkedHashMap<>();
        for (QontoOperation operation : QontoOperation.values()) {
            for (Parameter parameter : operation.queryParameters()) {
                options.computeIfAbsent(parameter.option(), EndpointOption::new).add(operation, parameter, "filter");
            }
            // an upload's file name and media type are set like inputs
            for (Parameter parameter : Stream.concat(operation.inputs().stream(), operation.fileParameters().stream())
                    .toList()) {
                Parameter documented = new Parameter(parameter.name(), parameter.kind(), parameter.knownValues(),
                        parameter.required(), parameter.description() + " The header CamelQonto"
                        + Names.pascalName(parameter.baseName()) + " overrides it.");
                options.computeIfAbsent(parameter.option(), EndpointOption::new).add(operation, documented, "producer");
            }

        }
        return options.values();
    }

    /** The catalog's resources, then the webhook topics no resource is named after. */
    static List<String> resources() {
        List<String> resources = Arrays.stream(QontoOperation.values()).map(QontoOperation::resource).distinct()
                .collect(Collectors.toCollection(ArrayList::new));
        Arrays.stream(WebhookTopic.values()).map(WebhookTopic::shortName)
                .filter(topic -> !resources.contains(topic)).forEach(resources::add);
        return resources;
    }

    static String source() {
        Collection<EndpointOption> options = options();
        StringBuilder out = new StringBuilder();
        out.append("/* Generated from the catalog rows of io.camelqonto.client.QontoOperation by ")
                .append(EndpointOptionsGenerator.class.getSimpleName()).append(": do not edit. */\n")
                .append("package ").append(PACKAGE).append(";\n\n")
                .append("import java.util.LinkedHashMap;\n")
                .append("import java.util.Map;\n\n")
                .append("import org.apache.camel.spi.UriParam;\n")
                .append("import org.apache.camel.spi.UriParams;\n\n")
                .append("/**\n")
                .append(" * The query parameters and inputs of Qonto's operations as endpoint options. Which of them apply\n")
                .append(" * depends on the resource; the endpoint checks them against its resource's catalog rows.\n")
                .append(" */\n")
                .append("@UriParams\n")
                .append("public class ").append(CLASS).append(" {\n\n")
                .append("    /** The resources of the catalog and the webhook topics, for the endpoint's path. */\n")
                .append("    public static final String RESOURCES = \"")
                .append(String.join(",", resources())).append("\";\n");
        for (EndpointOption option : options) {
            out.append("\n    @UriParam(label = \"").append(option.label()).append('"');
            if (option.secret()) {
                out.append(", secret = true");
            }
            if (!option.enums().isEmpty()) {
                out.append(",\n              enums = \"").append(String.join(",", option.enums())).append('"');
            }
            out.append(",\n              description = \"").append(escape(option.description())).append("\")\n");
            out.append("    private String ").append(option.name()).append(";\n");
        }
        for (EndpointOption option : options) {
            String name = option.name();
            String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            out.append("\n    /** {@return the {@code ").append(name).append("} option as set, or null} */\n")
                    .append("    public String get").append(suffix).append("() {\n")
                    .append("        return ").append(name).append(";\n    }\n");
            out.append("\n    /**\n")
                    .append("     * Sets the {@code ").append(name).append("} option.\n")
                    .append("     *\n")
                    .append("     * <p>").append(javadoc(option.description())).append("</p>\n")
                    .append("     *\n")
                    .append("     * @param ").append(name)
                    .append(" the value as written in the endpoint URI; null unsets it\n")
                    .append("     */\n")
                    .append("    public void set").append(suffix).append("(String ").append(name).append(") {\n")
                    .append("        this.").append(name).append(" = ").append(name).append(";\n    }\n");
        }
        out.append("\n    /** {@return the options that are set, by Camel name, in catalog order} */\n")
                .append("    public Map<String, String> values() {\n")
                .append("        Map<String, String> values = new LinkedHashMap<>();\n");
        for (EndpointOption option : options) {
            out.append("        if (").append(option.name()).append(" != null) {\n")
                    .append("            values.put(\"").append(option.name()).append("\", ").append(option.name())
                    .append(");\n        }\n");
        }
        out.append("        return values;\n    }\n}\n");
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    // descriptions are plain text: HTML markup, an '@' that could open a tag and a comment's end print as themselves
    static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }
}
