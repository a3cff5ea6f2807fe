package io.camelqonto.component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.OAuthTokens;
import io.camelqonto.emulator.QontoEmulator;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.Iban;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With every logger at TRACE, consumers and producers on both API-key and OAuth credentials, successes and failures:
 * no secret and no full IBAN shows up in the logs, in exception messages, or in how endpoints print themselves.
 */
class QontoSecretsTest extends CamelTestSupport {

    private static final String LOGIN = "acme-org";
    private static final String SECRET_KEY = "S3cr3t-K3y-1234";
    private static final String CLIENT_ID = "acme-client";
    private static final String CLIENT_SECRET = "cl13nt-s3cr3t";
    private static final String STAGING_TOKEN = "st4g1ng-T0k3n-9876";

    private static QontoEmulator emulator;
    private static OAuthTokens consent;

    @TempDir
    static Path dir;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();
    private Level previousLevel;

    @BeforeAll
    static void startEmulator() {
        emulator = QontoEmulator.builder().apiKey(LOGIN, SECRET_KEY).oauthClient(CLIENT_ID, CLIENT_SECRET)
                .stagingToken(STAGING_TOKEN).start();
        consent = emulator.oauth().issueTokens(QontoTestSupport.ALL_SCOPES);
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Override
    protected void doPreSetup() {
        // from before the context starts, so that configuring and creating endpoints is captured too
        Logger root = rootLogger();
        previousLevel = root.getLevel();
        root.iteratorForAppenders().forEachRemaining(detached::add);
        detached.forEach(root::detachAppender);
        captured.setContext(root.getLoggerContext());
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.TRACE);
    }

    @Override
    protected void doPostTearDown() {
        Logger root = rootLogger();
        root.detachAppender(captured);
        detached.forEach(root::addAppender);
        root.setLevel(previousLevel);
    }

