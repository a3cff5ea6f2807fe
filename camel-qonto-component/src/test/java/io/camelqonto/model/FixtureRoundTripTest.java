package io.camelqonto.model;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelqonto.client.QontoJson;
import io.camelqonto.client.QontoOperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every operation's answer, as Qonto's Postman collection shows it (placeholders replaced by typed values), decodes
 * into its model and is written back with the same keys and values: nothing Qonto sends is lost on the way.
 */
class FixtureRoundTripTest {

    private static final ObjectMapper JSON = QontoJson.mapper();

    /** Which model reads an operation's result and under which key of the body it sits (null: the body itself). */
    /** What the catalog row of a fixture's operation says of its answer: the model, and the key it is under. */
    private record Result(Class<?> model, String wrapper) {
    }

    private static QontoOperation operation(String fixture) {
        return QontoOperation.valueOf(fixture.toUpperCase(Locale.ROOT));
    }

    /** Whether the row's answer is JSON to decode; 204s and files are not, nor the rows that hand out a file. */
    private static boolean answersJson(QontoOperation operation) {
        return !operation.emptyResponse() && !operation.binaryResponse()
               && !operation.hooks().contains(QontoOperation.Hooks.FILE_FROM_LINK);
    }

    /**
     * The row's model and response root; a root that depends on the resource is the body's one key but meta, and a
     * root the body does not have means the body is the result, as the client reads it (Qonto's reference answers a
     * bulk transfer's creation unwrapped, say).
     */
    private static Result result(String fixture, JsonNode body) {
        QontoOperation operation = operation(fixture);
        String root = operation.responseRoot();
        if (QontoOperation.ResponseRoot.SINGLE_KEY.equals(root)) {
            root = body.propertyStream().map(Map.Entry::getKey).filter(key -> !key.equals("meta")).findFirst()
                    .orElseThrow();
        } else if (root != null && !body.has(root)) {
            root = null;
        }
        return new Result(operation.resultType(), root);
    }

    private static final String KEY_FROM_TOMORROW = "qonto_added_tomorrow";

    static Stream<String> fixtures() {
        return Arrays.stream(QontoOperation.values()).filter(FixtureRoundTripTest::answersJson)
                .map(operation -> operation.name().toLowerCase(Locale.ROOT)).sorted();
    }

