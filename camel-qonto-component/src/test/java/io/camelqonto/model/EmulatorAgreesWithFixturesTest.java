package io.camelqonto.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelqonto.client.QontoCall;
import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoClientConfig;
import io.camelqonto.client.QontoJson;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.auth.ApiKeyCredentials;
import io.camelqonto.client.auth.InMemoryTokenStore;
import io.camelqonto.client.auth.OAuthCredentials;
import io.camelqonto.client.auth.OAuthTokens;
import io.camelqonto.emulator.EmulatorStore;
import io.camelqonto.emulator.QontoEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator answers each read of the catalog with the key paths of Qonto's example (our fixture of it): a route
 * tested against the emulator meets the fields it will meet at Qonto.
 */
class EmulatorAgreesWithFixturesTest {

    /** The object each read by id is asked about: the first of its kind in the emulator's store. */
    private static final Map<QontoOperation, Function<EmulatorStore, Object>> IDS = Map.ofEntries(
            Map.entry(QontoOperation.GET_BANK_ACCOUNT, store -> store.bankAccounts().get(0).get("id")),
            Map.entry(QontoOperation.GET_TRANSACTION, store -> store.transactions().get(0).get("id")),
            Map.entry(QontoOperation.GET_SEPA_TRANSFER, store -> store.sepaTransfers().get(0).get("id")),
            Map.entry(QontoOperation.GET_SEPA_BENEFICIARY, store -> store.beneficiaries().get(0).get("id")),
            Map.entry(QontoOperation.GET_LABEL, store -> store.labels().get(0).get("id")),
            Map.entry(QontoOperation.GET_STATEMENT, store -> store.statements().get(0).get("id")),
            Map.entry(QontoOperation.GET_RECURRING_TRANSFER, store -> store.recurringTransfers().get(0).get("id")),
            Map.entry(QontoOperation.GET_BULK_TRANSFER, store -> store.bulkTransfers().get(1).get("id")),
            Map.entry(QontoOperation.GET_EXTERNAL_TRANSFER, store -> store.externalTransfers().get(0).get("id")),
            Map.entry(QontoOperation.GET_LEGACY_BENEFICIARY, store -> store.beneficiaries().get(0).get("id")),
            Map.entry(QontoOperation.GET_CARD_IFRAME_URL, store -> store.cards().get(0).get("id")),
            Map.entry(QontoOperation.GET_WEBHOOK_SUBSCRIPTION, store -> store.webhookSubscriptions().get(0).get("id")),
            Map.entry(QontoOperation.GET_CLIENT, store -> store.clients().get(0).get("id")),
            Map.entry(QontoOperation.GET_CLIENT_INVOICE, store -> store.clientInvoices().get(0).get("id")),
            Map.entry(QontoOperation.GET_CREDIT_NOTE, store -> store.creditNotes().get(0).get("id")),
            Map.entry(QontoOperation.GET_QUOTE, store -> store.quotes().get(0).get("id")),
            Map.entry(QontoOperation.GET_PAYMENT_LINK, store -> store.paymentLinks().get(0).get("id")),
            Map.entry(QontoOperation.LIST_PAYMENT_LINK_PAYMENTS, store -> store.paymentLinks().get(0).get("id")),
            Map.entry(QontoOperation.GET_ATTACHMENT, store -> store.attachments().get(0).get("id")),
            Map.entry(QontoOperation.LIST_TRANSACTION_ATTACHMENTS, store -> store.transactions().stream()
                    .filter(tx -> !((java.util.List<?>) tx.get("attachment_ids")).isEmpty()).findFirst()
                    .orElseThrow().get("id")),
            Map.entry(QontoOperation.GET_SUPPLIER_INVOICE, store -> store.supplierInvoices().get(0).get("id")),
            Map.entry(QontoOperation.GET_INSURANCE_CONTRACT, store -> store.insuranceContracts().get(0).get("id")));

    /** Query parameters a read cannot be sent without. */
    private static final Map<QontoOperation, Map<String, String>> REQUIRED_QUERIES = Map.of(
            QontoOperation.LIST_INTERNATIONAL_CURRENCIES, Map.of("source", "EUR"),
            QontoOperation.LIST_INTERNATIONAL_BENEFICIARIES, Map.of("currency", "USD"));

    private static QontoEmulator emulator;
    private static QontoClient apiKeyClient;
    private static QontoClient oauthClient;