    private static Logger rootLogger() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // reads with the API key, on a component of their own
        QontoComponent reader = new QontoComponent();
        reader.getConfiguration().setBaseUrl(emulator.baseUrl());
        reader.getConfiguration().setStagingToken(STAGING_TOKEN);
        reader.getConfiguration().setLogin(LOGIN);
        reader.getConfiguration().setSecretKey(SECRET_KEY);
        context.addComponent("qonto-reader", reader);
        // writes with OAuth, the rotated tokens kept in a file
        QontoConfiguration writer = context.getComponent("qonto", QontoComponent.class).getConfiguration();
        writer.setBaseUrl(emulator.baseUrl());
        writer.setTokenUrl(emulator.oauthTokenUrl());
        writer.setStagingToken(STAGING_TOKEN);
        writer.setClientId(CLIENT_ID);
        writer.setClientSecret(CLIENT_SECRET);
        writer.setRefreshToken(consent.refreshToken());
        writer.setTokenFile(dir.resolve("tokens.properties").toString());
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto-reader:requests?status=pending&requestType=transfer&delay=50&initialDelay=0")
                        .to("mock:requests");
                from("direct:pay").to("qonto:sepaTransfer?scaMode=mock");
                from("direct:pay-or-fail").to("qonto:sepaTransfer");
                from("direct:approve").to("qonto:request?operation=approve&scaMode=mock");
            }
        };
    }

    @Test
    void noSecretAndNoFullIbanAppearsAnywhere() throws Exception {
        String beneficiaryIban = TestIbans.french(9001);
        String badIban = TestIbans.withBadChecksum(TestIbans.french(9002));
        String debitIban = (String) emulator.store().bankAccounts().stream()
                .filter(a -> Boolean.TRUE.equals(a.get("main"))).findFirst().orElseThrow().get("iban");
        String accountId = (String) emulator.store().bankAccounts().stream()
                .filter(a -> Boolean.TRUE.equals(a.get("main"))).findFirst().orElseThrow().get("id");
        Map<String, Object> request = emulator.store().requests().stream()
                .filter(r -> "pending".equals(r.get("status")) && "transfer".equals(r.get("request_type")))
                .findFirst().orElseThrow();
        MockEndpoint requests = getMockEndpoint("mock:requests");
        requests.expectedMinimumMessageCount(1);
        List<Throwable> failures = new ArrayList<>();

        requests.assertIsSatisfied(15_000);
        List<?> listed = template.requestBodyAndHeader("qonto-reader:sepaBeneficiaries", null,
                // a beneficiaries filter by IBAN, kept out of the URI like the credentials
                QontoConstants.QUERY, Map.of("iban", listedBeneficiaryIban()), List.class);
        Exchange paid = template.request("direct:pay", e -> e.getMessage().setBody(transfer(accountId,
                NewSepaBeneficiary.of("Hooli Europe SAS", beneficiaryIban), "Secrets test 1")));
        // the access token dies: the next call is refused, and the client refreshes and rotates the pair
        emulator.oauth().expireAccessTokens();
        Exchange approved = template.request("direct:approve", e -> {
            e.getMessage().setHeader(QontoConstants.ID, request.get("id"));
            e.getMessage().setHeader(QontoConstants.REQUEST_TYPE, "transfer");
            e.getMessage().setHeader(QontoConstants.DEBIT_IBAN, debitIban);
        });
        failures.add(template.request("direct:pay-or-fail", e -> e.getMessage().setBody(transfer(accountId,
                NewSepaBeneficiary.of("Hooli Europe SAS", TestIbans.french(9003)), "Secrets test 2")))
                .getException());
        failures.add(template.request("direct:pay", e -> e.getMessage().setBody(transfer(accountId,
                NewSepaBeneficiary.of("Hooli Europe SAS", badIban), "Secrets test 3"))).getException());

        assertThat(listed).isNotEmpty();
        assertThat(paid.getException()).isNull();
        assertThat(approved.getException()).isNull();
        assertThat(failures).doesNotContainNull();
        Properties tokens = new Properties();
        try (var in = Files.newBufferedReader(dir.resolve("tokens.properties"))) {
            tokens.load(in);
        }
        Set<String> secrets = new HashSet<>(Set.of(SECRET_KEY, CLIENT_SECRET, STAGING_TOKEN, consent.refreshToken(),
                consent.accessToken(), tokens.getProperty("refresh_token"), tokens.getProperty("access_token"),
                beneficiaryIban, badIban, debitIban, listedBeneficiaryIban()));
        List<RecordedRequest> refreshes = emulator.journal().matching("POST", "/oauth2/token");
        assertThat(refreshes).as("token refreshes, the first and the one after the 401").hasSizeGreaterThanOrEqualTo(2);
        // every refresh token and access token the client ever sent, rotated ones included
        refreshes.forEach(r -> secrets.add(URLDecoder.decode(r.body().replaceAll(".*refresh_token=([^&]*).*", "$1"),
                StandardCharsets.UTF_8)));
        Set<String> accessTokens = new HashSet<>();
        emulator.journal().matching(null, "/v2/").forEach(r -> r.header("Authorization")
                .filter(a -> a.startsWith("Bearer ")).ifPresent(a -> accessTokens.add(a.substring(7))));
        assertThat(accessTokens).as("access tokens used, before and after the refresh").hasSizeGreaterThanOrEqualTo(2);
        secrets.addAll(accessTokens);

        List<String> logs = renderedLogs();
        assertThat(logs).as("TRACE logging was captured").hasSizeGreaterThan(100);
        assertThat(logs).as("component logs are part of what was captured").anyMatch(l -> l.contains("io.camelqonto"));
        for (String secret : secrets) {
            // the lines are reported with the secret blanked out, so a failure does not print it either
            assertThat(logs.stream().filter(l -> l.contains(secret)).map(l -> l.replace(secret, "<LEAKED>")))
                    .as("log lines").isEmpty();
            for (Throwable failure : failures) {
                for (Throwable t = failure; t != null; t = t.getCause()) {
                    assertThat(String.valueOf(t.getMessage())).as("exception message").doesNotContain(secret);
                }
            }
            for (Endpoint endpoint : context.getEndpoints()) {
                assertThat(endpoint.toString()).as("endpoint toString").doesNotContain(secret);
                assertThat(endpoint.getEndpointUri()).as("endpoint URI").doesNotContain(secret);
            }
        }
    }

    /**
     * Secrets written into a URI are masked wherever the endpoint prints itself. (Camel itself logs the URI it
     * resolves at TRACE level, before any component sees it: secrets belong in component options, as above.)
     */
    @Test
    void anEndpointMasksTheSecretsOfItsUri() {
        Endpoint endpoint = context.getEndpoint("qonto:organization?login=" + LOGIN + "&secretKey=" + SECRET_KEY
                + "&clientId=" + CLIENT_ID + "&clientSecret=" + CLIENT_SECRET + "&accessToken=at-" + SECRET_KEY
                + "&refreshToken=rt-" + SECRET_KEY + "&stagingToken=" + STAGING_TOKEN);

        assertThat(endpoint.toString()).contains("secretKey=xxxxxx", "clientSecret=xxxxxx", "accessToken=xxxxxx",
                "refreshToken=xxxxxx", "stagingToken=xxxxxx").doesNotContain(SECRET_KEY, CLIENT_SECRET, STAGING_TOKEN);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(SECRET_KEY, CLIENT_SECRET,
                STAGING_TOKEN);
    }

    /**
     * IBANs written into endpoint URIs: a consumer whose polls fail (Camel warns with the endpoint on each) and a
     * producer whose call fails (Camel's error handler logs the exchange) print them masked.
     */
    @Test
    void ibansInEndpointUrisAreMaskedWhereverCamelPrintsTheEndpoint() throws Exception {
        String accountIban = mainAccount().get("iban").toString();
        String debitIban = accountIban;
        emulator.faults().inject(FaultRule.builder().method("GET").path("/v2/transactions").status(500).times(20)
                .build());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto-reader:transactions?iban=" + accountIban + "&delay=50&initialDelay=0&maxAttempts=1")
                        .routeId("ledger").to("mock:ledger");
                from("direct:approve-unknown").routeId("approve-unknown")
                        .to("qonto:request?operation=approve&scaMode=mock&debitIban=" + debitIban);
            }
        });
        Endpoint consumed = context.getRoute("ledger").getEndpoint();
        QontoTestSupport.await("failed polls", java.time.Duration.ofSeconds(10),
                () -> emulator.journal().matching("GET", "/v2/transactions").size() >= 3);
        Exchange failed = template.request("direct:approve-unknown", e -> {
            e.getMessage().setHeader(QontoConstants.ID, "0d9d8a8e-5e6c-4b4c-9b3e-000000000000");
            e.getMessage().setHeader(QontoConstants.REQUEST_TYPE, "transfer");
        });
        context.getRouteController().stopRoute("ledger");

        assertThat(failed.getException()).isNotNull();
        List<String> logs = renderedLogs();
        assertThat(logs).as("the consumer warned of its failed polls")
                .anyMatch(l -> l.contains("Failed polling endpoint") && l.contains("FR76"));
        // Camel's own DEBUG and TRACE lines about building routes echo the URI as the route wrote it, before and
        // beside any endpoint: beyond a component's reach, and the reason to keep IBANs out of URIs at those levels
        assertThat(List.copyOf(captured.list).stream().filter(e -> render(e).contains(accountIban))
                .map(e -> e.getLevel() + " " + e.getLoggerName() + " " + render(e).replace(accountIban, "<IBAN>")))
                .as("log lines with the full IBAN").isNotEmpty()
                .allMatch(l -> l.matches("(?s)(DEBUG|TRACE) org\\.apache\\.camel\\.(impl|support|reifier)\\..*"));
        assertThat(consumed.toString()).doesNotContain(accountIban).contains(Iban.mask(accountIban));
        assertThat(consumed.getEndpointUri()).doesNotContain(accountIban);
        assertThat(URISupport.sanitizeUri(consumed.getEndpointUri())).doesNotContain(accountIban);
    }

    private static Map<String, Object> mainAccount() {
        return emulator.store().bankAccounts().stream().filter(a -> Boolean.TRUE.equals(a.get("main"))).findFirst()
                .orElseThrow();
    }

    private static String listedBeneficiaryIban() {
        return (String) emulator.store().beneficiaries().get(0).get("iban");
    }

    private static NewSepaTransfer transfer(String accountId, NewSepaBeneficiary beneficiary, String reference) {
        return new NewSepaTransfer(accountId, null, beneficiary, reference, "99.00", null, null, null);
    }

    /** Each captured event as one string: logger, message with its arguments, MDC, and stack trace. */
    private List<String> renderedLogs() {
        return List.copyOf(captured.list).stream().map(QontoSecretsTest::render).toList();
    }

    private static String render(ILoggingEvent event) {
        String line = event.getLoggerName() + " " + event.getFormattedMessage() + " " + event.getMDCPropertyMap();
        if (event.getThrowableProxy() != null) {
            line += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
        }
        return line;
    }
}
