package io.camelqonto.component.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static io.camelqonto.component.codegen.EndpointOptionsGenerator.javadoc;

/**
 * Writes {@code QontoEndpointBuilderFactory}, the Endpoint DSL of the component ({@code from(qonto("requests")
 * .status("pending"))}), from the catalog JSON that Camel's generator writes. Camel generates such factories only
 * inside its own source tree; this one has their shape: consumer, producer and combined builders with their advanced
 * halves, a fluent method per endpoint option, the {@code QontoBuilders} mixin and the header names. The build runs it
 * after Camel's generator, so the options stay declared in one place.
 */
public final class EndpointDslGenerator {

    private static final int WIDTH = 120;
    private static final String INDENT = "    ";
    private static final String INDENT2 = INDENT + INDENT;
    private static final String INDENT3 = INDENT2 + INDENT;

    /** The builders an option is on: the consumers', the producers', or every one. */
    private enum Side {
        CONSUMER, PRODUCER, BOTH
    }

    private final JsonNode component;
    private final JsonNode headers;
    /** The endpoint options by name, the path first, in catalog order. */
    private final List<Map.Entry<String, JsonNode>> options;
    /** The component's name in type names: {@code Qonto} for {@code QontoComponent}. */
    private final String name;
    /** The component's package, where {@code UriMasking} is. */
    private final String componentPackage;
    private final String packageName;

    private EndpointDslGenerator(JsonNode catalog) {
        component = catalog.get("component");
        headers = catalog.get("headers");
        options = List.copyOf(catalog.get("properties").properties());
        String javaType = component.get("javaType").asText();
        name = javaType.substring(javaType.lastIndexOf('.') + 1).replace("Component", "");
        componentPackage = javaType.substring(0, javaType.lastIndexOf('.'));
        packageName = componentPackage + ".dsl";
    }

