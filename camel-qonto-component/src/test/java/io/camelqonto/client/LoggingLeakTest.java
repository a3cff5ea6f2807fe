package io.camelqonto.client;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.camelqonto.client.auth.ApiKeyCredentials;
import io.camelqonto.client.auth.InMemoryTokenStore;
import io.camelqonto.client.auth.OAuthCredentials;
import io.camelqonto.client.auth.OAuthTokens;
import io.camelqonto.client.error.QontoException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.camelqonto.client.TestClients.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs the client with every logger at TRACE (HttpClient's header and wire loggers included) and
 * checks that no secret and no full IBAN reaches any log event.
 */
class LoggingLeakTest {

    @RegisterExtension
    static WireMockExtension wm = TestClients.wireMock();

    private static final String SECRET_KEY = "sk-LEAKCHECK-secret-key-91f3";
    private static final String CLIENT_SECRET = "cs-LEAKCHECK-client-secret-77a0";
    private static final String STAGING_TOKEN = "stg-LEAKCHECK-staging-5d21";
    private static final String REFRESH_OLD = "rt-LEAKCHECK-refresh-old-0c4e";
    private static final String REFRESH_NEW = "rt-LEAKCHECK-refresh-new-b81d";
    private static final String ACCESS_STALE = "at-LEAKCHECK-access-stale-33e9";
    private static final String ACCESS_NEW = "at-LEAKCHECK-access-new-f602";
    private static final String IBAN = TestClients.IBAN;

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Map<Logger, Level> previousLevels = new HashMap<>();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @BeforeEach
    void everyLoggerAtTrace() {
        for (Logger logger : context.getLoggerList()) {
            if (logger.getLevel() != null) {
                previousLevels.put(logger, logger.getLevel());
                logger.setLevel(Level.TRACE);
            }
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        previousLevels.putIfAbsent(root, root.getLevel());
        root.setLevel(Level.TRACE);
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restoreLevels() {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAppender(captured);
        captured.stop();
        previousLevels.forEach(Logger::setLevel);
    }

    @Test
    void noSecretAndNoIbanReachesTheLogs() {
        wm.stubFor(get("/v2/organization").withHeader("Authorization", equalTo(TestClients.LOGIN + ":" + SECRET_KEY))
                .willReturn(okJson("{\"organization\":{\"id\":\"org-1\"}}")));
        wm.stubFor(post("/v2/sepa/verify_payee").willReturn(okJson(
                "{\"match_result\":\"MATCH_RESULT_MATCH\",\"proof_token\":{\"token\":\"vop-1\"}}")));
        wm.stubFor(post(TOKEN_PATH).willReturn(okJson(TestClients.tokenJson(ACCESS_NEW, REFRESH_NEW, 3600))));
        wm.stubFor(get("/v2/sepa/transfers/tr-1").withHeader("Authorization", equalTo("Bearer " + ACCESS_STALE))
                .willReturn(aResponse().withStatus(401).withBody("{\"errors\":[{\"code\":\"unauthorized\"}]}")));
        wm.stubFor(get("/v2/sepa/transfers/tr-1").withHeader("Authorization", equalTo("Bearer " + ACCESS_NEW))
                .willReturn(okJson("{\"transfer\":{\"id\":\"tr-1\"}}")));
        wm.stubFor(get("/v2/sepa/transfers/tr-404").willReturn(aResponse().withStatus(404)
                .withBody("{\"errors\":[{\"code\":\"not_found\"}]}")));

        try (QontoClient apiKeyClient = QontoClient.create(TestClients.apiKey(wm).stagingToken(STAGING_TOKEN)
                .credentials(new ApiKeyCredentials(TestClients.LOGIN, SECRET_KEY)).build())) {
            apiKeyClient.execute(QontoCall.of(QontoOperation.GET_ORGANIZATION).build());
            apiKeyClient.verifyPayee(IBAN, "Hooli Inc");
        }
        InMemoryTokenStore store = new InMemoryTokenStore(
                new OAuthTokens(ACCESS_STALE, REFRESH_OLD, Instant.now().plus(Duration.ofHours(1))));
        try (QontoClient oauthClient = QontoClient.create(TestClients.apiKey(wm).stagingToken(STAGING_TOKEN)
                .credentials(new OAuthCredentials(TestClients.CLIENT_ID, CLIENT_SECRET, store, null))
                .build())) {
            oauthClient.execute(QontoCall.of(QontoOperation.GET_SEPA_TRANSFER).pathParam("id", "tr-1").build());
            assertThatThrownBy(() -> oauthClient.execute(QontoCall.of(QontoOperation.GET_SEPA_TRANSFER)
                    .pathParam("id", "tr-404").build())).isInstanceOf(QontoException.class);
        }
        assertThat(store.load().orElseThrow().refreshToken()).as("the refresh really happened").isEqualTo(REFRESH_NEW);

        List<ILoggingEvent> events = List.copyOf(captured.list);
        assertThat(events).as("HttpClient logged at TRACE during the calls")
                .anyMatch(e -> e.getLoggerName().startsWith("org.apache.hc.client5"));
        assertThat(events).as("the client logged its calls")
                .anyMatch(e -> e.getLoggerName().startsWith("io.camelqonto.client")
                        && e.getFormattedMessage().contains("GET /v2/sepa/transfers/{id} -> 401"));
        for (ILoggingEvent event : events) {
            String text = render(event);
            assertThat(text).as("log event of %s", event.getLoggerName())
                    .doesNotContain(SECRET_KEY, CLIENT_SECRET, STAGING_TOKEN, REFRESH_OLD, REFRESH_NEW, ACCESS_STALE,
                            ACCESS_NEW, IBAN);
        }
    }

    /** The control: the same capture does see what HttpClient's default connections log. */
    @Test
    void theCaptureSeesWhatAPlainHttpClientLeaks() throws Exception {
        wm.stubFor(get("/canary").willReturn(okJson("{}")));
        String canary = "canary-LEAKCHECK-4ab1";

        try (CloseableHttpClient plain = HttpClients.createDefault()) {
            HttpGet request = new HttpGet(wm.baseUrl() + "/canary");
            request.addHeader("Authorization", canary);
            plain.execute(request, response -> response.getCode());
        }

        assertThat(captured.list).anyMatch(e -> render(e).contains(canary));
    }

    private static String render(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage() == null ? "" : event.getFormattedMessage());
        if (event.getThrowableProxy() != null) {
            text.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        text.append('\n').append(event.getMDCPropertyMap());
        return text.toString();
    }
}
