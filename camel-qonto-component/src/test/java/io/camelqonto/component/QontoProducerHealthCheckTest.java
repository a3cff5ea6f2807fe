package io.camelqonto.component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import io.camelqonto.client.QontoClient;
import io.camelqonto.component.health.QontoDiagnosis;
import io.camelqonto.component.health.QontoProducerHealthCheck;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The producer health check: UP when Qonto answers the endpoint's credentials, DOWN with the reason when it does not,
 * and as cheap as it can be with Qonto's rate budget.
 */
class QontoProducerHealthCheckTest extends QontoTestSupport {

    private static final String PING_PATH = "/v2/organization";

    private void producer(String routeId, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + routeId).routeId(routeId).to(uri);
            }
        });
    }

    private QontoComponent component() {
        return context.getComponent("qonto", QontoComponent.class);
    }

    /** The check Camel's producers repository holds for this endpoint. */
    private HealthCheck check(String uri) {
        QontoEndpoint endpoint = context.getEndpoint(uri, QontoEndpoint.class);
        HealthCheck check = component().monitoring().producerHealthCheck(endpoint).orElseThrow();
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        assertThat(producers).isNotNull();
        producers.setEnabled(true);
        assertThat(producers.stream()).contains(check);
        return check;
    }

    private static List<RecordedRequest> pings() {
        return apiCalls("GET", PING_PATH);
    }

    @Test
    void withoutTrafficQontoIsPingedAtMostOncePerInterval() throws Exception {
        component().setHealthCheckProbeInterval(300);
        producer("accounts", "qonto:bankAccounts");
        HealthCheck check = check("qonto:bankAccounts");

        HealthCheck.Result first = check.call();
        HealthCheck.Result second = check.call();

        assertThat(first.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(first.getDetails()).containsEntry(QontoProducerHealthCheck.EVIDENCE, "ping")
                .containsKey(QontoProducerHealthCheck.TOKEN_EXPIRES_AT);
        assertThat(second.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(pings()).as("the second check within the interval reuses the first ping").hasSize(1);

        Thread.sleep(350);
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(pings()).as("a new interval, a new ping").hasSize(2);
    }

    @Test
    void theRoutesOwnSuccessfulRequestsProveAccessWithoutAPing() throws Exception {
        producer("accounts", "qonto:bankAccounts");
        template.sendBody("direct:accounts", null);

        HealthCheck.Result result = check("qonto:bankAccounts").call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry(QontoProducerHealthCheck.EVIDENCE, "traffic");
        assertThat(pings()).isEmpty();
    }

    @Test
    void refusedCredentialsMakeItDownWithTheReason() throws Exception {
        producer("accounts", "qonto:bankAccounts");
        emulator.faults().inject(FaultRule.builder().path("/v2/").status(401).rate(1.0).build());

        HealthCheck.Result result = check("qonto:bankAccounts").call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("refused the credentials"));
        assertThat(result.getDetails()).containsEntry(QontoDiagnosis.REASON, "unauthorized")
                .containsEntry(QontoDiagnosis.STATUS, 401);
    }

    @Test
    void anUnreachableQontoMakesItDownWithTheReason() throws Exception {
        String uri = "qonto:bankAccounts?baseUrl=http://127.0.0.1:1&connectTimeout=2000";
        producer("unreachable", uri);

        HealthCheck.Result result = check(uri).call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(QontoDiagnosis.REASON, "unreachable");
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("cannot be reached"));
    }

    @Test
    void aRefusedTokenRefreshMakesItDownWithTheReasonAndNoSecret() throws Exception {
        String uri = "qonto:bankAccounts?refreshToken=revoked-refresh-token";
        producer("revoked", uri);

        HealthCheck.Result result = check(uri).call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(QontoDiagnosis.REASON, "token_not_refreshable");
        assertThat(result.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("consent again"));
        assertThat(result.getDetails().get(HealthCheck.ENDPOINT_URI).toString())
                .doesNotContain("revoked-refresh-token");
        assertThat(pings()).as("no access token, so no API request").isEmpty();
    }

    @Test
    void whileQontoAsksEveryoneToWaitNothingIsSent() throws Exception {
        producer("accounts", "qonto:bankAccounts");
        QontoClient client = context.getEndpoint("qonto:bankAccounts", QontoEndpoint.class).getClient();
        client.config().rateLimiter().pause(Duration.ofSeconds(30));

        HealthCheck.Result result = check("qonto:bankAccounts").call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry(QontoDiagnosis.REASON, "rate_limited")
                .containsKey(QontoDiagnosis.RETRY_AFTER);
        assertThat(apiCalls()).isEmpty();
    }

    @Test
    void switchedOffByTheComponentOptionItIsUnknownAndSendsNothing() throws Exception {
        component().setHealthCheckProducerEnabled(false);
        producer("accounts", "qonto:bankAccounts");

        HealthCheck.Result result = check("qonto:bankAccounts").call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UNKNOWN);
        assertThat(apiCalls()).isEmpty();
    }

    @Test
    void camelsHealthRegistryReportsItOnceProducerChecksAreOn() throws Exception {
        producer("accounts", "qonto:bankAccounts");
        HealthCheck check = check("qonto:bankAccounts");

        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context);

        assertThat(results).filteredOn(result -> result.getCheck().getId().equals(check.getId()))
                .singleElement()
                .satisfies(result -> assertThat(result.getState()).isEqualTo(HealthCheck.State.UP));
        assertThat(check.getId()).startsWith("producer:qonto-");
    }

    @Test
    void aNegativeProbeIntervalFailsTheRouteNamingTheOption() {
        component().setHealthCheckProbeInterval(-1);

        Throwable thrown = catchThrowable(() -> producer("accounts", "qonto:bankAccounts"));

        assertThat(rootCause(thrown)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fields()).containsExactly("healthCheckProbeInterval"));
        assertThat(apiCalls()).isEmpty();
    }

    @Test
    void theCheckLeavesWithTheLastProducerOfItsEndpoint() throws Exception {
        producer("accounts", "qonto:bankAccounts");
        HealthCheck check = check("qonto:bankAccounts");

        context.getRouteController().stopRoute("accounts");
        context.removeRoute("accounts");

        assertThat(HealthCheckHelper.getHealthCheckRepository(context, "producers").stream()).doesNotContain(check);
    }
}