    @BeforeAll
    static void start() {
        emulator = QontoEmulator.builder().port(0).seed(42).build().start();
        apiKeyClient = QontoClient.create(QontoClientConfig.builder().baseUrl(emulator.baseUrl())
                .credentials(new ApiKeyCredentials(emulator.apiKeyLogin(), emulator.apiKeySecret())).build());
        // OAuth with every scope the catalog names: many reads (cards, teams, the own membership) refuse an API key
        Set<String> scopes = Arrays.stream(QontoOperation.values()).map(QontoOperation::scope)
                .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        scopes.add("offline_access");
        String refreshToken = emulator.oauth().issueTokens(scopes).refreshToken();
        oauthClient = QontoClient.create(QontoClientConfig.builder().baseUrl(emulator.baseUrl())
                .tokenUrl(emulator.oauthTokenUrl())
                .credentials(new OAuthCredentials(emulator.oauthClientId(), emulator.oauthClientSecret(),
                        new InMemoryTokenStore(OAuthTokens.ofRefreshToken(refreshToken)), null))
                .build());
        // the emulator starts without subscriptions: one as an app makes it, for the reads to show
        oauthClient.call(QontoCall.of(QontoOperation.CREATE_WEBHOOK_SUBSCRIPTION).body(new WebhookSubscriptionSettings(
                "https://hooks.example.com/qonto", java.util.List.of("v1/transactions"), null, "Ledger")).build(),
                WebhookSubscription.class);
    }

    @AfterAll
    static void stop() {
        apiKeyClient.close();
        oauthClient.close();
        emulator.close();
    }

    /** The reads of the catalog that have a fixture. */
    static Stream<QontoOperation> reads() {
        return Arrays.stream(QontoOperation.values())
                .filter(op -> "GET".equals(op.method()) && op.pathParameters().size() <= 1)
                .filter(op -> op.pathParameters().isEmpty() || IDS.containsKey(op))
                .filter(op -> EmulatorAgreesWithFixturesTest.class.getResource(fixture(op)) != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void answersWithTheKeyPathsOfQontosExample(QontoOperation operation) throws IOException {
        Set<String> expected = FixtureRoundTripTest.keyPaths(read(fixture(operation)));
        Set<String> served = new TreeSet<>();
        Set<String> sentNull = new TreeSet<>();
        QontoCall.Builder call = QontoCall.of(operation);
        if (IDS.containsKey(operation)) {
            call.pathParam("id", String.valueOf(IDS.get(operation).apply(emulator.store())));
        }
        if (operation == QontoOperation.LIST_TRANSACTIONS) {
            call.query("bank_account_id", String.valueOf(emulator.store().bankAccounts().get(0).get("id")));
        }
        REQUIRED_QUERIES.getOrDefault(operation, Map.of()).forEach(call::query);
        // an API key reads what it may, so that the rows open to it are checked with one
        QontoClient client = operation.oauthOnly() ? oauthClient : apiKeyClient;
        if (operation == QontoOperation.LIST_PAYMENT_LINK_PAYMENT_METHODS) {
            call.query("locale", "fr");
        }
        if (operation.queryParameters().stream().anyMatch(p -> p.name().equals("includes[]"))) {
            // Qonto's example shows the embedded objects, which come only when asked for
            call.queryAll("includes[]", java.util.List.of("labels", "attachments", "vat_details"));
        }
        if (operation.paged()) {
            // every page: the emulator fills the rarer objects (a cheque's details, say) on some items only
            for (int page = 1; ; page++) {
                JsonNode body = client.execute(call.build().withPage(page, 100)).json();
                collect(body, "", served, sentNull);
                if (body.path("meta").path("next_page").isNull() || body.path("meta").path("next_page").isMissingNode()) {
                    break;
                }
            }
        } else {
            collect(client.execute(call.build()).json(), "", served, sentNull);
        }
        // below a key the emulator sent as null (a transaction that is no cheque has "check": null) nothing can be
        expected.removeIf(path -> sentNull.stream().anyMatch(prefix -> path.startsWith(prefix + ".")
                                                                      || path.startsWith(prefix + "[]")));

        assertThat(served).as(operation + ": key paths of Qonto's example the emulator does not send")
                .containsAll(expected);
    }

    /** Every key path, those sent as null included (and noted apart). */
    private static void collect(JsonNode node, String path, Set<String> paths, Set<String> nulls) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                paths.add(child);
                if (field.getValue().isNull()) {
                    nulls.add(child);
                }
                collect(field.getValue(), child, paths, nulls);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, path + "[]", paths, nulls));
        }
    }

    private static String fixture(QontoOperation operation) {
        return "/fixtures/" + operation.name().toLowerCase(Locale.ROOT) + ".json";
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = EmulatorAgreesWithFixturesTest.class.getResourceAsStream(resource)) {
            return QontoJson.mapper().readTree(in);
        }
    }
}
