package io.camelqonto.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.camelqonto.client.error.QontoRateLimitException;
import io.camelqonto.client.error.QontoServerException;
import io.camelqonto.client.error.QontoTransportException;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.SepaBeneficiary;
import io.camelqonto.model.Transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class RetryTest {

    @RegisterExtension
    static WireMockExtension wm = TestClients.wireMock();

    private static final String TRANSACTION = "{\"transaction\":{\"id\":\"tx-1\",\"status\":\"completed\"}}";
    private static final String BENEFICIARY = "{\"beneficiary\":{\"id\":\"ben-1\",\"name\":\"Hooli\",\"status\":\"pending\"}}";

    private static QontoCall getTransaction() {
        return QontoCall.of(QontoOperation.GET_TRANSACTION).pathParam("id", "tx-1").build();
    }

    private static QontoCall createBeneficiary(String key) {
        return QontoCall.of(QontoOperation.CREATE_SEPA_BENEFICIARY)
                .body(NewSepaBeneficiary.of("Hooli", TestClients.IBAN))
                .idempotencyKey(key)
                .build();
    }

    /** Answers the listed responses in turn, then repeats the last one. */
    private static void sequence(String method, String url, List<ResponseDefinitionBuilder> answers) {
        for (int i = 0; i < answers.size(); i++) {
            var mapping = ("GET".equals(method) ? get(url) : post(url)).inScenario("sequence")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i);
            if (i < answers.size() - 1) {
                mapping = mapping.willSetStateTo("step-" + (i + 1));
            }
            wm.stubFor(mapping.willReturn(answers.get(i)));
        }
    }

    private static QontoClient client() {
        return QontoClient.create(TestClients.apiKey(wm).build());
    }

    @Test
    void anIdempotentWriteIsRetriedWithTheSameKeyAndBody() {
        sequence("POST", "/v2/sepa/beneficiaries", List.of(
                aResponse().withStatus(503),
                aResponse().withStatus(502),
                okJson(BENEFICIARY)));

        try (QontoClient client = client()) {
            SepaBeneficiary beneficiary = client.call(createBeneficiary("key-ben-1"), SepaBeneficiary.class);
            assertThat(beneficiary.id()).isEqualTo("ben-1");
        }

        List<LoggedRequest> attempts = wm.findAll(postRequestedFor(urlEqualTo("/v2/sepa/beneficiaries")));
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(r -> r.getHeader("X-Qonto-Idempotency-Key")).containsOnly("key-ben-1");
        assertThat(attempts).extracting(LoggedRequest::getBodyAsString).containsOnly(attempts.get(0).getBodyAsString());
    }

    @Test
    void aMissingIdempotencyKeyIsAProgrammingErrorAndNothingIsSent() {
        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(createBeneficiary(null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("CREATE_SEPA_BENEFICIARY needs an idempotency key");
            assertThatThrownBy(() -> client.execute(createBeneficiary("  ")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void retryAfterInSecondsIsWaitedFor() {
        sequence("GET", "/v2/transactions/tx-1", List.of(
                aResponse().withStatus(429).withHeader("Retry-After", "1"),
                okJson(TRANSACTION)));

        long start = System.nanoTime();
        try (QontoClient client = client()) {
            assertThat(client.call(getTransaction(), Transaction.class).id()).isEqualTo("tx-1");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        List<LoggedRequest> attempts = wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")));
        assertThat(attempts).hasSize(2);
        long gap = attempts.get(1).getLoggedDate().getTime() - attempts.get(0).getLoggedDate().getTime();
        assertThat(gap).as("second attempt at least Retry-After later").isGreaterThanOrEqualTo(1000);
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aRetryAfterBeyondTheCapFailsAtOnce() {
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")
                .withHeader("X-Tyk-Trace-Id", "trace-429")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransaction()))
                    .isInstanceOfSatisfying(QontoRateLimitException.class, e -> {
                        assertThat(e.status()).isEqualTo(429);
                        assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
                        assertThat(e.traceId()).isEqualTo("trace-429");
                    });
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).hasSize(1);
    }

    @Test
    void a503WithALongRetryAfterFailsAtOnceKeepingItsStatus() {
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "600")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransaction()))
                    .isInstanceOfSatisfying(QontoRateLimitException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(10));
                    });
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).hasSize(1);
    }

    @Test
    void persistent429sEndInARateLimitError() {
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(aResponse().withStatus(429)
                .withBody("{\"errors\":[{\"code\":\"too_many_requests\",\"detail\":\"Slow down\"}]}")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransaction()))
                    .isInstanceOfSatisfying(QontoRateLimitException.class, e -> {
                        assertThat(e.codes()).containsExactly("too_many_requests");
                        assertThat(e.retryAfter()).isNull();
                    });
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).hasSize(3);
    }

    @Test
    void persistent502sEndInAServerError() {
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(aResponse().withStatus(502)));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransaction()))
                    .isInstanceOfSatisfying(QontoServerException.class, e -> assertThat(e.status()).isEqualTo(502));
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).hasSize(3);
    }

    @Test
    void a500OnAReadIsRetried() {
        sequence("GET", "/v2/transactions/tx-1", List.of(
                aResponse().withStatus(500).withBody("{\"errors\":[{\"code\":\"unknown\",\"detail\":\"Unknown error\"}]}"),
                okJson(TRANSACTION)));

        try (QontoClient client = client()) {
            assertThat(client.call(getTransaction(), Transaction.class).id()).isEqualTo("tx-1");
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).hasSize(2);
    }

    @Test
    void persistent500sOnAReadEndInAServerError() {
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(aResponse().withStatus(500)
                .withBody("{\"errors\":[{\"code\":\"unknown\",\"detail\":\"Unknown error\"}],\"trace_id\":\"t-500\"}")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransaction()))
                    .isInstanceOfSatisfying(QontoServerException.class, e -> {
                        assertThat(e.status()).isEqualTo(500);
                        assertThat(e.traceId()).isEqualTo("t-500");
                    });
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).hasSize(3);
    }

    @Test
    void a500OnAWriteIsNotRetriedEvenWithAnIdempotencyKey() {
        // Qonto may have done part of the work: the caller decides, with the same key
        wm.stubFor(post("/v2/sepa/beneficiaries").willReturn(aResponse().withStatus(500)));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(createBeneficiary("key-500")))
                    .isInstanceOfSatisfying(QontoServerException.class, e -> assertThat(e.status()).isEqualTo(500));
        }
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/v2/sepa/beneficiaries")))).hasSize(1);
    }

    @Test
    void a429OnAWriteWithoutIdempotencyKeyIsRetriedBecauseQontoDidNothing() {
        sequence("POST", "/v2/sepa/verify_payee", List.of(
                aResponse().withStatus(429),
                okJson("{\"match_result\":\"MATCH_RESULT_MATCH\",\"proof_token\":{\"token\":\"proof-1\"}}")));

        try (QontoClient client = client()) {
            assertThat(client.verifyPayee(TestClients.IBAN, "Hooli").matchResult()).isEqualTo("MATCH_RESULT_MATCH");
        }
        List<LoggedRequest> attempts = wm.findAll(postRequestedFor(urlEqualTo("/v2/sepa/verify_payee")));
        assertThat(attempts).hasSize(2);
        assertThat(attempts).extracting(LoggedRequest::getBodyAsString).containsOnly(attempts.get(0).getBodyAsString());
    }

    @Test
    void aCancelMet429sIsRetriedUntilTheRetriesAreSpent() {
        wm.stubFor(post("/v2/sepa/transfers/tr-1/cancel").willReturn(aResponse().withStatus(429)));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(cancel("tr-1"))).isInstanceOf(QontoRateLimitException.class);
        }
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/v2/sepa/transfers/tr-1/cancel")))).hasSize(3);
    }

    @Test
    void aRetryAfterPausesEveryClientSharingTheRateLimiter() {
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
        wm.stubFor(get("/v2/organization").willReturn(okJson("{\"organization\":{\"id\":\"org-1\"}}")));
        RateLimiter shared = RateLimiter.qontoDefault();
        RetryPolicy once = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5));

        try (QontoClient refused = QontoClient.create(TestClients.apiKey(wm).rateLimiter(shared).retryPolicy(once).build());
                QontoClient other = QontoClient.create(TestClients.apiKey(wm).rateLimiter(shared).build())) {
            assertThatThrownBy(() -> refused.execute(getTransaction())).isInstanceOf(QontoRateLimitException.class);
            other.execute(QontoCall.of(QontoOperation.GET_ORGANIZATION).build());
        }

        long refusedAt = wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1"))).get(0).getLoggedDate().getTime();
        long otherAt = wm.findAll(getRequestedFor(urlEqualTo("/v2/organization"))).get(0).getLoggedDate().getTime();
        assertThat(otherAt - refusedAt).as("the other client waited out the Retry-After").isGreaterThanOrEqualTo(2000);
    }

    @Test
    void aRetryAfterOnACallThatIsNotRetriedStillPausesTheOtherCallers() {
        wm.stubFor(post("/v2/sepa/transfers/tr-1/cancel").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2")));
        wm.stubFor(get("/v2/organization").willReturn(okJson("{\"organization\":{\"id\":\"org-1\"}}")));
        RateLimiter shared = RateLimiter.qontoDefault();

        try (QontoClient writer = QontoClient.create(TestClients.apiKey(wm).rateLimiter(shared).build());
                QontoClient reader = QontoClient.create(TestClients.apiKey(wm).rateLimiter(shared).build())) {
            // a cancel without idempotency key is not sent twice after a 503: its outcome is unknown
            assertThatThrownBy(() -> writer.execute(cancel("tr-1"))).isInstanceOf(QontoServerException.class);
            reader.execute(QontoCall.of(QontoOperation.GET_ORGANIZATION).build());
        }

        List<LoggedRequest> cancels = wm.findAll(postRequestedFor(urlEqualTo("/v2/sepa/transfers/tr-1/cancel")));
        assertThat(cancels).hasSize(1);
        long readAt = wm.findAll(getRequestedFor(urlEqualTo("/v2/organization"))).get(0).getLoggedDate().getTime();
        assertThat(readAt - cancels.get(0).getLoggedDate().getTime()).isGreaterThanOrEqualTo(2000);
    }

    @Test
    void aSharedPauseLongerThanMaxRetryAfterFailsTheOtherCallersWithNothingSent() {
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));
        RateLimiter shared = RateLimiter.qontoDefault();

        try (QontoClient refused = QontoClient.create(TestClients.apiKey(wm).rateLimiter(shared).build());
                QontoClient other = QontoClient.create(TestClients.apiKey(wm).rateLimiter(shared).build())) {
            assertThatThrownBy(() -> refused.execute(getTransaction())).isInstanceOf(QontoRateLimitException.class);
            assertThatThrownBy(() -> other.execute(QontoCall.of(QontoOperation.GET_ORGANIZATION).build()))
                    .isInstanceOfSatisfying(QontoRateLimitException.class, e -> {
                        assertThat(e.retryAfter()).isGreaterThan(Duration.ofMinutes(9));
                        assertThat(e.getMessage()).contains("GET /v2/organization", "was not sent");
                    });
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization")))).isEmpty();
    }

    @Test
    void aDroppedConnectionOnAReadIsRetried() {
        sequence("GET", "/v2/transactions/tx-1", List.of(
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                okJson(TRANSACTION)));

        try (QontoClient client = client()) {
            assertThat(client.call(getTransaction(), Transaction.class).id()).isEqualTo("tx-1");
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).hasSize(2);
    }

    @Test
    void noAnswerAtAllEndsInATransportErrorAfterTheRetries() {
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransaction()))
                    .isInstanceOfSatisfying(QontoTransportException.class, e -> {
                        assertThat(e.status()).isZero();
                        assertThat(e.getMessage()).contains("after 3 attempt(s)");
                    });
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).hasSize(3);
    }

    @Test
    void aReadTimeoutIsRetried() {
        // a timeout that the prompt second answer meets even on a busy machine
        sequence("GET", "/v2/transactions/tx-1", List.of(
                okJson(TRANSACTION).withFixedDelay(3000),
                okJson(TRANSACTION)));

        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm)
                .responseTimeout(Duration.ofSeconds(1)).build())) {
            assertThat(client.call(getTransaction(), Transaction.class).id()).isEqualTo("tx-1");
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).hasSize(2);
    }

    @Test
    void aWriteWithoutIdempotencyIsSentOnceWhateverHappens() {
        wm.stubFor(post("/v2/sepa/transfers/tr-1/cancel").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        wm.stubFor(post("/v2/sepa/transfers/tr-2/cancel").willReturn(aResponse().withStatus(503)));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(cancel("tr-1"))).isInstanceOf(QontoTransportException.class);
            assertThatThrownBy(() -> client.execute(cancel("tr-2"))).isInstanceOf(QontoServerException.class);
        }
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/v2/sepa/transfers/tr-1/cancel")))).hasSize(1);
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/v2/sepa/transfers/tr-2/cancel")))).hasSize(1);
    }

    private static QontoCall cancel(String id) {
        return QontoCall.of(QontoOperation.CANCEL_SEPA_TRANSFER).pathParam("id", id).build();
    }

    @Test
    void aMalformedReadIsFetchedAgain() {
        sequence("GET", "/v2/transactions/tx-1", List.of(
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"transaction\":{\"id\":"),
                okJson(TRANSACTION)));

        try (QontoClient client = client()) {
            assertThat(client.call(getTransaction(), Transaction.class).id()).isEqualTo("tx-1");
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).hasSize(2);
    }

    @Test
    void aMalformedAnswerToAnIdempotentWriteIsAskedAgainWithTheSameKey() {
        sequence("POST", "/v2/sepa/beneficiaries", List.of(
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("not json at all"),
                okJson(BENEFICIARY)));

        try (QontoClient client = client()) {
            assertThat(client.call(createBeneficiary("key-m"), SepaBeneficiary.class).id()).isEqualTo("ben-1");
        }
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/v2/sepa/beneficiaries"))))
                .extracting(r -> r.getHeader("X-Qonto-Idempotency-Key"))
                .containsExactly("key-m", "key-m");
    }

    @Test
    void aPersistentlyMalformedAnswerIsATransportError() {
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(aResponse().withStatus(200).withBody("{\"transaction\":")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(getTransaction()))
                    .isInstanceOf(QontoTransportException.class)
                    .hasMessageContaining("malformed response");
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).hasSize(3);
    }

    @Test
    void aMalformedAnswerToAnUnsafeWriteIsNotRetried() {
        wm.stubFor(post("/v2/sepa/verify_payee").willReturn(aResponse().withStatus(200).withBody("{oops")));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.execute(QontoCall.of(QontoOperation.VERIFY_PAYEE)
                    .body(Map.of("iban", TestClients.IBAN, "beneficiary_name", "Hooli")).build()))
                    .isInstanceOf(QontoTransportException.class);
        }
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/v2/sepa/verify_payee")))).hasSize(1);
    }

    @Test
    void everyAttemptTakesAPermitFromTheRateLimiter() {
        sequence("GET", "/v2/transactions/tx-1", List.of(
                aResponse().withStatus(503),
                aResponse().withStatus(503),
                okJson(TRANSACTION)));
        Duration window = Duration.ofMillis(400);

        long start = System.nanoTime();
        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm)
                .rateLimiter(new RateLimiter(new RateLimiter.Window(2, window))).build())) {
            client.execute(getTransaction());
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        // two permits per window: the third attempt had to wait for the window to pass
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/v2/transactions/tx-1")))).hasSize(3);
        assertThat(elapsed).isGreaterThanOrEqualTo(window);
    }

    @Test
    void anInterruptWhileWaitingForThePermitEndsTheCallAndKeepsTheFlag() throws Exception {
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(okJson(TRANSACTION)));

        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm)
                .rateLimiter(new RateLimiter(new RateLimiter.Window(1, Duration.ofHours(1)))).build())) {
            client.execute(getTransaction());
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            AtomicBoolean flagKept = new AtomicBoolean();
            Thread caller = new Thread(() -> {
                failure.complete(catchThrowable(() -> client.execute(getTransaction())));
                flagKept.set(Thread.currentThread().isInterrupted());
            });
            caller.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (caller.getState() != Thread.State.TIMED_WAITING && System.nanoTime() - deadline < 0) {
                Thread.sleep(5);
            }
            caller.interrupt();
            caller.join(10_000);

            assertThat(failure.get(1, TimeUnit.SECONDS)).isInstanceOf(QontoTransportException.class)
                    .hasRootCauseInstanceOf(InterruptedException.class);
            assertThat(flagKept).isTrue();
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).hasSize(1);
    }

    @Test
    void aCallerInterruptedBeforeItStartsSendsNothingAndKeepsTheFlag() {
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(okJson(TRANSACTION)));

        try (QontoClient client = client()) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> client.execute(getTransaction())).isInstanceOf(QontoTransportException.class);
                assertThat(Thread.currentThread().isInterrupted()).isTrue();
            } finally {
                Thread.interrupted();
            }
        }
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/transactions/tx-1")))).isEmpty();
    }
}
