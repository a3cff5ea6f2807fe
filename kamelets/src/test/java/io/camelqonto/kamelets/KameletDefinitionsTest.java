package io.camelqonto.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kamelet file is a Kamelet tooling accepts: the keys it reads, a property for every placeholder of the template
 * and a use for every property, secrets marked as such, and only options the qonto component has. The component's
 * own catalog says which options are secret, so a kamelet cannot drift from it.
 */
class KameletDefinitionsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\??)([A-Za-z0-9_.-]+)}}");
    private static final String CREDENTIALS = "urn:camel:group:credentials";

    private static JsonNode qontoOptions;

    @BeforeAll
    static void readTheComponentCatalog() throws IOException {
        try (InputStream catalog = KameletDefinitionsTest.class
                .getResourceAsStream("/META-INF/io/camelqonto/component/qonto.json")) {
            qontoOptions = new ObjectMapper().readTree(catalog).path("properties");
        }
        assertThat(qontoOptions.size()).isGreaterThan(20);
    }

    static Stream<Path> kamelets() throws IOException, URISyntaxException {
        Path folder = Path.of(KameletDefinitionsTest.class.getResource("/kamelets").toURI());
        return Files.list(folder).filter(p -> p.getFileName().toString().endsWith(".kamelet.yaml")).sorted();
    }

    @Test
    void theModuleHoldsTheFourQontoKamelets() throws Exception {
        assertThat(kamelets().map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                "qonto-transactions-source.kamelet.yaml", "qonto-requests-source.kamelet.yaml",
                "qonto-sepa-transfer-sink.kamelet.yaml", "qonto-request-action.kamelet.yaml");
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void isAKameletNamedAfterItsFileAndType(Path file) throws IOException {
        Map<String, Object> kamelet = load(file);
        String name = file.getFileName().toString().replace(".kamelet.yaml", "");

        assertThat(kamelet.get("apiVersion")).isEqualTo("camel.apache.org/v1");
        assertThat(kamelet.get("kind")).isEqualTo("Kamelet");
        Map<String, Object> metadata = map(kamelet, "metadata");
        assertThat(metadata.get("name")).isEqualTo(name);
        String type = (String) map(metadata, "labels").get("camel.apache.org/kamelet.type");
        assertThat(type).isIn("source", "sink", "action");
        assertThat(name).startsWith("qonto-").endsWith("-" + type);

        Map<String, Object> annotations = map(metadata, "annotations");
        assertThat(annotations.get("camel.apache.org/catalog.version")).isEqualTo(System.getProperty("camel.version"));
        assertThat(annotations).containsKeys("camel.apache.org/kamelet.support.level", "camel.apache.org/provider",
                "camel.apache.org/kamelet.group", "camel.apache.org/kamelet.namespace");
        String icon = (String) annotations.get("camel.apache.org/kamelet.icon");
        assertThat(icon).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(icon.substring(icon.indexOf(',') + 1)),
                StandardCharsets.UTF_8)).startsWith("<svg").endsWith("</svg>");

        assertThat(list(map(kamelet, "spec"), "dependencies")).contains("camel:kamelet", "camel:jackson",
                "mvn:io.camelqonto:camel-qonto:" + System.getProperty("project.version"));
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void definesEachPropertyAsAJsonSchema(Path file) throws IOException {
        Map<String, Object> definition = map(map(load(file), "spec"), "definition");

        assertThat((String) definition.get("title")).isNotBlank();
        assertThat((String) definition.get("description")).isNotBlank();
        assertThat(definition.get("type")).isEqualTo("object");
        Map<String, Object> properties = map(definition, "properties");
        assertThat(properties.keySet()).containsAll(list(definition, "required"));
        properties.forEach((name, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> property = (Map<String, Object>) value;
            assertThat((String) property.get("title")).as(name).isNotBlank();
            assertThat((String) property.get("description")).as(name).isNotBlank();
            assertThat(property.get("type")).as(name).isIn("string", "integer", "boolean");
            if (property.containsKey("enum") && property.containsKey("default")) {
                assertThat(list(property, "enum")).as(name).contains(property.get("default"));
            }
        });
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void usesEveryPropertyAndOnlyDeclaredOnes(Path file) throws IOException {
        Map<String, Object> spec = map(load(file), "spec");
        Map<String, Object> definition = map(spec, "definition");
        Map<String, Object> properties = map(definition, "properties");
        List<String> required = list(definition, "required");

        Map<String, Boolean> used = placeholders(spec.get("template"));

        assertThat(used.keySet()).as("placeholders of the template")
                .containsExactlyInAnyOrderElementsOf(properties.keySet());
        used.forEach((name, optional) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> property = (Map<String, Object>) properties.get(name);
            boolean alwaysSet = required.contains(name) || property.containsKey("default");
            // an unset property without default fails the kamelet unless its placeholder is optional
            assertThat(optional).as("{{?%s}} is optional exactly when %s may be left unset", name, name)
                    .isEqualTo(!alwaysSet);
        });
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void passesOnlyOptionsTheComponentHasAndMarksItsSecrets(Path file) throws IOException {
        Map<String, Object> spec = map(load(file), "spec");
        Map<String, Object> properties = map(map(spec, "definition"), "properties");
        Map<String, Object> qonto = qontoEndpoint(map(spec, "template"));
        assertThat(qonto).as("a qonto: endpoint in the template").isNotNull();

        Map<String, Object> parameters = map(qonto, "parameters");
        Set<String> secretProperties = new HashSet<>();
        parameters.forEach((option, value) -> {
            JsonNode known = qontoOptions.path(option);
            assertThat(known.isMissingNode()).as("%s is an option of the qonto component", option).isFalse();
            Matcher placeholder = PLACEHOLDER.matcher(String.valueOf(value));
            if (!placeholder.find()) {
                return;
            }
            String name = placeholder.group(2);
            @SuppressWarnings("unchecked")
            Map<String, Object> property = (Map<String, Object>) properties.get(name);
            if (known.path("secret").asBoolean()) {
                secretProperties.add(name);
                assertThat(property.get("format")).as("format of secret %s", name).isEqualTo("password");
            }
            if (known.path("label").asText().contains("security")) {
                assertThat(list(property, "x-descriptors")).as("x-descriptors of %s", name).contains(CREDENTIALS);
            }
            if (property.containsKey("enum") && known.has("enum")) {
                List<String> allowed = new ArrayList<>();
                known.path("enum").forEach(e -> allowed.add(e.asText()));
                assertThat(list(property, "enum")).as("enum of %s", name).isSubsetOf(allowed);
            }
        });
        assertThat(secretProperties).as("secrets of %s", file.getFileName()).isNotEmpty();
        properties.forEach((name, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> property = (Map<String, Object>) value;
            if ("password".equals(property.get("format"))) {
                assertThat(secretProperties).as("%s is marked as a secret", name).contains(name);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("kamelets")
    void hasTheShapeOfItsType(Path file) throws IOException {
        Map<String, Object> kamelet = load(file);
        String type = (String) map(map(kamelet, "metadata"), "labels").get("camel.apache.org/kamelet.type");
        Map<String, Object> from = map(map(map(kamelet, "spec"), "template"), "from");
        List<Object> steps = list(from, "steps");

        if (type.equals("source")) {
            assertThat((String) from.get("uri")).startsWith("qonto:");
            assertThat(steps.get(steps.size() - 1)).isEqualTo(Map.of("to", "kamelet:sink"));
        } else {
            assertThat(from.get("uri")).isEqualTo("kamelet:source");
            assertThat(steps).anySatisfy(step -> assertThat(String.valueOf(step)).contains("uri=qonto:"));
        }
    }

    /** Every placeholder of the template, with whether it is optional ({{?name}}). */
    private static Map<String, Boolean> placeholders(Object node) {
        Map<String, Boolean> found = new HashMap<>();
        collect(node, found);
        return found;
    }

    private static void collect(Object node, Map<String, Boolean> found) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(value -> collect(value, found));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collect(value, found));
        } else if (node != null) {
            Matcher matcher = PLACEHOLDER.matcher(node.toString());
            while (matcher.find()) {
                Boolean before = found.put(matcher.group(2), !matcher.group(1).isEmpty());
                assertThat(before == null || before == !matcher.group(1).isEmpty())
                        .as("%s is used both as optional and as required", matcher.group(2)).isTrue();
            }
        }
    }

    /** The qonto: endpoint of the template: its from, or the step that sends to it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> qontoEndpoint(Map<String, Object> template) {
        Map<String, Object> from = map(template, "from");
        if (String.valueOf(from.get("uri")).startsWith("qonto:")) {
            return from;
        }
        for (Object step : list(from, "steps")) {
            Object to = ((Map<String, Object>) step).get("to");
            if (to instanceof Map<?, ?> endpoint && String.valueOf(endpoint.get("uri")).startsWith("qonto:")) {
                return (Map<String, Object>) endpoint;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromReader(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).as("has %s", key).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Object> parent, String key) {
        assertThat(parent).as("has %s", key).containsKey(key);
        return (List<T>) parent.get(key);
    }
}
