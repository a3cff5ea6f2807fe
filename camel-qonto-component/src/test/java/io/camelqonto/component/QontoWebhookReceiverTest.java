package io.camelqonto.component;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.camelqonto.client.webhook.WebhookSignature;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.Transaction;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * webhook:qonto:&lt;topic&gt; routes taking Qonto's POSTs: verified, deduplicated, with the polling consumer's body and
 * headers; everything that is not a genuine, fresh, first delivery is refused before the route.
 */
class QontoWebhookReceiverTest extends QontoWebhookTestSupport {

    private final List<Exchange> received = new ArrayList<>();
    private final AtomicInteger failuresToCome = new AtomicInteger();

    @Override
    protected void configure(QontoConfiguration configuration) {
        super.configure(configuration);
        configuration.setWebhookSecret(SECRET);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:qonto:transactions?bankAccountId=" + mainAccountId() + "&status=completed"
                     + "&webhookPath=/qonto/transactions&webhookAutoRegister=false")
                        .process(exchange -> {
                            if (failuresToCome.getAndDecrement() > 0) {
                                throw new IllegalStateException("the ledger is down");
                            }
                            synchronized (received) {
                                received.add(exchange.copy());
                            }
                        });
                from("webhook:qonto:memberships?outputType=map&webhookPath=/qonto/memberships"
                     + "&webhookAutoRegister=false")
                        .process(exchange -> received.add(exchange.copy()));
                from("webhook:qonto:consent-revocations?outputType=json&webhookPath=/qonto/consents"
                     + "&webhookAutoRegister=false")
                        .process(exchange -> received.add(exchange.copy()));
            }
        };
    }

    @Test
    void aSignedEventReachesTheRouteOnceWithTheBodyAndHeadersOfThePollingConsumer() {
        Map<String, Object> transaction = emulator.store().transaction(
                emulator.store().addTransaction(Map.of("note", "Coffee beans", "side", "credit"))).orElseThrow();
        String eventId = UUID.randomUUID().toString();
        byte[] body = event(eventId, "v1/transactions", "created", transaction);

        HttpResponse<String> first = post("/qonto/transactions", signedNow(body), body);
        // Qonto's retry of the same event is signed anew
        HttpResponse<String> retry = post("/qonto/transactions",
                WebhookSignature.sign(SECRET, Instant.now().getEpochSecond() + 1, body), body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(received).singleElement().satisfies(exchange -> {
            Transaction model = exchange.getMessage().getBody(Transaction.class);
            assertThat(model.id()).isEqualTo(transaction.get("id"));
            assertThat(model.note()).isEqualTo("Coffee beans");
            assertThat(model.otherFields()).as("the event's name is a header, not a field").doesNotContainKey("event");
            Map<String, Object> headers = exchange.getMessage().getHeaders();
            assertThat(headers).containsEntry(QontoConstants.ID, transaction.get("id"))
                    .containsEntry(QontoConstants.STATUS, "completed")
                    .containsEntry(QontoConstants.SIDE, "credit")
                    .containsEntry(QontoConstants.RESOURCE, "transactions")
                    .containsEntry(QontoConstants.CURSOR, Instant.parse((String) transaction.get("updated_at")))
                    .containsEntry(QontoConstants.EVENT_ID, eventId)
                    .containsEntry(QontoConstants.EVENT_TYPE, "v1/transactions")
                    .containsEntry(QontoConstants.EVENT_NAME, "created")
                    .containsEntry(QontoConstants.EVENT_CREATED_AT, Instant.parse("2026-01-15T10:00:00Z"));
            assertThat(headers.keySet()).as("nothing of the HTTP request")
                    .noneMatch(name -> name.equalsIgnoreCase(WebhookSignature.HEADER));
        });
        assertThat(emulator.journal().all()).as("no call to Qonto to receive an event").isEmpty();
    }

    @Test
    void refusesUnsignedForgedStaleMalformedAndReplayedDeliveriesBeforeTheRoute() {
        ListAppender<ILoggingEvent> logs = captureLogs();
        byte[] body = event(UUID.randomUUID().toString(), "v1/transactions", "updated", mainAccountTransaction(0));
        long now = Instant.now().getEpochSecond();
        byte[] altered = new String(body, StandardCharsets.UTF_8).replace("\"updated\"", "\"created\"")
                .getBytes(StandardCharsets.UTF_8);

        List<Integer> statuses = List.of(
                post("/qonto/transactions", null, body).statusCode(),
                post("/qonto/transactions", WebhookSignature.sign("whsec_another-secret-of-another-app-0123", now,
                        body), body).statusCode(),
                post("/qonto/transactions", WebhookSignature.sign(SECRET, now, body), altered).statusCode(),
                post("/qonto/transactions", WebhookSignature.sign(SECRET, now - 1000, body), body).statusCode(),
                post("/qonto/transactions", WebhookSignature.sign(SECRET, now + 1000, body), body).statusCode(),
                post("/qonto/transactions", "v1=" + WebhookSignature.sign(SECRET, now, body).split("v1=")[1], body)
                        .statusCode());
        String genuine = WebhookSignature.sign(SECRET, now, body);
        HttpResponse<String> accepted = post("/qonto/transactions", genuine, body);
        HttpResponse<String> replayed = post("/qonto/transactions", genuine, body);

        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 400);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(replayed.statusCode()).isEqualTo(409);
        assertThat(received).hasSize(1);
        stopCapture(logs);
        assertThat(logs.list).as("refusals are logged").isNotEmpty();
        assertThat(logs.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(SECRET);
            if (event.getThrowableProxy() != null) {
                assertThat(ThrowableProxyUtil.asString(event.getThrowableProxy())).doesNotContain(SECRET);
            }
        });
        assertThat(replayed.body()).doesNotContain(SECRET);
    }

    @Test
    void answers500WhenTheRouteFailsAndDeliversQontosNextTry() {
        Map<String, Object> transaction = mainAccountTransaction(1);
        byte[] body = event(UUID.randomUUID().toString(), "v1/transactions", "created", transaction);
        failuresToCome.set(1);

        HttpResponse<String> failed = post("/qonto/transactions", signedNow(body), body);
        HttpResponse<String> retried = post("/qonto/transactions",
                WebhookSignature.sign(SECRET, Instant.now().getEpochSecond() + 1, body), body);

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(received).singleElement().satisfies(exchange -> assertThat(exchange.getMessage()
                .getHeader(QontoConstants.ID)).isEqualTo(transaction.get("id")));
    }

    @Test
    void leavesOutWhatTheEndpointsFiltersLeaveOutAndRefusesOtherTopics() {
        Map<String, Object> otherAccount = new LinkedHashMap<>(mainAccountTransaction(0));
        otherAccount.put("bank_account_id", "7f1e2d3c-0000-4000-8000-000000000000");
        Map<String, Object> pending = new LinkedHashMap<>(mainAccountTransaction(1));
        pending.put("status", "pending");
        Map<String, Object> withoutStatus = new LinkedHashMap<>(mainAccountTransaction(2));
        withoutStatus.remove("status");
        byte[] card = event(UUID.randomUUID().toString(), "v1/cards", "created", Map.of("id", "card-1"));

        List<Integer> filtered = List.of(otherAccount, pending).stream()
                .map(transaction -> event(UUID.randomUUID().toString(), "v1/transactions", "updated", transaction))
                .map(body -> post("/qonto/transactions", signedNow(body), body).statusCode()).toList();
        byte[] undecided = event(UUID.randomUUID().toString(), "v1/transactions", "updated", withoutStatus);
        HttpResponse<String> letThrough = post("/qonto/transactions", signedNow(undecided), undecided);
        HttpResponse<String> otherTopic = post("/qonto/transactions", signedNow(card), card);

        assertThat(filtered).containsExactly(200, 200);
        assertThat(letThrough.statusCode()).isEqualTo(200);
        assertThat(otherTopic.statusCode()).isEqualTo(400);
        assertThat(otherTopic.body()).contains("v1/cards");
        assertThat(received).as("only the event the filters cannot tell from its fields").singleElement()
                .satisfies(exchange -> assertThat(exchange.getMessage().getHeader(QontoConstants.ID))
                        .isEqualTo(withoutStatus.get("id")));
    }

    @Test
    void givesEveryTopicItsModelOrItsDataInTheChosenOutputType() {
        Map<String, Object> member = emulator.store().memberships().get(1);
        byte[] membership = event(UUID.randomUUID().toString(), "v1/memberships", "updated", member);
        byte[] revocation = event(UUID.randomUUID().toString(), "v1/consent-revocations", "created",
                orderedMap("client_id", "demo-client", "revoked_at", "2026-01-15T09:59:00.000Z"));

        assertThat(post("/qonto/memberships", signedNow(membership), membership).statusCode()).isEqualTo(200);
        assertThat(post("/qonto/consents", signedNow(revocation), revocation).statusCode()).isEqualTo(200);

        assertThat(received).hasSize(2);
        assertThat(received.get(0).getMessage().getBody()).isInstanceOfSatisfying(Map.class,
                map -> assertThat(map).containsEntry("id", member.get("id")).containsEntry("role", member.get("role")));
        assertThat(received.get(0).getMessage().getHeader(QontoConstants.ID)).isEqualTo(member.get("id"));
        assertThat(received.get(1).getMessage().getBody()).isInstanceOfSatisfying(String.class, json ->
                assertThat(json).isEqualTo("{\"client_id\":\"demo-client\",\"revoked_at\":\"2026-01-15T09:59:00.000Z\"}"));
        assertThat(received.get(1).getMessage().getHeader(QontoConstants.EVENT_TYPE))
                .isEqualTo("v1/consent-revocations");
    }

    @Test
    @Tag(LATE_WEBHOOK_CONSUMER)
    void aRouteWithoutASecretToVerifyWithDoesNotStart() throws Exception {
        context.getComponent("qonto", QontoComponent.class).getConfiguration().setWebhookSecret(null);

        Throwable thrown = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:qonto:clients?webhookPath=/qonto/clients&webhookAutoRegister=false").to("log:never");
            }
        }));

        assertThat(rootCause(thrown)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("webhookSecret: is required");
    }

    private static Map<String, Object> mainAccountTransaction(int index) {
        return emulator.store().transactions().stream()
                .filter(transaction -> mainAccountId().equals(transaction.get("bank_account_id")))
                .filter(transaction -> "completed".equals(transaction.get("status")))
                .skip(index).findFirst().orElseThrow();
    }

    private static Map<String, Object> orderedMap(String... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static ListAppender<ILoggingEvent> captureLogs() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ((Logger) LoggerFactory.getLogger("io.camelqonto")).setLevel(Level.TRACE);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        return appender;
    }

    private static void stopCapture(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(appender);
        ((Logger) LoggerFactory.getLogger("io.camelqonto")).setLevel(null);
    }
}
