package io.camelqonto.kamelets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelqonto.component.QontoComponent;
import io.camelqonto.component.QontoConfiguration;
import io.camelqonto.emulator.QontoEmulator;
import io.camelqonto.emulator.QontoEmulatorExtension;
import io.camelqonto.emulator.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.MessageHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs each test against a freshly reset emulator. The kamelets get their connection and credentials the way users are
 * told to give them, as {@code camel.kamelet.<kamelet>.<property>} properties, so that test URIs carry only what a
 * route would.
 */
abstract class KameletTestSupport extends CamelTestSupport {

    static final Set<String> ALL_SCOPES
            = Set.of("organization.read", "payment.write", "request_review.write", "offline_access");

    static final ObjectMapper JSON = new ObjectMapper();

    /** Secrets holding the characters a URI gives a meaning to, which must reach Qonto as they are. */
    static final String API_SECRET = "sk+/k&y=1%2?#";
    static final String CLIENT_SECRET = "cs+/s&c=2%3?#";

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = QontoEmulatorExtension.builder()
            .configure(emulator -> emulator.port(0).seed(42).apiKey("kamelet-org", API_SECRET)
                    .oauthClient("kamelet-client", CLIENT_SECRET))
            .build();

    static QontoEmulator emulator() {
        return QONTO.emulator();
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        kameletProperties(properties);
        return properties;
    }

    /** The {@code camel.kamelet.*} properties of the test; by default every kamelet uses OAuth. */
    protected void kameletProperties(Properties properties) {
        String refreshToken = emulator().oauth().issueTokens(ALL_SCOPES).refreshToken();
        for (String kamelet : List.of("qonto-transactions-source", "qonto-requests-source", "qonto-sepa-transfer-sink",
                "qonto-request-action")) {
            pointAtEmulator(properties, kamelet);
            useOAuth(properties, kamelet, refreshToken);
        }
    }

    static void pointAtEmulator(Properties properties, String kamelet) {
        properties.put("camel.kamelet." + kamelet + ".baseUrl", emulator().baseUrl());
        properties.put("camel.kamelet." + kamelet + ".tokenUrl", emulator().oauthTokenUrl());
    }

    /** One refresh token for all kamelets, as one OAuth consent gives: they must share it, as Qonto rotates it. */
    static void useOAuth(Properties properties, String kamelet, String refreshToken) {
        properties.put("camel.kamelet." + kamelet + ".clientId", emulator().oauthClientId());
        properties.put("camel.kamelet." + kamelet + ".clientSecret", emulator().oauthClientSecret());
        properties.put("camel.kamelet." + kamelet + ".refreshToken", refreshToken);
    }

    static void useApiKey(Properties properties, String kamelet) {
        properties.put("camel.kamelet." + kamelet + ".login", emulator().apiKeyLogin());
        properties.put("camel.kamelet." + kamelet + ".secretKey", emulator().apiKeySecret());
    }

    /** Credentials on the component, as camel.component.qonto.* sets them: kamelets given none of their own use them. */
    static void useOAuthOnTheComponent(CamelContext context, String refreshToken) {
        QontoConfiguration component = context.getComponent("qonto", QontoComponent.class).getConfiguration();
        component.setBaseUrl(emulator().baseUrl());
        component.setTokenUrl(emulator().oauthTokenUrl());
        component.setClientId(emulator().oauthClientId());
        component.setClientSecret(CLIENT_SECRET);
        component.setRefreshToken(refreshToken);
    }

    static String mainAccountId() {
        return emulator().store().bankAccounts().stream()
                .filter(account -> Boolean.TRUE.equals(account.get("main")))
                .map(account -> (String) account.get("id"))
                .findFirst().orElseThrow();
    }

    /** A beneficiary transfers to which need no SCA. */
    static String trustedBeneficiaryId() {
        return emulator().store().beneficiaries().stream()
                .filter(b -> Boolean.TRUE.equals(b.get("trusted")) && "validated".equals(b.get("status")))
                .map(b -> (String) b.get("id"))
                .findFirst().orElseThrow();
    }

    static List<Map<String, Object>> requests(String status, String type) {
        return emulator().store().requests().stream()
                .filter(r -> status.equals(r.get("status")) && type.equals(r.get("request_type")))
                .toList();
    }

    static List<RecordedRequest> apiCalls(String method, String pathPrefix) {
        return emulator().journal().matching(method, pathPrefix);
    }

    /** The query string of a recorded call, decoded. */
    static String decodedQuery(RecordedRequest call) {
        return call.query() == null ? "" : URLDecoder.decode(call.query(), StandardCharsets.UTF_8);
    }

    /** The body of a message as the JSON the kamelets emit; it arrives as a stream, which this reads again each time. */
    static JsonNode json(Exchange exchange) {
        try {
            return JSON.readTree(MessageHelper.extractBodyAsString(exchange.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Waits until a source has polled {@code polls} more times, proof that nothing more comes. */
    static void awaitMorePolls(String pathPrefix, int polls) {
        int seen = apiCalls("GET", pathPrefix).size();
        await(polls + " more polls of " + pathPrefix, Duration.ofSeconds(10),
                () -> apiCalls("GET", pathPrefix).size() >= seen + polls);
    }
}
