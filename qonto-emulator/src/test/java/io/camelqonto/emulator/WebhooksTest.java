package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelqonto.emulator.WebhookDelivery.Outcome;
import io.camelqonto.emulator.internal.webhook.WebhookSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebhooksTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = QontoEmulatorExtension.builder()
            .configure(emulator -> emulator.webhookRetries(Duration.ofMillis(50), 3)).build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "whsec_0123456789abcdef0123456789abcdef";

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http http = Http.bearer(emulator, emulator.oauth()
            .issueTokens(Set.of("webhook", "organization.read")).accessToken());
    private final CallbackServer callback = new CallbackServer();

    @AfterEach
    void stopCallback() {
        callback.close();
    }

    @Test
    void createsReadsReplacesAndDeletesSubscriptionsAsBareObjects() {
        Http.Reply created = subscribe(callback.url("/hooks/qonto"), "v1/transactions");

        assertThat(created.status()).isEqualTo(201);
        JsonNode subscription = created.json();
        assertThat(subscription.fieldNames()).toIterable().containsExactly("id", "organization_id",
                "membership_id", "callback_url", "types", "created_at", "updated_at", "description", "secret");
        assertThat(subscription.get("secret").asText()).isEqualTo(SECRET);
        assertThat(subscription.get("organization_id").asText()).isEqualTo(emulator.store().organization().get("id"));
        String id = subscription.get("id").asText();

        JsonNode listed = http.get("/v2/webhook_subscriptions").json();
        assertThat(listed.get("subscriptions")).singleElement().satisfies(item -> {
            assertThat(item.get("id").asText()).isEqualTo(id);
            assertThat(item.has("secret")).as("the secret is shown on create only").isFalse();
        });
        assertThat(listed.at("/meta/total_count").asInt()).isOne();
        assertThat(http.get("/v2/webhook_subscriptions/" + id).json().get("types").get(0).asText())
                .isEqualTo("v1/transactions");

        Http.Reply replaced = http.send("PUT", "/v2/webhook_subscriptions/" + id,
                "{\"callback_url\":\"https://hooks.example.com/qonto\",\"types\":[\"v1/clients\"]}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().get("callback_url").asText()).isEqualTo("https://hooks.example.com/qonto");
        assertThat(replaced.json().has("description")).as("a full replacement drops what is not given").isFalse();
        assertThat(replaced.json().get("types").get(0).asText()).isEqualTo("v1/clients");

        assertThat(http.delete("/v2/webhook_subscriptions/" + id).status()).isEqualTo(204);
        assertThat(http.get("/v2/webhook_subscriptions/" + id).status()).isEqualTo(404);
        assertThat(http.delete("/v2/webhook_subscriptions/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesABodyQontoWouldRefuseWith400NamingEachField() {
        Http.Reply reply = http.post("/v2/webhook_subscriptions", "{\"callback_url\":\"http://hooks.example.com/q\","
                + "\"types\":[\"v1/transactions\",\"v1/nothing\"],\"secret\":\"short\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors")).extracting(error -> error.at("/source/pointer").asText())
                .containsExactly("/callback_url", "/types/1", "/secret");
        assertThat(http.send("PUT", "/v2/webhook_subscriptions/any", "{\"types\":[\"v1/cards\"]}").json()
                .at("/errors/0/detail").asText()).isEqualTo("CallbackURL is missing");
        assertThat(emulator.store().webhookSubscriptions()).isEmpty();
    }

    @Test
    void wantsOAuthTheWebhookScopeAndTheScopeOfEachTopic() {
        String body = "{\"callback_url\":\"https://hooks.example.com/q\",\"types\":[\"v1/transactions\"]}";

        assertThat(Http.apiKey(emulator).post("/v2/webhook_subscriptions", body).status()).isEqualTo(401);
        assertThat(Http.bearer(emulator, emulator.oauth().issueTokens(Set.of("organization.read")).accessToken())
                .post("/v2/webhook_subscriptions", body).status()).isEqualTo(403);
        Http.Reply withoutTopicScope = Http.bearer(emulator, emulator.oauth().issueTokens(Set.of("webhook"))
                .accessToken()).post("/v2/webhook_subscriptions", body);
        assertThat(withoutTopicScope.status()).isEqualTo(403);
        assertThat(withoutTopicScope.json().at("/errors/0/detail").asText()).contains("organization.read");
    }

    @Test
    void postsSignedEventsInQontosEnvelopeWhenTransactionsAreAddedOrChanged() throws Exception {
        String subscriptionId = subscribe(callback.url("/hooks/qonto"), "v1/transactions").json().get("id").asText();
        long before = Instant.now().getEpochSecond();

        String transactionId = emulator.store().addTransaction(Map.of("note", "Coffee"));
        emulator.store().updateTransaction(transactionId, Map.of("note", "Coffee beans"));
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(5))).isTrue();

        List<CallbackServer.Received> received = callback.received();
        assertThat(received).hasSize(2);
        for (CallbackServer.Received delivery : received) {
            assertThat(delivery.method()).isEqualTo("POST");
            assertThat(delivery.path()).isEqualTo("/hooks/qonto");
            assertThat(delivery.contentType()).isEqualTo("application/json");
            String[] parts = delivery.signature().split(",");
            long timestamp = Long.parseLong(parts[0].substring("t=".length()));
            assertThat(timestamp).isBetween(before, Instant.now().getEpochSecond());
            assertThat(parts[1]).isEqualTo("v1=" + hmac(SECRET, timestamp + "." + text(delivery.body())));
        }
        // two deliveries may overtake each other, at Qonto as here
        JsonNode created = event(received, "created");
        assertThat(created.fieldNames()).toIterable().containsExactly("id", "subscription_id", "organization_id",
                "membership_id", "type", "created_at", "data");
        assertThat(created.get("subscription_id").asText()).isEqualTo(subscriptionId);
        assertThat(created.get("type").asText()).isEqualTo("v1/transactions");
        assertThat(created.at("/data/event").asText()).isEqualTo("created");
        assertThat(created.at("/data/id").asText()).isEqualTo(transactionId);
        assertThat(created.at("/data/note").asText()).isEqualTo("Coffee");
        JsonNode updated = event(received, "updated");
        assertThat(updated.at("/data/event").asText()).isEqualTo("updated");
        assertThat(updated.at("/data/note").asText()).isEqualTo("Coffee beans");
        assertThat(updated.get("id").asText()).isNotEqualTo(created.get("id").asText());
        assertThat(emulator.webhooks().deliveries()).extracting(WebhookDelivery::outcome)
                .containsOnly(Outcome.DELIVERED);
    }

    @Test
    void neverSendsWhatHappenedBeforeTheSubscriptionNorTopicsNotSubscribedTo() {
        emulator.store().addTransaction(Map.of());
        subscribe(callback.url("/hooks"), "v1/clients");

        emulator.store().addTransaction(Map.of());

        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(callback.received()).isEmpty();
        assertThat(emulator.webhooks().deliveries()).isEmpty();
    }

    @Test
    void retriesWithBackoffUntilAcknowledgedAndGivesUpAfterTheLastAttempt() {
        subscribe(callback.url("/hooks"), "v1/transactions");
        callback.answer(500, 503);

        emulator.store().addTransaction(Map.of());
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(5))).isTrue();

        assertThat(emulator.webhooks().deliveries()).extracting(WebhookDelivery::attempt, WebhookDelivery::status,
                WebhookDelivery::outcome).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 500, Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple(2, 503, Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple(3, 200, Outcome.DELIVERED));
        List<WebhookDelivery> log = emulator.webhooks().deliveries();
        assertThat(Duration.between(log.get(1).at(), log.get(2).at()))
                .as("the second retry waits twice as long as the first")
                .isGreaterThanOrEqualTo(Duration.ofMillis(100));

        callback.answer(500, 500, 500);
        emulator.store().addTransaction(Map.of());
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(emulator.webhooks().deliveries().subList(3, 6)).extracting(WebhookDelivery::outcome)
                .containsExactly(Outcome.FAILED, Outcome.FAILED, Outcome.GAVE_UP);
    }

    @Test
    void countsAnAnswerLaterThanOneSecondAsAFailure() {
        subscribe(callback.url("/hooks"), "v1/transactions");
        callback.answerLate(200, Duration.ofMillis(1300));

        emulator.store().addTransaction(Map.of());
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(5))).isTrue();

        assertThat(callback.received()).hasSize(2);
        assertThat(emulator.webhooks().deliveries()).extracting(WebhookDelivery::status, WebhookDelivery::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple(200, Outcome.DELIVERED));
    }

    @Test
    void dropsAndDuplicatesEventsOnDemand() throws IOException {
        subscribe(callback.url("/hooks"), "v1/transactions");
        emulator.webhooks().dropNext(1);
        emulator.webhooks().duplicateRate(1);

        String lost = emulator.store().addTransaction(Map.of());
        String twice = emulator.store().addTransaction(Map.of());
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(5))).isTrue();

        List<CallbackServer.Received> received = callback.received();
        assertThat(received).hasSize(2);
        assertThat(JSON.readTree(received.get(0).body()).at("/data/id").asText()).isEqualTo(twice);
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(received.get(1).signature()).as("a duplicate is a new delivery, signed when it is sent")
                .isNotEqualTo(received.get(0).signature());
        assertThat(emulator.webhooks().deliveries()).extracting(WebhookDelivery::outcome, WebhookDelivery::duplicate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Outcome.DROPPED, false),
                        org.assertj.core.groups.Tuple.tuple(Outcome.DELIVERED, false),
                        org.assertj.core.groups.Tuple.tuple(Outcome.DELIVERED, true));
        assertThat(received).noneMatch(r -> new String(r.body(), StandardCharsets.UTF_8).contains(lost));
    }

    @Test
    void sendsNothingToCallbacksOffThisMachine() {
        subscribe("https://hooks.example.com/qonto", "v1/transactions");

        emulator.store().addTransaction(Map.of());
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(5))).isTrue();

        assertThat(emulator.webhooks().deliveries()).singleElement()
                .satisfies(delivery -> assertThat(delivery.outcome()).isEqualTo(Outcome.NOT_LOOPBACK));
    }

    @Test
    void triggersEventsListsDeliveriesAndSetsFaultsOverTheAdminApi() throws IOException {
        subscribe(callback.url("/hooks"), "v1/clients");
        Http admin = Http.anonymous(emulator);

        Http.Reply triggered = admin.post("/_emulator/webhooks/events",
                "{\"type\":\"v1/clients\",\"event\":\"created\",\"data\":{\"id\":\"client-1\",\"name\":\"Acme\"}}");
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(5))).isTrue();

        assertThat(triggered.status()).isEqualTo(202);
        JsonNode event = JSON.readTree(callback.received().get(0).body());
        assertThat(triggered.json().get("event_ids").get(0).asText()).isEqualTo(event.get("id").asText());
        assertThat(event.at("/data/name").asText()).isEqualTo("Acme");
        assertThat(admin.get("/_emulator/webhooks/deliveries").json().at("/deliveries/0/outcome").asText())
                .isEqualTo("delivered");
        assertThat(admin.get("/_emulator/store/webhook_subscriptions").json().at("/webhook_subscriptions/0/types/0").asText())
                .isEqualTo("v1/clients");
        assertThat(admin.post("/_emulator/webhooks/faults", "{\"drop_next\":1}").status()).isEqualTo(204);
        admin.post("/_emulator/webhooks/events", "{\"type\":\"v1/clients\",\"event\":\"updated\"}");
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(callback.received()).hasSize(1);
        admin.post("/_emulator/webhooks/faults", "{\"drop_next\":5}");
        assertThat(admin.delete("/_emulator/webhooks/faults").status()).isEqualTo(204);
        admin.post("/_emulator/webhooks/events", "{\"type\":\"v1/clients\",\"event\":\"deleted\"}");
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(callback.received()).hasSize(2);
        assertThat(admin.post("/_emulator/webhooks/events", "{\"type\":\"v1/unknown\",\"event\":\"x\"}").status())
                .isEqualTo(400);
    }

    @Test
    void aResetForgetsSubscriptionsDeliveriesAndFaults() {
        subscribe(callback.url("/hooks"), "v1/transactions");
        emulator.webhooks().dropRate(1);
        emulator.store().addTransaction(Map.of());

        emulator.reset();

        assertThat(emulator.store().webhookSubscriptions()).isEmpty();
        assertThat(emulator.webhooks().deliveries()).isEmpty();
        subscribe(callback.url("/hooks"), "v1/transactions");
        emulator.store().addTransaction(Map.of());
        assertThat(emulator.webhooks().awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(callback.received()).hasSize(1);
    }

    @Test
    void signsQontosPublishedTestVector() {
        assertThat(WebhookSigner.header("test-secret", 1704110400L, "{\"test\":\"data\"}".getBytes(
                StandardCharsets.UTF_8))).isEqualTo(
                        "t=1704110400,v1=56aff06dc227db80d6568a5070f912c601c31f20451745d257cbc0b5dfa93805");
    }

    private Http.Reply subscribe(String callbackUrl, String type) {
        return http.post("/v2/webhook_subscriptions", "{\"callback_url\":\"" + callbackUrl + "\",\"types\":[\""
                + type + "\"],\"secret\":\"" + SECRET + "\",\"description\":\"tests\"}");
    }

    private static JsonNode event(List<CallbackServer.Received> received, String name) throws IOException {
        for (CallbackServer.Received delivery : received) {
            JsonNode event = JSON.readTree(delivery.body());
            if (event.at("/data/event").asText().equals(name)) {
                return event;
            }
        }
        throw new AssertionError("No " + name + " event among " + received.size());
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String hmac(String secret, String payload) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }
}
