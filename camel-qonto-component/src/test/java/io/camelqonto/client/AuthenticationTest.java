package io.camelqonto.client;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.camelqonto.client.auth.FileTokenStore;
import io.camelqonto.client.auth.InMemoryTokenStore;
import io.camelqonto.client.auth.OAuthTokens;
import io.camelqonto.client.auth.TokenStore;
import io.camelqonto.client.error.QontoAuthenticationException;
import io.camelqonto.client.error.QontoOAuthException;
import io.camelqonto.client.error.QontoStagingTokenException;
import io.camelqonto.model.Organization;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.camelqonto.client.TestClients.CLIENT_ID;
import static io.camelqonto.client.TestClients.CLIENT_SECRET;
import static io.camelqonto.client.TestClients.RAW_API_KEY;
import static io.camelqonto.client.TestClients.TOKEN_PATH;
import static io.camelqonto.client.TestClients.tokenJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class AuthenticationTest {

    @RegisterExtension
    static WireMockExtension wm = TestClients.wireMock();

    private static final String ORGANIZATION = "{\"organization\":{\"id\":\"org-1\",\"slug\":\"pied-piper-7132\"}}";

    private static QontoCall organization() {
        return QontoCall.of(QontoOperation.GET_ORGANIZATION).build();
    }

    @Test
    void apiKeyGoesRawWithStagingTokenUserAgentAndJsonAccept() {
        wm.stubFor(get("/v2/organization").willReturn(okJson(ORGANIZATION)));

        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).stagingToken("stg-31337")
                .userAgent("camel-qonto-test/1.0").build())) {
            Organization organization = client.call(organization(), Organization.class);
            assertThat(organization.id()).isEqualTo("org-1");
        }

        LoggedRequest request = wm.findAll(getRequestedFor(urlEqualTo("/v2/organization"))).get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo(RAW_API_KEY);
        assertThat(request.getHeader("X-Qonto-Staging-Token")).isEqualTo("stg-31337");
        assertThat(request.getHeader("User-Agent")).isEqualTo("camel-qonto-test/1.0");
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(request.containsHeader("X-Qonto-Idempotency-Key")).isFalse();
        assertThat(request.containsHeader("X-Qonto-2fa-Preference")).isFalse();
    }

    @Test
    void noStagingTokenHeaderWithoutStagingToken() {
        wm.stubFor(get("/v2/organization").willReturn(okJson(ORGANIZATION)));

        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).build())) {
            client.execute(organization());
        }

        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization"))).get(0)
                .containsHeader("X-Qonto-Staging-Token")).isFalse();
    }

    @Test
    void refreshesBeforeTheFirstCallWithClientCredentialsInTheFormBody() {
        InMemoryTokenStore store = new InMemoryTokenStore(OAuthTokens.ofRefreshToken("rt-one"));
        wm.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("at-two", "rt-two", 3600))));
        wm.stubFor(get("/v2/organization").withHeader("Authorization", equalTo("Bearer at-two"))
                .willReturn(okJson(ORGANIZATION)));

        Instant before = Instant.now();
        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, store).stagingToken("stg-31337").build())) {
            assertThat(client.call(organization(), Organization.class).id()).isEqualTo("org-1");
        }

        LoggedRequest token = wm.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))).get(0);
        assertThat(token.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(token.getHeader("X-Qonto-Staging-Token")).isEqualTo("stg-31337");
        assertThat(token.containsHeader("Authorization")).as("no Basic authentication").isFalse();
        assertThat(token.formParameters()).containsOnlyKeys("grant_type", "refresh_token", "client_id", "client_secret");
        assertThat(token.formParameter("grant_type").firstValue()).isEqualTo("refresh_token");
        assertThat(token.formParameter("refresh_token").firstValue()).isEqualTo("rt-one");
        assertThat(token.formParameter("client_id").firstValue()).isEqualTo(CLIENT_ID);
        assertThat(token.formParameter("client_secret").firstValue()).isEqualTo(CLIENT_SECRET);

        OAuthTokens saved = store.load().orElseThrow();
        assertThat(saved.accessToken()).isEqualTo("at-two");
        assertThat(saved.refreshToken()).isEqualTo("rt-two");
        assertThat(saved.expiresAt()).isCloseTo(before.plusSeconds(3600), within(Duration.ofSeconds(30)));
    }

    @Test
    void savesTheRotatedPairBeforeUsingTheNewAccessToken() {
        List<Integer> apiCallsSeenAtSave = new ArrayList<>();
        TokenStore delegate = new InMemoryTokenStore(OAuthTokens.ofRefreshToken("rt-one"));
        TokenStore recording = new TokenStore() {
            @Override
            public Optional<OAuthTokens> load() {
                return delegate.load();
            }

            @Override
            public void save(OAuthTokens tokens) {
                apiCallsSeenAtSave.add(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization"))).size());
                delegate.save(tokens);
            }
        };
        wm.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("at-two", "rt-two", 3600))));
        wm.stubFor(get("/v2/organization").willReturn(okJson(ORGANIZATION)));

        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, recording).build())) {
            client.execute(organization());
        }

        assertThat(apiCallsSeenAtSave).containsExactly(0);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization"))).get(0).getHeader("Authorization"))
                .isEqualTo("Bearer at-two");
    }

    @Test
    void usesAFreshAccessTokenWithoutRefreshing() {
        InMemoryTokenStore store = new InMemoryTokenStore(
                new OAuthTokens("at-valid", "rt-one", Instant.now().plus(Duration.ofHours(1))));
        wm.stubFor(get("/v2/organization").willReturn(okJson(ORGANIZATION)));

        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, store).build())) {
            client.execute(organization());
            client.execute(organization());
        }

        assertThat(wm.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH)))).isEmpty();
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization"))))
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer at-valid", "Bearer at-valid");
    }

    @Test
    void refreshesProactivelyWhenTheAccessTokenExpiresWithinTheMargin() {
        InMemoryTokenStore store = new InMemoryTokenStore(
                new OAuthTokens("at-expiring", "rt-one", Instant.now().plusSeconds(30)));
        wm.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("at-two", "rt-two", 3600))));
        wm.stubFor(get("/v2/organization").willReturn(okJson(ORGANIZATION)));

        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, store).build())) {
            client.execute(organization());
        }

        assertThat(wm.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH)))).hasSize(1);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization"))))
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer at-two");
    }

    @Test
    void a401RefreshesOnceAndRetriesTheCallOnce() {
        InMemoryTokenStore store = new InMemoryTokenStore(
                new OAuthTokens("at-revoked", "rt-one", Instant.now().plus(Duration.ofHours(1))));
        wm.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("at-two", "rt-two", 3600))));
        wm.stubFor(get("/v2/organization").withHeader("Authorization", equalTo("Bearer at-revoked"))
                .willReturn(aResponse().withStatus(401)
                        .withBody("{\"errors\":[{\"code\":\"unauthorized\",\"detail\":\"Invalid token\"}]}")));
        wm.stubFor(get("/v2/organization").withHeader("Authorization", equalTo("Bearer at-two"))
                .willReturn(okJson(ORGANIZATION)));

        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, store).build())) {
            assertThat(client.call(organization(), Organization.class).id()).isEqualTo("org-1");
        }

        assertThat(wm.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH)))).hasSize(1);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization"))))
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer at-revoked", "Bearer at-two");
        assertThat(store.load().orElseThrow().refreshToken()).isEqualTo("rt-two");
    }

    @Test
    void aSecond401IsAnAuthenticationError() {
        InMemoryTokenStore store = new InMemoryTokenStore(
                new OAuthTokens("at-revoked", "rt-one", Instant.now().plus(Duration.ofHours(1))));
        wm.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("at-two", "rt-two", 3600))));
        wm.stubFor(get("/v2/organization").willReturn(aResponse().withStatus(401)
                .withHeader("X-Tyk-Trace-Id", "trace-401")
                .withBody("{\"errors\":[{\"code\":\"unauthorized\",\"detail\":\"Invalid token\"}]}")));

        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, store).build())) {
            assertThatThrownBy(() -> client.execute(organization()))
                    .isInstanceOfSatisfying(QontoAuthenticationException.class, e -> {
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.codes()).containsExactly("unauthorized");
                        assertThat(e.traceId()).isEqualTo("trace-401");
                    });
        }

        assertThat(wm.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH)))).hasSize(1);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization")))).hasSize(2);
    }

    @Test
    void aRefusedApiKeyIsNotRetried() {
        wm.stubFor(get("/v2/organization").willReturn(aResponse().withStatus(401)
                .withBody("{\"errors\":[{\"code\":\"bad_request\",\"detail\":\"Authorization field missing\"}]}")));

        try (QontoClient client = QontoClient.create(TestClients.apiKey(wm).build())) {
            assertThatThrownBy(() -> client.execute(organization())).isInstanceOf(QontoAuthenticationException.class)
                    .isNotInstanceOf(QontoOAuthException.class);
        }

        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization")))).hasSize(1);
    }

    @Test
    void invalidGrantIsAnOAuthErrorAndNothingIsCalled() {
        InMemoryTokenStore store = new InMemoryTokenStore(OAuthTokens.ofRefreshToken("rt-dead"));
        wm.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"The refresh token is expired\"}")));

        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, store).build())) {
            assertThatThrownBy(() -> client.execute(organization()))
                    .isInstanceOfSatisfying(QontoOAuthException.class, e -> {
                        assertThat(e.oauthError()).isEqualTo("invalid_grant");
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.getMessage()).contains("The refresh token is expired");
                    });
        }

        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/v2/organization")))).isEmpty();
        assertThat(store.load().orElseThrow().refreshToken()).isEqualTo("rt-dead");
    }

    @Test
    void anHtmlTokenAnswerMeansTheStagingTokenIsMissing() {
        InMemoryTokenStore store = new InMemoryTokenStore(OAuthTokens.ofRefreshToken("rt-one"));
        wm.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html><body>OneLogin</body></html>")));

        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, store).build())) {
            assertThatThrownBy(() -> client.execute(organization())).isInstanceOf(QontoStagingTokenException.class)
                    .hasMessageContaining("staging token missing or invalid");
        }
    }

    @Test
    void anEmptyTokenStoreIsAnOAuthError() {
        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, new InMemoryTokenStore(null)).build())) {
            assertThatThrownBy(() -> client.execute(organization())).isInstanceOf(QontoOAuthException.class)
                    .hasMessageContaining("holds no tokens");
        }
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void theRotatedRefreshTokenSurvivesARestartInAFileTokenStore(@TempDir Path dir) {
        Path file = dir.resolve("qonto-tokens.properties");
        wm.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("at-two", "rt-two", 3600))));
        wm.stubFor(get("/v2/organization").willReturn(okJson(ORGANIZATION)));

        try (QontoClient client = QontoClient.create(
                TestClients.oauth(wm, new FileTokenStore(file, OAuthTokens.ofRefreshToken("rt-one"))).build())) {
            client.execute(organization());
        }
        OAuthTokens persisted = new FileTokenStore(file).load().orElseThrow();
        assertThat(persisted.refreshToken()).isEqualTo("rt-two");
        assertThat(persisted.accessToken()).isEqualTo("at-two");
        assertThat(persisted.expiresAt()).isAfter(Instant.now().plusSeconds(3000));

        // a new process: starts from the file, not from the initial (now dead) refresh token
        try (QontoClient client = QontoClient.create(
                TestClients.oauth(wm, new FileTokenStore(file, OAuthTokens.ofRefreshToken("rt-one"))).build())) {
            client.execute(organization());
        }
        assertThat(wm.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH)))).hasSize(1);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization"))))
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer at-two", "Bearer at-two");
    }

    @Test
    void theNextRefreshSendsTheRotatedRefreshToken(@TempDir Path dir) {
        Path file = dir.resolve("tokens.properties");
        // tokens that are always about to expire: every call needs a refresh
        wm.stubFor(post(TOKEN_PATH).inScenario("rotation").whenScenarioStateIs("Started").willSetStateTo("rotated")
                .willReturn(okJson(tokenJson("at-two", "rt-two", 10))));
        wm.stubFor(post(TOKEN_PATH).inScenario("rotation").whenScenarioStateIs("rotated")
                .willReturn(okJson(tokenJson("at-three", "rt-three", 10))));
        wm.stubFor(get("/v2/organization").willReturn(okJson(ORGANIZATION)));

        try (QontoClient client = QontoClient.create(
                TestClients.oauth(wm, new FileTokenStore(file, OAuthTokens.ofRefreshToken("rt-one"))).build())) {
            client.execute(organization());
            client.execute(organization());
        }

        assertThat(wm.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))))
                .extracting(r -> r.formParameter("refresh_token").firstValue())
                .containsExactly("rt-one", "rt-two");
        assertThat(new FileTokenStore(file).load().orElseThrow().refreshToken()).isEqualTo("rt-three");
    }

    @Test
    void concurrentCallsShareOneRefresh() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore(OAuthTokens.ofRefreshToken("rt-one"));
        stubSlowRefreshAndOrganization();

        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, store).build())) {
            callConcurrently(List.of(client), 6);
        }

        assertThat(wm.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH)))).hasSize(1);
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization")))).hasSize(6);
    }

    /** As the component does for the endpoints of one grant: clients with other options, one token store. */
    @Test
    void clientsSharingATokenStoreShareOneRefresh() throws Exception {
        InMemoryTokenStore store = new InMemoryTokenStore(OAuthTokens.ofRefreshToken("rt-one"));
        stubSlowRefreshAndOrganization();

        try (QontoClient first = QontoClient.create(TestClients.oauth(wm, store).build());
                QontoClient second = QontoClient.create(TestClients.oauth(wm, store)
                        .responseTimeout(Duration.ofSeconds(60)).build())) {
            callConcurrently(List.of(first, second), 6);
        }

        assertThat(wm.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))))
                .extracting(r -> r.formParameter("refresh_token").firstValue()).containsExactly("rt-one");
        assertThat(wm.findAll(getRequestedFor(urlEqualTo("/v2/organization")))).hasSize(6);
        assertThat(store.load().orElseThrow().refreshToken()).isEqualTo("rt-two");
    }

    private static void stubSlowRefreshAndOrganization() {
        // slow enough for every caller to arrive while the refresh is under way
        wm.stubFor(post(TOKEN_PATH).willReturn(okJson(tokenJson("at-two", "rt-two", 3600)).withFixedDelay(200)));
        wm.stubFor(get("/v2/organization").withHeader("Authorization", equalTo("Bearer at-two"))
                .willReturn(okJson(ORGANIZATION)));
    }

    /** Calls the organization from {@code threads} threads released at once, spread over the clients. */
    private static void callConcurrently(List<QontoClient> clients, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Organization>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                QontoClient client = clients.get(i % clients.size());
                Callable<Organization> task = () -> {
                    start.await();
                    return client.call(organization(), Organization.class);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Organization> result : results) {
                assertThat(result.get().id()).isEqualTo("org-1");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTokenEndpointRedirectingToTheLoginMeansTheStagingTokenIsMissing() {
        InMemoryTokenStore store = new InMemoryTokenStore(OAuthTokens.ofRefreshToken("rt-one"));
        wm.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "https://qonto.onelogin.com/login")));

        try (QontoClient client = QontoClient.create(TestClients.oauth(wm, store).build())) {
            assertThatThrownBy(() -> client.execute(organization()))
                    .isInstanceOfSatisfying(QontoStagingTokenException.class, e -> assertThat(e.status()).isEqualTo(302));
        }
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/v2/organization")))).isEmpty();
    }

    @Test
    void aFailedSaveLeavesNoTemporaryFileWithTheTokens(@TempDir Path dir) throws Exception {
        // a non-empty directory where the token file should be: the final move fails
        Path file = dir.resolve("tokens.properties");
        Files.createDirectories(file.resolve("occupied"));
        FileTokenStore store = new FileTokenStore(file);

        assertThatThrownBy(() -> store.save(new OAuthTokens("at-two", "rt-two", null)))
                .isInstanceOf(UncheckedIOException.class);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }
}