    /**
     * @param args the catalog JSON to read, e.g. {@code src/generated/resources/META-INF/.../qonto.json}, and the
     *             source root to write into, e.g. {@code src/generated/java}
     * @throws IOException when the catalog cannot be read, or the class file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EndpointDslGenerator <catalog json> <source root>");
        }
        EndpointDslGenerator generator
                = new EndpointDslGenerator(new ObjectMapper().readTree(Path.of(args[0]).toFile()));
        Path file = Path.of(args[1], generator.packageName.replace('.', '/'), generator.factory() + ".java");
        String source = generator.source();
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(source)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
        }
    }

    private String source() {
        StringBuilder out = new StringBuilder();
        out.append("/* Generated from the component's catalog JSON by ").append(getClass().getSimpleName())
                .append(": do not edit. */\n")
                .append("package ").append(packageName).append(";\n\n")
                .append("import org.apache.camel.builder.EndpointConsumerBuilder;\n")
                .append("import org.apache.camel.builder.EndpointProducerBuilder;\n")
                .append("import org.apache.camel.builder.endpoint.AbstractEndpointBuilder;\n\n");
        comment(out, "", List.of(javadoc(component.get("description").asText()),
                "The Endpoint DSL of the " + title() + " component: its endpoint URIs built in Java, with a typed"
                        + " method per option. Routes reach it by implementing {@link " + name + "Builders}; it"
                        + " needs camel-endpointdsl on the class path."), List.of());
        out.append("public interface ").append(factory()).append(" {\n");
        for (Side side : Side.values()) {
            builder(out, side, false);
            builder(out, side, true);
        }
        builders(out);
        headerNames(out);
        endpointBuilder(out);
        return out.append("}\n").toString();
    }

    private String factory() {
        return name + "EndpointBuilderFactory";
    }

    private String title() {
        return component.get("title").asText();
    }

    private String builderType(Side side, boolean advanced) {
        String type = name + switch (side) {
            case CONSUMER -> "EndpointConsumerBuilder";
            case PRODUCER -> "EndpointProducerBuilder";
            case BOTH -> "EndpointBuilder";
        };
        return advanced ? "Advanced" + type : type;
    }

    /** One builder interface: its switch to the other half (basic or advanced), then its options. */
    private void builder(StringBuilder out, Side side, boolean advanced) {
        String type = builderType(side, advanced);
        String supertypes = switch (side) {
            case CONSUMER -> "EndpointConsumerBuilder";
            case PRODUCER -> "EndpointProducerBuilder";
            case BOTH -> builderType(Side.CONSUMER, advanced) + ", " + builderType(Side.PRODUCER, advanced);
        };
        String of = switch (side) {
            case CONSUMER -> "endpoint consumers";
            case PRODUCER -> "endpoint producers";
            case BOTH -> "endpoint";
        };
        String other = builderType(side, !advanced);
        String switchName = advanced ? "basic" : "advanced";
        out.append('\n');
        comment(out, INDENT, List.of((advanced ? "Advanced builder" : "Builder") + " for " + of + " for the "
                + title() + " component."), List.of());
        line(out, INDENT + "public interface " + type, " extends " + supertypes + " {");
        out.append('\n');
        comment(out, INDENT2, List.of("{@return the " + switchName + " options of this builder}"), List.of());
        out.append(INDENT2).append("default ").append(other).append(' ').append(switchName).append("() {\n")
                .append(INDENT3).append("return (").append(other).append(") this;\n")
                .append(INDENT2).append("}\n");
        for (Map.Entry<String, JsonNode> option : options) {
            if (!"path".equals(option.getValue().get("kind").asText()) && isOn(side, option.getValue())
                    && labels(option.getValue()).contains("advanced") == advanced) {
                optionMethods(out, type, option.getKey(), option.getValue());
            }
        }
        out.append(INDENT).append("}\n");
    }

    /**
     * Whether an option has a method on a builder. The combined builder declares again only the options of both sides,
     * so that they return the combined type; it inherits the others.
     */
    private static boolean isOn(Side builder, JsonNode option) {
        Side side = side(option);
        return builder == Side.BOTH ? side == Side.BOTH : side == builder || side == Side.BOTH;
    }

    /**
     * As in Camel's builders, an option labelled producer is on producers only and one labelled consumer on consumers
     * only; but a filter is on both even when it is also a producer's input, because consumers read with filters too.
     */
    private static Side side(JsonNode option) {
        Set<String> labels = labels(option);
        if (labels.contains("filter")) {
            return Side.BOTH;
        }
        if (labels.contains("producer")) {
            return Side.PRODUCER;
        }
        return labels.contains("consumer") ? Side.CONSUMER : Side.BOTH;
    }

    private static Set<String> labels(JsonNode option) {
        return Arrays.stream(option.path("label").asText().split(",")).map(String::trim).collect(Collectors.toSet());
    }

    private static void optionMethods(StringBuilder out, String type, String option, JsonNode model) {
        String description = sentence(javadoc(model.path("description").asText()));
        if (model.path("multiValue").asBoolean()) {
            String prefix = model.get("prefix").asText();
            out.append('\n');
            comment(out, INDENT2, List.of(description, "The option is multivalued: each call adds one value, under"
                    + " its key with the prefix {@code " + prefix + "}.", details(model)),
                    List.of("@param key the key, without the prefix", "@param value the value",
                            "@return the dsl builder"));
            method(out, type, option, model, "String key, Object value",
                    "doSetMultiValueProperty(\"" + option + "\", \"" + prefix + "\" + key, value);");
            out.append('\n');
            comment(out, INDENT2, List.of(description, "The option is multivalued: this call adds every value of the"
                    + " map, under its key with the prefix {@code " + prefix + "}.", details(model)),
                    List.of("@param values the values by key, without the prefix", "@return the dsl builder"));
            method(out, type, option, model, "java.util.Map<String, Object> values",
                    "doSetMultiValueProperties(\"" + option + "\", \"" + prefix + "\", values);");
            return;
        }
        String javaType = model.get("javaType").asText();
        String parameterType = javaType.replaceAll("java\\.lang\\.(?=[A-Z])", "");
        out.append('\n');
        comment(out, INDENT2, List.of(description, "The option is a: {@code " + javaType + "} type.", details(model)),
                List.of("@param " + option + " the value to set", "@return the dsl builder"));
        method(out, type, option, model, parameterType + " " + option,
                "doSetProperty(\"" + option + "\", " + option + ");");
        // as in Camel's builders, an option also takes the text a URI would hold: a placeholder, a #bean, 5s
        if (!"String".equals(parameterType)) {
            out.append('\n');
            comment(out, INDENT2, List.of(description, "The option will be converted to a {@code " + javaType
                    + "} type.", details(model)), List.of("@param " + option + " the value to set",
                    "@return the dsl builder"));
            method(out, type, option, model, "String " + option, "doSetProperty(\"" + option + "\", " + option + ");");
        }
    }

    private static void method(StringBuilder out, String type, String option, JsonNode model, String parameters,
            String statement) {
        if (model.path("deprecated").asBoolean()) {
            out.append(INDENT2).append("@Deprecated\n");
        }
        line(out, INDENT2 + "default " + type + " " + option + "(", parameters + ") {");
        out.append(INDENT3).append(statement).append('\n')
                .append(INDENT3).append("return this;\n")
                .append(INDENT2).append("}\n");
    }

    /** Whether the option must be set, its default, its group and whether it is deprecated. */
    private static String details(JsonNode option) {
        List<String> details = new ArrayList<>();
        if (option.path("required").asBoolean()) {
            details.add("Required: true.");
        }
        if (option.has("defaultValue")) {
            details.add("Default: " + javadoc(option.get("defaultValue").asText()) + ".");
        }
        details.add("Group: " + option.get("group").asText() + ".");
        if (option.path("deprecated").asBoolean()) {
            String note = option.path("deprecationNote").asText();
            details.add(note.isEmpty() ? "Deprecated." : "Deprecated: " + sentence(javadoc(note)));
        }
        return String.join(" ", details);
    }

    /** The mixin: the header names and the endpoint builders, under the scheme's name. */
    private void builders(StringBuilder out) {
        String scheme = component.get("scheme").asText();
        Map.Entry<String, JsonNode> path = options.stream()
                .filter(option -> "path".equals(option.getValue().get("kind").asText())).findFirst().orElseThrow();
        String about = title() + " (" + component.get("groupId").asText() + ":"
                + component.get("artifactId").asText() + "): " + sentence(javadoc(component.get("description").asText()));
        String since = "Category: " + component.get("label").asText() + ". Since: "
                + component.get("firstVersion").asText() + ".";
        String syntax = "Syntax: {@code " + component.get("syntax").asText() + "}. Path parameter: {@code "
                + path.getKey() + "}" + (path.getValue().path("required").asBoolean() ? " (required)" : "") + ": "
                + sentence(javadoc(path.getValue().path("description").asText()))
                + (path.getValue().has("enum") ? " One of: " + values(path.getValue().get("enum")) + "." : "");
        out.append('\n');
        comment(out, INDENT, List.of("The builders of " + scheme + " endpoints and the names of the " + title()
                + " headers, for a route builder to implement: an {@code EndpointRouteBuilder}, or any {@code"
                + " RouteBuilder}."), List.of());
        out.append(INDENT).append("public interface ").append(name).append("Builders {\n\n");
        comment(out, INDENT2, List.of(about, since), List.of("@return the dsl builder for the headers' name"));
        out.append(INDENT2).append("default ").append(name).append("HeaderNameBuilder ").append(scheme)
                .append("() {\n")
                .append(INDENT3).append("return ").append(name).append("HeaderNameBuilder.INSTANCE;\n")
                .append(INDENT2).append("}\n\n");
        comment(out, INDENT2, List.of(about, since, syntax),
                List.of("@param path " + path.getKey(), "@return the dsl builder"));
        out.append(INDENT2).append("default ").append(builderType(Side.BOTH, false)).append(' ').append(scheme)
                .append("(String path) {\n")
                .append(INDENT3).append("return ").append(factory()).append(".endpointBuilder(\"").append(scheme)
                .append("\", path);\n")
                .append(INDENT2).append("}\n\n");
        comment(out, INDENT2, List.of(about, since, syntax), List.of("@param componentName to use a custom component"
                + " name for the endpoint instead of the default name", "@param path " + path.getKey(),
                "@return the dsl builder"));
        out.append(INDENT2).append("default ").append(builderType(Side.BOTH, false)).append(' ').append(scheme)
                .append("(String componentName, String path) {\n")
                .append(INDENT3).append("return ").append(factory()).append(".endpointBuilder(componentName, path);\n")
                .append(INDENT2).append("}\n")
                .append(INDENT).append("}\n");
    }

    private void headerNames(StringBuilder out) {
        String type = name + "HeaderNameBuilder";
        out.append('\n');
        comment(out, INDENT, List.of("The builder of headers' name for the " + title() + " component."), List.of());
        out.append(INDENT).append("public static final class ").append(type).append(" {\n\n")
                .append(INDENT2).append("private static final ").append(type).append(" INSTANCE = new ").append(type)
                .append("();\n\n")
                .append(INDENT2).append("private ").append(type).append("() {\n")
                .append(INDENT2).append("}\n");
        for (Map.Entry<String, JsonNode> header : headers.properties()) {
            String headerName = header.getKey();
            String method = lowerFirst(headerName.startsWith("Camel") ? headerName.substring(5) : headerName);
            out.append('\n');
            comment(out, INDENT2, List.of(sentence(javadoc(header.getValue().path("description").asText())),
                    "The header is a: {@code " + header.getValue().get("javaType").asText() + "} type. Group: "
                            + header.getValue().get("group").asText() + "."),
                    List.of("@return the name of the header, {@code " + headerName + "}"));
            out.append(INDENT2).append("public String ").append(method).append("() {\n")
                    .append(INDENT3).append("return \"").append(headerName).append("\";\n")
                    .append(INDENT2).append("}\n");
        }
        out.append(INDENT).append("}\n");
    }

    private void endpointBuilder(StringBuilder out) {
        String builder = builderType(Side.BOTH, false);
        String secrets = options.stream().filter(option -> option.getValue().path("secret").asBoolean())
                .map(Map.Entry::getKey).collect(Collectors.joining("|"));
        out.append('\n');
        comment(out, INDENT, List.of("The builder of an endpoint of the component registered under {@code"
                + " componentName}; routes reach it through {@link " + name + "Builders}."),
                List.of("@param componentName the name the component is registered under",
                        "@param path the endpoint's path", "@return the dsl builder"));
        out.append(INDENT).append("static ").append(builder).append(" endpointBuilder(String componentName, String path)")
                .append(" {\n")
                .append(INDENT2).append("class ").append(builder).append("Impl extends AbstractEndpointBuilder\n")
                .append(INDENT3).append(INDENT).append("implements ").append(builder).append(", ")
                .append(builderType(Side.BOTH, true)).append(" {\n")
                .append(INDENT3).append(builder).append("Impl(String path) {\n")
                .append(INDENT3).append(INDENT).append("super(componentName, path);\n")
                .append(INDENT3).append("}\n\n")
                .append(INDENT3).append("// IBANs anywhere (query.* options, text) masked as the component's endpoints print\n")
                .append(INDENT3).append("// them, then the options the catalog marks secret (credentials, IBANs) hidden whole; in\n")
                .append(INDENT3).append("// the encoded URI, where no value holds an '&' that would end its masking early\n")
                .append(INDENT3).append("@Override\n")
                .append(INDENT3).append("public String toString() {\n")
                .append(INDENT3).append(INDENT).append("return ").append(componentPackage)
                .append(".UriMasking.mask(getUri(null)).replaceAll(\"(?<=[?&])(").append(secrets)
                .append(")=[^&]*\", \"$1=xxxxxx\");\n")
                .append(INDENT3).append("}\n")
                .append(INDENT2).append("}\n")
                .append(INDENT2).append("return new ").append(builder).append("Impl(path);\n")
                .append(INDENT).append("}\n");
    }

    /** A line of code, its tail on a continuation line if the whole is too wide, as Camel's builders have them. */
    private static void line(StringBuilder out, String head, String tail) {
        if (head.length() + tail.length() <= WIDTH) {
            out.append(head).append(tail).append('\n');
        } else {
            String indent = head.substring(0, head.length() - head.stripLeading().length());
            out.append(head).append('\n').append(indent).append(INDENT2).append(tail.stripLeading()).append('\n');
        }
    }

    /** A javadoc comment: paragraphs (the first plain, the others in {@code <p>}), then block tags, wrapped. */
    private static void comment(StringBuilder out, String indent, List<String> paragraphs, List<String> tags) {
        out.append(indent).append("/**\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                out.append(indent).append(" *\n");
            }
            wrap(out, indent, i == 0 ? paragraphs.get(i) : "<p>" + paragraphs.get(i) + "</p>");
        }
        if (!tags.isEmpty()) {
            out.append(indent).append(" *\n");
            tags.forEach(tag -> wrap(out, indent, tag));
        }
        out.append(indent).append(" */\n");
    }

    private static void wrap(StringBuilder out, String indent, String text) {
        String prefix = indent + " * ";
        StringBuilder line = new StringBuilder(prefix);
        for (String word : text.trim().split(" +")) {
            if (line.length() > prefix.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(prefix);
            }
            if (line.length() > prefix.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return String.join(", ", values);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