    @Test
    void everyOperationOfTheCatalogThatAnswersJsonHasAFixture() throws IOException, URISyntaxException {
        assertThat(fixtureFiles()).containsExactlyInAnyOrderElementsOf(fixtures().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void decodesAndWritesBackTheSameKeyPathsAndValues(String fixture) throws IOException {
        JsonNode body = read(fixture);

        JsonNode written = rewrite(body, result(fixture, body));

        assertThat(keyPaths(written)).containsExactlyElementsOf(keyPaths(body));
        assertSameValues(fixture, body, written);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void declaresEveryKeyQontoDocuments(String fixture) throws IOException {
        JsonNode body = read(fixture);
        Result result = result(fixture, body);
        JsonNode value = result.wrapper() == null ? body : body.get(result.wrapper());

        List<String> undeclared = new ArrayList<>();
        for (JsonNode item : value.isArray() ? value : List.of(value)) {
            Object model = JSON.treeToValue(item, result.model());
            assertThat(model).isInstanceOf(QontoModel.class);
            collectUndeclared(model, fixture, undeclared);
        }
        if (body.has("meta")) {
            collectUndeclared(JSON.treeToValue(body.get("meta"), PageMeta.class), "meta", undeclared);
        }
        assertThat(undeclared).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void keepsKeysQontoAddsTomorrowAtEveryLevel(String fixture) throws IOException {
        JsonNode body = read(fixture);
        Result result = result(fixture, body);
        int added = result.wrapper() == null ? addUnknownKeys(body)
                : addUnknownKeys(body.get(result.wrapper())) + addUnknownKeys(body.path("meta"));

        JsonNode written = rewrite(body, result);

        assertThat(added).isPositive();
        assertThat(keyPaths(written)).containsExactlyElementsOf(keyPaths(body));
        assertSameValues(fixture, body, written);
    }

    @Test
    void anUnknownKeyIsReadableThroughTheModelAndCannotBeChanged() throws IOException {
        ObjectNode item = (ObjectNode) read("get_transaction").get("transaction");
        item.putObject("fx_details").put("rate", new BigDecimal("1.0850")).putArray("sources").add("ecb");

        Transaction transaction = JSON.treeToValue(item, Transaction.class);

        assertThat(transaction.otherFields()).containsOnlyKeys("fx_details");
        assertThat(transaction.otherFields().get("fx_details")).isEqualTo(
                Map.of("rate", new BigDecimal("1.0850"), "sources", List.of("ecb")));
        Map<?, ?> details = (Map<?, ?>) transaction.otherFields().get("fx_details");
        assertThatThrownBy(() -> transaction.otherFields().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(details::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) details.get("sources")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** The body rebuilt from the models: each result and the page's meta decoded, then written back. */
    private static JsonNode rewrite(JsonNode body, Result result) throws IOException {
        if (result.wrapper() == null) {
            return roundTrip(body, result.model());
        }
        ObjectNode rebuilt = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (field.getKey().equals(result.wrapper())) {
                JsonNode value = field.getValue();
                if (value.isArray()) {
                    ArrayNode items = rebuilt.putArray(field.getKey());
                    for (JsonNode item : value) {
                        items.add(roundTrip(item, result.model()));
                    }
                } else {
                    rebuilt.set(field.getKey(), roundTrip(value, result.model()));
                }
            } else if (field.getKey().equals("meta")) {
                rebuilt.set("meta", roundTrip(field.getValue(), PageMeta.class));
            } else {
                fail("the answer has a key that no model reads: " + field.getKey());
            }
        }
        return rebuilt;
    }

    private static JsonNode roundTrip(JsonNode node, Class<?> model) throws IOException {
        return JSON.readTree(JSON.writeValueAsString(JSON.treeToValue(node, model)));
    }

    private static List<String> fixtureFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(FixtureRoundTripTest.class.getResource("/fixtures").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", "")).toList();
        }
    }

    private static JsonNode read(String fixture) throws IOException {
        try (InputStream in = FixtureRoundTripTest.class.getResourceAsStream("/fixtures/" + fixture + ".json")) {
            assertThat(in).as("fixture " + fixture).isNotNull();
            return JSON.readTree(in);
        }
    }

    /** Every path to a non-null value, array items collapsed to {@code []}: {@code transactions[].logo.small}. */
    static Set<String> keyPaths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collectPaths(node, "", paths);
        return paths;
    }

    private static void collectPaths(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getValue().isNull()) {
                    String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                    paths.add(child);
                    collectPaths(field.getValue(), child, paths);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collectPaths(item, path + "[]", paths);
            }
        }
    }

    /**
     * Same values, nulls aside. Decimals must keep their digits; a timestamp may be written in another ISO-8601 form
     * of the same instant ({@code .000Z} becomes {@code Z}).
     */
    private static void assertSameValues(String where, JsonNode expected, JsonNode actual) {
        if (expected.isObject()) {
            expected.properties().stream().filter(field -> !field.getValue().isNull()).forEach(field ->
                    assertSameValues(where + "." + field.getKey(), field.getValue(), actual.get(field.getKey())));
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(where).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameValues(where + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else if (expected.isTextual() && actual.isTextual() && instant(expected.asText()) != null) {
            assertThat(instant(actual.asText())).as(where).isEqualTo(instant(expected.asText()));
        } else {
            assertThat(actual).as(where).isEqualTo(expected);
        }
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Adds a nested key to every object of the body; returns how many were added. */
    private static int addUnknownKeys(JsonNode node) {
        int added = 0;
        if (node.isObject()) {
            for (JsonNode child : node) {
                added += addUnknownKeys(child);
            }
            ObjectNode tomorrow = ((ObjectNode) node).putObject(KEY_FROM_TOMORROW);
            tomorrow.put("rate", new BigDecimal("0.50")).put("enabled", true).putArray("tags").add("a")
                    .addObject().put("depth", 2);
            added++;
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                added += addUnknownKeys(child);
            }
        }
        return added;
    }

    /** The undeclared keys held by a model and by the typed records inside it, with their path. */
    private static void collectUndeclared(Object model, String path, List<String> undeclared) {
        if (model instanceof List<?> list) {
            list.forEach(item -> collectUndeclared(item, path + "[]", undeclared));
            return;
        }
        if (model == null || !model.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : model.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(model);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            if (component.getName().equals("otherFields")) {
                ((Map<?, ?>) value).keySet().forEach(key -> undeclared.add(path + "." + key));
            } else {
                collectUndeclared(value, path + "." + component.getName(), undeclared);
            }
        }
    }
}
