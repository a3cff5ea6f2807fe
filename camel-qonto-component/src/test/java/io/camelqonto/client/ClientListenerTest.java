package io.camelqonto.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.camelqonto.client.auth.InMemoryTokenStore;
import io.camelqonto.client.auth.OAuthTokens;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.client.error.QontoOAuthException;
import io.camelqonto.client.error.QontoServerException;
import io.camelqonto.model.Transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.camelqonto.client.TestClients.TOKEN_PATH;
import static io.camelqonto.client.TestClients.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** What a {@link QontoClientListener} hears of the client's traffic, and the client's health ping. */
class ClientListenerTest {

    @RegisterExtension
    static WireMockExtension wm = TestClients.wireMock();

    private static final String TRANSACTION = "{\"transaction\":{\"id\":\"tx-1\",\"status\":\"completed\"}}";
    private static final String ORGANIZATION = "{\"organization\":{\"id\":\"org-1\",\"slug\":\"pied-piper\"}}";

    private final Recorder recorder = new Recorder();

    /** Writes each event as one line, leaving out the permits' waits unless asked for. */
    private static final class Recorder implements QontoClientListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<Duration> pacing = new CopyOnWriteArrayList<>();
        volatile Instant refreshedUntil;
        volatile QontoException refreshError;

        @Override
        public void answered(QontoOperation operation, int status, Duration elapsed) {
            events.add("answered " + operation + " " + status);
        }

        @Override
        public void unanswered(QontoOperation operation, NoAnswer reason, Duration elapsed) {
            events.add("unanswered " + operation + " " + reason);
        }

        @Override
        public void retrying(QontoOperation operation, int attempt, int status) {
            events.add("retrying " + operation + " attempt " + attempt + " after " + status);
        }

        @Override
        public void rateLimitWaited(Duration wait, boolean pause) {
            if (pause) {
                events.add("paused");
            } else {
                pacing.add(wait);
            }
        }

        @Override
        public void tokenRefreshed(Instant expiresAt) {
            refreshedUntil = expiresAt;
            events.add("token refreshed");
        }

        @Override
        public void tokenRefreshFailed(QontoException error) {
            refreshError = error;
            events.add("token refresh failed");
        }
    }

    /** Answers the listed responses in turn, then repeats the last one. */
    private static void sequence(String url, List<ResponseDefinitionBuilder> answers) {
        for (int i = 0; i < answers.size(); i++) {
            var mapping = get(url).inScenario("sequence")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step-" + i);
            if (i < answers.size() - 1) {
                mapping = mapping.willSetStateTo("step-" + (i + 1));
            }
            wm.stubFor(mapping.willReturn(answers.get(i)));
        }
    }

    private QontoClient client() {
        return QontoClient.create(TestClients.apiKey(wm).listener(recorder).build());
    }

    private static QontoCall getTransaction() {
        return QontoCall.of(QontoOperation.GET_TRANSACTION).pathParam("id", "tx-1").build();
    }

    @Test
    void everyAttemptItsAnswerAndEveryRetryAreHeard() {
        sequence("/v2/transactions/tx-1", List.of(
                aResponse().withStatus(429),
                aResponse().withStatus(503),
                okJson(TRANSACTION)));

        try (QontoClient client = client()) {
            client.call(getTransaction(), Transaction.class);
        }

        assertThat(recorder.events).containsExactly(
                "answered GET_TRANSACTION 429",
                "paused",
                "retrying GET_TRANSACTION attempt 2 after 429",
                "answered GET_TRANSACTION 503",
                "retrying GET_TRANSACTION attempt 3 after 503",
                "answered GET_TRANSACTION 200");
        assertThat(recorder.pacing).as("one wait for a permit per request that left").hasSize(3);
    }

    @Test
    void anAttemptWithoutAnswerIsHeardWithItsReason() {
        sequence("/v2/transactions/tx-1", List.of(
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                okJson(TRANSACTION)));

        try (QontoClient client = client()) {
            client.call(getTransaction(), Transaction.class);
        }

        assertThat(recorder.events).containsExactly(
                "unanswered GET_TRANSACTION CONNECTION",
                "retrying GET_TRANSACTION attempt 2 after 0",
                "answered GET_TRANSACTION 200");
    }

    @Test
    void aTokenRefreshIsHeardAndTheTokensExpiryIsKnownWithoutTheToken() {
        wm.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("at-two", "rt-two", 3600))));
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(okJson(TRANSACTION)));
        InMemoryTokenStore store = new InMemoryTokenStore(OAuthTokens.ofRefreshToken("rt-one"));

        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, store).listener(recorder).build())) {
            assertThat(client.accessTokenExpiresAt()).as("nothing fetched yet").isEmpty();
            client.call(getTransaction(), Transaction.class);

            assertThat(recorder.events).containsExactly("token refreshed", "answered GET_TRANSACTION 200");
            Instant expected = Instant.now().plusSeconds(3600);
            assertThat(recorder.refreshedUntil).isCloseTo(expected, within(Duration.ofSeconds(30)));
            assertThat(client.accessTokenExpiresAt()).contains(recorder.refreshedUntil);
        }
    }

    @Test
    void aRefusedRefreshIsHeardWithTheErrorTheCallFailsWith() {
        wm.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"refresh token revoked\"}")));
        InMemoryTokenStore store = new InMemoryTokenStore(OAuthTokens.ofRefreshToken("rt-revoked"));

        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, store).listener(recorder).build())) {
            assertThatThrownBy(() -> client.call(getTransaction(), Transaction.class))
                    .isInstanceOf(QontoOAuthException.class)
                    .isSameAs(recorder.refreshError);
        }
        assertThat(recorder.events).containsExactly("token refresh failed");
        assertThat(((QontoOAuthException) recorder.refreshError).oauthError()).isEqualTo("invalid_grant");
    }

    @Test
    void aListenerThatFailsDoesNotFailTheCall() {
        wm.stubFor(get("/v2/transactions/tx-1").willReturn(okJson(TRANSACTION)));
        QontoClientListener failing = new QontoClientListener() {
            @Override
            public void answered(QontoOperation operation, int status, Duration elapsed) {
                throw new IllegalStateException("listener broken");
            }
        };

        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).listener(failing).build())) {
            assertThat(client.call(getTransaction(), Transaction.class).id()).isEqualTo("tx-1");
        }
    }

    @Test
    void aPingIsOneRequestForTheOrganizationWithoutRetry() {
        sequence("/v2/organization", List.of(aResponse().withStatus(503), okJson(ORGANIZATION)));

        try (QontoClient client = client()) {
            assertThatThrownBy(() -> client.ping(Duration.ofSeconds(5))).isInstanceOf(QontoServerException.class);
            assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization")))).hasSize(1);

            client.ping(Duration.ofSeconds(5));
            assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization")))).hasSize(2);
        }
        assertThat(recorder.events).containsExactly("answered GET_ORGANIZATION 503", "answered GET_ORGANIZATION 200");
    }
}
