package io.camelqonto.component;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import io.camelqonto.emulator.OAuthTokens;
import io.camelqonto.emulator.QontoEmulator;
import io.camelqonto.emulator.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs each test against a fresh emulator state, with the qonto component pointed at the emulator and configured at
 * component level (as users do with camel.component.qonto.*), so that the URIs under test stay as users write them.
 */
abstract class QontoTestSupport extends CamelTestSupport {

    static final Set<String> ALL_SCOPES
            = Set.of("organization.read", "payment.write", "request_review.write", "offline_access",
                    "beneficiary.trust", "internal_transfer.write", "request_transfers.write",
                    "international_transfer.write",
                    "card.read", "card.write", "request_cards.write", "membership.read", "membership.write",
                    "team.read", "team.write", "bank_account.write", "einvoicing.read",
                    "client.read", "client.write", "client_invoices.read", "client_invoice.write",
                    "payment_link.read", "payment_link.write",
                    "attachment.write", "supplier_invoice.read", "supplier_invoice.write", "insurance_contract.read",
                    "insurance_contract.write", "embed_auth_link.write", "webhook");

    static QontoEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = QontoEmulator.builder().port(0).seed(42).build().start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Override
    protected void doPreSetup() throws Exception {
        emulator.reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        configure(context.getComponent("qonto", QontoComponent.class).getConfiguration());
        return context;
    }

    /** The component's configuration: OAuth with every scope a test needs, unless a test says otherwise. */
    protected void configure(QontoConfiguration configuration) {
        pointAtEmulator(configuration);
        useOAuth(configuration);
    }

    static void pointAtEmulator(QontoConfiguration configuration) {
        configuration.setBaseUrl(emulator.baseUrl());
        configuration.setTokenUrl(emulator.oauthTokenUrl());
        // keep the tests fast when a call is retried
        configuration.setRetryInitialDelay(50);
        configuration.setRetryMaxDelay(200);
    }

    static void useOAuth(QontoConfiguration configuration) {
        OAuthTokens tokens = emulator.oauth().issueTokens(ALL_SCOPES);
        configuration.setClientId(emulator.oauthClientId());
        configuration.setClientSecret(emulator.oauthClientSecret());
        configuration.setRefreshToken(tokens.refreshToken());
    }

    static void useApiKey(QontoConfiguration configuration) {
        configuration.setLogin(emulator.apiKeyLogin());
        configuration.setSecretKey(emulator.apiKeySecret());
    }

    /**
     * Points a context's qonto component at a stub of Qonto's API (WireMock) with an API key the stub does not check.
     *
     * @return the context
     */
    static CamelContext pointAtStub(CamelContext context, String baseUrl) {
        QontoConfiguration configuration = context.getComponent("qonto", QontoComponent.class).getConfiguration();
        configuration.setBaseUrl(baseUrl);
        configuration.setLogin("acme-1234");
        configuration.setSecretKey("not-a-real-secret");
        return context;
    }

    static String mainAccountId() {
        return emulator.store().bankAccounts().stream()
                .filter(account -> Boolean.TRUE.equals(account.get("main")))
                .map(account -> (String) account.get("id"))
                .findFirst().orElseThrow();
    }

    static String mainAccountIban() {
        return emulator.store().bankAccounts().stream()
                .filter(account -> Boolean.TRUE.equals(account.get("main")))
                .map(account -> (String) account.get("iban"))
                .findFirst().orElseThrow();
    }

    /** A beneficiary transfers to which need no SCA. */
    static Map<String, Object> trustedBeneficiary() {
        return emulator.store().beneficiaries().stream()
                .filter(b -> Boolean.TRUE.equals(b.get("trusted")) && "validated".equals(b.get("status")))
                .findFirst().orElseThrow();
    }

    /** Calls of the Qonto API the emulator received (OAuth token calls left out). */
    static List<RecordedRequest> apiCalls() {
        return emulator.journal().matching(null, "/v2/");
    }

    static List<RecordedRequest> apiCalls(String method, String pathPrefix) {
        return emulator.journal().matching(method, pathPrefix);
    }

    /** The query string of a recorded call, decoded. */
    static String decodedQuery(RecordedRequest call) {
        return call.query() == null ? "" : URLDecoder.decode(call.query(), StandardCharsets.UTF_8);
    }

    /** Waits for a condition, checking it every few milliseconds. */
    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("Timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("Interrupted while waiting for " + what);
            }
        }
    }

    /** Waits until the consumer has polled the resource {@code polls} more times, proof that nothing more comes. */
    static void awaitMorePolls(String pathPrefix, int polls) {
        int seen = apiCalls("GET", pathPrefix).size();
        await(polls + " more polls of " + pathPrefix, Duration.ofSeconds(10),
                () -> apiCalls("GET", pathPrefix).size() >= seen + polls);
    }

    /** The innermost cause: the exception the component threw under Camel's wrappers. */
    static Throwable rootCause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
