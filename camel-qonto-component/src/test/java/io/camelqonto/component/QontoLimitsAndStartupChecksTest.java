package io.camelqonto.component;

import java.time.Duration;
import java.util.List;

import io.camelqonto.client.RateLimiter;
import io.camelqonto.client.error.QontoRateLimitException;
import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.Organization;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The component's side of the rate budget (one limiter for all its endpoints, or one bean shared by several
 * components) and the checks made when an endpoint starts.
 */
class QontoLimitsAndStartupChecksTest extends QontoTestSupport {

    private final RateLimiter shared = RateLimiter.qontoDefault();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("qonto", QontoComponent.class).setRateLimiter(shared);
        // a second component, e.g. for another Qonto organization, drawing on the same per-IP budget
        QontoComponent billing = new QontoComponent();
        pointAtEmulator(billing.getConfiguration());
        useApiKey(billing.getConfiguration());
        billing.setRateLimiter(shared);
        context.addComponent("qontoBilling", billing);
        // a component with a limit of its own
        QontoComponent granted = new QontoComponent();
        pointAtEmulator(granted.getConfiguration());
        useApiKey(granted.getConfiguration());
        granted.setRateLimitPerTenSeconds(3000);
        granted.setRateLimitPerTenMinutes(30000);
        context.addComponent("qontoGranted", granted);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:main").to("qonto:organization?maxAttempts=1");
                from("direct:billing").to("qontoBilling:organization");
            }
        };
    }

    @Test
    void aRetryAfterMetByOneComponentPausesAnotherSharingTheRateLimiter() {
        emulator.faults().inject(FaultRule.builder().method("GET").path("/v2/organization").status(429)
                .retryAfterSeconds(2).build());

        Throwable refused = catchThrowable(() -> template.requestBody("direct:main", (Object) null));
        Organization organization = template.requestBody("direct:billing", null, Organization.class);

        assertThat(refused).isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(QontoRateLimitException.class);
        assertThat(organization.id()).isNotBlank();
        List<RecordedRequest> calls = apiCalls("GET", "/v2/organization");
        assertThat(calls).extracting(RecordedRequest::status).containsExactly(429, 200);
        assertThat(Duration.between(calls.get(0).receivedAt(), calls.get(1).receivedAt()))
                .as("the other component waited out the Retry-After")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void everyEndpointOfAComponentTakesItsPermitsFromTheComponentsLimiter() {
        QontoEndpoint main = context.getEndpoint("qonto:organization?responseTimeout=5000", QontoEndpoint.class);
        QontoEndpoint billing = context.getEndpoint("qontoBilling:transactions?bankAccountId=acc-1", QontoEndpoint.class);
        QontoEndpoint granted = context.getEndpoint("qontoGranted:organization", QontoEndpoint.class);
        QontoEndpoint grantedList = context.getEndpoint("qontoGranted:bankAccounts", QontoEndpoint.class);

        assertThat(main.getClient().config().rateLimiter()).isSameAs(shared);
        assertThat(billing.getClient().config().rateLimiter()).isSameAs(shared);
        RateLimiter own = granted.getClient().config().rateLimiter();
        assertThat(own).isNotSameAs(shared).isSameAs(grantedList.getClient().config().rateLimiter());
        assertThat(own.windows()).containsExactly(new RateLimiter.Window(3000, Duration.ofSeconds(10)),
                new RateLimiter.Window(30000, Duration.ofMinutes(10)));
    }

    @Test
    void aRateLimitBelowOneFailsTheRouteNamingTheOption() {
        context.getComponent("qontoGranted", QontoComponent.class).setRateLimitPerTenMinutes(0);

        Throwable thrown = catchThrowable(() -> context.getEndpoint("qontoGranted:organization"));

        assertThat(rootCause(thrown)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fields()).containsExactly("rateLimitPerTenMinutes"));
    }

    @Test
    void anUnusableBaseUrlFailsTheEndpointAtStartNamingTheOptionNotTheValue() {
        Throwable fileUrl = catchThrowable(() -> context.getEndpoint("qonto:organization?baseUrl=file:///etc"));
        Throwable plainHttp = catchThrowable(() -> context.getEndpoint(
                "qonto:organization?baseUrl=https://qonto.example&tokenUrl=http://user:pa55@oauth.qonto.example/token"));

        assertThat(rootCause(fileUrl)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fields()).containsExactly("baseUrl"));
        assertThat(rootCause(plainHttp)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.fields()).containsExactly("tokenUrl");
            assertThat(e.getMessage()).doesNotContain("pa55");
        });
        assertThat(emulator.journal().all()).isEmpty();
    }

    @Test
    void plainHttpToAnotherHostStartsOnlyWhenExplicitlyAllowed() {
        String uri = "qonto:organization?baseUrl=http://qonto-proxy.internal&tokenUrl=http://qonto-proxy.internal/token";

        Throwable refused = catchThrowable(() -> context.getEndpoint(uri));
        QontoEndpoint allowed = context.getEndpoint(uri + "&allowInsecureHttp=true", QontoEndpoint.class);

        assertThat(rootCause(refused)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("baseUrl", "allowInsecureHttp=true"));
        assertThat(allowed.getClient().config().baseUrl()).isEqualTo("http://qonto-proxy.internal");
    }

    @Test
    void theResponseLimitsReachTheClient() {
        QontoEndpoint endpoint = context.getEndpoint("qonto:organization?callTimeout=5000&maxResponseSize=1048576",
                QontoEndpoint.class);
        QontoEndpoint defaults = context.getEndpoint("qonto:organization", QontoEndpoint.class);

        assertThat(endpoint.getClient().config().callTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(endpoint.getClient().config().maxResponseSize()).isEqualTo(1048576);
        assertThat(defaults.getClient().config().callTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(defaults.getClient().config().maxResponseSize()).isEqualTo(16L * 1024 * 1024);
        assertThat(rootCause(catchThrowable(() -> context.getEndpoint("qonto:organization?callTimeout=0"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fields()).containsExactly("callTimeout"));
    }
}
