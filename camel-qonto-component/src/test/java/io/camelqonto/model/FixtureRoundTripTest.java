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
    private record Result(Class<?> model, String wrapper) {
    }

    private static final Map<String, Result> RESULTS = Map.ofEntries(
            Map.entry("get_organization", new Result(Organization.class, "organization")),
            Map.entry("list_bank_accounts", new Result(BankAccount.class, "bank_accounts")),
            Map.entry("get_bank_account", new Result(BankAccount.class, "bank_account")),
            Map.entry("list_transactions", new Result(Transaction.class, "transactions")),
            Map.entry("get_transaction", new Result(Transaction.class, "transaction")),
            Map.entry("list_requests", new Result(ApprovalRequest.class, "requests")),
            Map.entry("approve_request", new Result(ApprovalRequest.class, "request_transfer")),
            Map.entry("decline_request", new Result(ApprovalRequest.class, "request_virtual_card")),
            Map.entry("list_sepa_transfers", new Result(SepaTransfer.class, "transfers")),
            Map.entry("get_sepa_transfer", new Result(SepaTransfer.class, "transfer")),
            Map.entry("create_sepa_transfer", new Result(SepaTransfer.class, "transfer")),
            Map.entry("verify_payee", new Result(PayeeVerification.class, null)),
            Map.entry("list_sepa_beneficiaries", new Result(SepaBeneficiary.class, "beneficiaries")),
            Map.entry("get_sepa_beneficiary", new Result(SepaBeneficiary.class, "beneficiary")),
            Map.entry("create_sepa_beneficiary", new Result(SepaBeneficiary.class, "beneficiary")),
            Map.entry("update_sepa_beneficiary", new Result(SepaBeneficiary.class, "beneficiary")),
            Map.entry("untrust_sepa_beneficiaries", new Result(SepaBeneficiary.class, "beneficiaries")),
            Map.entry("get_sca_session", new Result(ScaSession.class, null)),
            Map.entry("list_labels", new Result(Label.class, "labels")),
            Map.entry("get_label", new Result(Label.class, "label")),
            Map.entry("list_memberships", new Result(Membership.class, "memberships")),
            Map.entry("list_statements", new Result(Statement.class, "statements")),
            Map.entry("get_statement", new Result(Statement.class, "statement")));

    /** Operations whose successful answer has no JSON body, so no fixture. */
    private static final Map<String, String> WITHOUT_JSON_BODY = Map.of(
            "cancel_sepa_transfer", "204 No Content",
            "download_sepa_transfer_proof", "a PDF file",
            "mock_sca_allow", "a sandbox acknowledgement that carries no result");

    private static final String KEY_FROM_TOMORROW = "qonto_added_tomorrow";

    static Stream<String> fixtures() {
        return RESULTS.keySet().stream().sorted();
    }

    @Test
    void everyOperationOfTheCatalogHasAFixtureOrAnswersWithoutJson() throws IOException, URISyntaxException {
        Set<String> operations = Arrays.stream(QontoOperation.values()).map(o -> o.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = new TreeSet<>(RESULTS.keySet());
        covered.addAll(WITHOUT_JSON_BODY.keySet());
        assertThat(covered).containsAll(operations);
        assertThat(fixtureFiles()).containsExactlyInAnyOrderElementsOf(RESULTS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void decodesAndWritesBackTheSameKeyPathsAndValues(String fixture) throws IOException {
        JsonNode body = read(fixture);

        JsonNode written = rewrite(body, RESULTS.get(fixture));

        assertThat(keyPaths(written)).containsExactlyElementsOf(keyPaths(body));
        assertSameValues(fixture, body, written);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void declaresEveryKeyQontoDocuments(String fixture) throws IOException {
        Result result = RESULTS.get(fixture);
        JsonNode body = read(fixture);
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
        Result result = RESULTS.get(fixture);
        JsonNode body = read(fixture);
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
