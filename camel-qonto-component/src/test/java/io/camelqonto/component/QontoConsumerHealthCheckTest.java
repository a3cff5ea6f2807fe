package io.camelqonto.component;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import io.camelqonto.component.health.QontoDiagnosis;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.QontoEmulator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer's health check is DOWN from its first failed poll, and says why, as Camel's health registry (and so
 * Actuator or a Kubernetes probe) reports it; it is UP again after the next good poll.
 */
class QontoConsumerHealthCheckTest extends QontoTestSupport {

    private static final String ROUTE = "following";

    private String transactions(String extra) {
        return "qonto:transactions?bankAccountId=" + mainAccountId() + "&startFrom=now&delay=50&initialDelay=0"
               + extra;
    }

    private void consume(String uri) throws Exception {
        // what Camel Main and Spring Boot do at startup: look up the repository of the consumers' checks
        assertThat(HealthCheckHelper.getHealthCheckRepository(context, "consumers")).isNotNull();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(ROUTE).to("mock:out");
            }
        });
    }

    /** The consumer's result as Camel's health registry reports it. */
    private HealthCheck.Result consumerHealth() {
        return HealthCheckHelper.invoke(context).stream()
                .filter(result -> result.getCheck().getId().equals("consumer:" + ROUTE))
                .findFirst().orElseThrow(() -> new AssertionError("no consumer check among "
                        + HealthCheckHelper.invoke(context).stream().map(r -> r.getCheck().getId()).toList()));
    }

    /** Waits until the registry reports the consumer DOWN with a reason, and returns that result. */
    private HealthCheck.Result awaitDown() {
        HealthCheck.Result[] down = new HealthCheck.Result[1];
        await("the consumer to be reported DOWN with a reason", Duration.ofSeconds(15), () -> {
            HealthCheck.Result result = consumerHealth();
            down[0] = result;
            return result.getState() == HealthCheck.State.DOWN
                   && result.getDetails().containsKey(QontoDiagnosis.REASON);
        });
        return down[0];
    }

    @Test
    void refusedCredentialsAreTheReasonAndAGoodPollMakesItUpAgain() throws Exception {
        emulator.faults().inject(FaultRule.builder().path("/v2/transactions").status(401).rate(1.0).build());
        consume(transactions(""));

        HealthCheck.Result down = awaitDown();

        assertThat(down.getDetails()).containsEntry(QontoDiagnosis.REASON, "unauthorized")
                .containsEntry(QontoDiagnosis.STATUS, 401);
        assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("Consumer failed polling").contains("refused the credentials"));

        emulator.faults().clear();
        await("the consumer to be UP again", Duration.ofSeconds(15),
                () -> consumerHealth().getState() == HealthCheck.State.UP);
    }

    @Test
    void aMissingScopeIsNamed() throws Exception {
        String withoutReadScope = emulator.oauth().issueTokens(Set.of("payment.write", "offline_access"))
                .refreshToken();
        consume(transactions("&refreshToken=" + withoutReadScope));

        HealthCheck.Result down = awaitDown();

        assertThat(down.getDetails()).containsEntry(QontoDiagnosis.REASON, "missing_scope")
                .containsEntry(QontoDiagnosis.SCOPE, "organization.read");
        assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("lacks the scope organization.read"));
        assertThat(down.getDetails().values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain(withoutReadScope));
    }

    @Test
    void qontosRateLimitIsTheReason() throws Exception {
        emulator.faults().inject(FaultRule.builder().path("/v2/transactions").status(429).rate(1.0).build());
        consume(transactions("&maxAttempts=1"));

        HealthCheck.Result down = awaitDown();

        assertThat(down.getDetails()).containsEntry(QontoDiagnosis.REASON, "rate_limited")
                .containsEntry(QontoDiagnosis.STATUS, 429);
    }

    @Test
    void anUnreachableQontoIsTheReason() throws Exception {
        consume(transactions("&baseUrl=http://127.0.0.1:1&maxAttempts=1"));

        HealthCheck.Result down = awaitDown();

        assertThat(down.getDetails()).containsEntry(QontoDiagnosis.REASON, "unreachable");
    }

    @Test
    void aSandboxAnsweringWithItsLoginPageMeansAMissingStagingToken() throws Exception {
        try (QontoEmulator sandbox = QontoEmulator.builder().port(0).seed(42).stagingToken("sandbox-staging-token")
                .build().start()) {
            consume(transactions("&baseUrl=" + sandbox.baseUrl() + "&tokenUrl=" + sandbox.oauthTokenUrl()));

            HealthCheck.Result down = awaitDown();

            assertThat(down.getDetails()).containsEntry(QontoDiagnosis.REASON, "staging_token");
            assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("stagingToken"));
        }
    }

    @Test
    void theEndpointUriIsShownWithItsIbanMasked() throws Exception {
        String iban = mainAccountIban();
        emulator.faults().inject(FaultRule.builder().path("/v2/transactions").status(401).rate(1.0).build());
        consume("qonto:transactions?iban=" + iban + "&startFrom=now&delay=50&initialDelay=0");

        HealthCheck.Result down = awaitDown();

        Map<String, Object> details = down.getDetails();
        assertThat(details.get(HealthCheck.ENDPOINT_URI).toString()).doesNotContain(iban)
                .contains(iban.substring(0, 4)).contains(iban.substring(iban.length() - 4));
        assertThat(details.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(iban));
        assertThat(down.getMessage().orElseThrow()).doesNotContain(iban);
    }
}
