package io.camelqonto.component.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter is written by hand, so this test keeps it in step with the component: every component option in the
 * component's generated JSON has a Spring Boot property with the same default and description (in the metadata the
 * configuration processor generates from {@link QontoComponentConfiguration}), and there is no property the component
 * does not know.
 */
class StarterMetadataDriftTest {

    private static final String PREFIX = "camel.component.qonto.";
    private static final String COMPONENT_JSON = "META-INF/io/camelqonto/component/qonto.json";
    private static final String SPRING_METADATA = "META-INF/spring-configuration-metadata.json";
    /** Spring-only switches, inherited from ComponentConfigurationPropertiesCommon. */
    private static final Set<String> SPRING_ONLY = Set.of("enabled", "customizer.enabled");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, JsonNode> componentOptions;
    private static Map<String, JsonNode> starterProperties;

    @BeforeAll
    static void readBothSides() throws IOException {
        componentOptions = new TreeMap<>();
        read(COMPONENT_JSON).path("componentProperties").properties()
                .forEach(option -> componentOptions.put(kebabCase(option.getKey()), option.getValue()));
        starterProperties = new TreeMap<>();
        starterMetadata().path("properties").forEach(property -> {
            String name = property.path("name").asText();
            if (name.startsWith(PREFIX)) {
                starterProperties.put(name.substring(PREFIX.length()), property);
            }
        });
    }

    @Test
    void everyComponentOptionHasAProperty() {
        assertThat(starterProperties.keySet()).containsAll(componentOptions.keySet());
    }

    @Test
    void everyPropertyIsAComponentOptionOrASpringSwitch() {
        List<String> unknown = new ArrayList<>(starterProperties.keySet());
        unknown.removeAll(componentOptions.keySet());
        assertThat(unknown).containsExactlyInAnyOrderElementsOf(SPRING_ONLY);
    }

    @Test
    void defaultsAreTheComponentDefaults() {
        componentOptions.forEach((name, option) -> assertThat(text(starterProperties.get(name).get("defaultValue")))
                .as("default of %s", name)
                .isEqualTo(text(option.get("defaultValue"))));
    }

    @Test
    void descriptionsAreTheComponentDescriptions() {
        componentOptions.forEach((name, option) -> assertThat(text(starterProperties.get(name).get("description")))
                .as("description of %s", name)
                .isEqualTo(text(option.get("description"))));
    }

    /** Both sides as plain text with single spaces (the metadata keeps the Javadoc's line breaks). */
    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText().replaceAll("\\s+", " ").trim();
    }

    private static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = StarterMetadataDriftTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        }
    }

    /** Every jar of Spring Boot has such a file; the starter's is the one describing QontoComponentConfiguration. */
    private static JsonNode starterMetadata() throws IOException {
        for (URL url : Collections.list(StarterMetadataDriftTest.class.getClassLoader().getResources(SPRING_METADATA))) {
            try (InputStream in = url.openStream()) {
                JsonNode metadata = JSON.readTree(in);
                for (JsonNode group : metadata.path("groups")) {
                    if (QontoComponentConfiguration.class.getName().equals(group.path("sourceType").asText())) {
                        return metadata;
                    }
                }
            }
        }
        throw new AssertionError("No " + SPRING_METADATA + " describes " + QontoComponentConfiguration.class.getName());
    }
}
