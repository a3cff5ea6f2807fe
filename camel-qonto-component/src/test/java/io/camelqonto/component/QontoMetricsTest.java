package io.camelqonto.component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.camelqonto.component.metrics.MicrometerMeters;
import io.camelqonto.emulator.FaultRule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The component's Micrometer meters, in a registry found in Camel's registry, against what the emulator received. */
class QontoMetricsTest extends QontoTestSupport {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", meters);
        return context;
    }

    private double count(String name, String... tags) {
        var counter = meters.find(name).tags("component", "qonto").tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private long timed(String name, String... tags) {
        var timer = meters.find(name).tags("component", "qonto").tags(tags).timer();
        return timer == null ? 0 : timer.count();
    }

    private double gauge(String name, String... tags) {
        return meters.find(name).tags("component", "qonto").tags(tags).gauge().value();
    }

    @Test
    void requestsRetries429sWaitsAndTokenRefreshesAreCountedAsTheEmulatorSawThem() throws Exception {
        emulator.faults().inject(FaultRule.builder().path("/v2/bank_accounts").status(429).build());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:accounts").to("qonto:bankAccounts");
            }
        });

        template.sendBody("direct:accounts", null);
        template.sendBody("direct:accounts", null);

        assertThat(apiCalls("GET", "/v2/bank_accounts")).hasSize(3);
        assertThat(timed(MicrometerMeters.REQUESTS, "operation", "list_bank_accounts", "status", "200")).isEqualTo(2);
        assertThat(timed(MicrometerMeters.REQUESTS, "operation", "list_bank_accounts", "status", "429")).isEqualTo(1);
        assertThat(count(MicrometerMeters.RETRIES, "operation", "list_bank_accounts", "status", "429")).isEqualTo(1);
        assertThat(count(MicrometerMeters.RATE_LIMITED, "operation", "list_bank_accounts")).isEqualTo(1);
        assertThat(timed(MicrometerMeters.RATE_LIMIT_WAIT, "cause", "pause")).isEqualTo(1);
        // every request that left waited for its permit: the three API calls and the token refresh
        assertThat(emulator.journal().count()).isEqualTo(4);
        assertThat(timed(MicrometerMeters.RATE_LIMIT_WAIT, "cause", "pacing")).isEqualTo(4);
        assertThat(count(MicrometerMeters.TOKEN_REFRESHES, "outcome", "success")).isEqualTo(1);
        assertThat(gauge(MicrometerMeters.RATE_LIMIT_REMAINING, "window", "10s")).isEqualTo(1000 - 4);
        assertThat(gauge(MicrometerMeters.RATE_LIMIT_REMAINING, "window", "10m")).isEqualTo(10000 - 4);
        assertThat(gauge(MicrometerMeters.TOKEN_EXPIRES_IN)).isPositive();
    }

    @Test
    void aConsumersLagIsNowMinusItsCursorAndItsMetersLeaveWithIt() throws Exception {
        Instant updated = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        emulator.store().addTransaction(Map.of("updated_at", updated.toString()));
        emulator.store().addTransaction(Map.of("updated_at", updated.toString()));
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(2);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:transactions?bankAccountId=" + mainAccountId() + "&startFrom="
                     + updated.minus(Duration.ofMinutes(30)) + "&delay=50&initialDelay=0")
                        .routeId("ledger").to("mock:out");
            }
        });
        out.assertIsSatisfied(15_000);

        String[] consumer = { "route", "ledger", "resource", "transactions" };
        // an item counts as delivered when its exchange completes, just after the mock has seen it
        await("both items counted", Duration.ofSeconds(10), () -> meters.find(MicrometerMeters.CONSUMER_DELIVERED)
                .tags(consumer).functionCounter().count() == 2);
        double lag = gauge(MicrometerMeters.CONSUMER_LAG, consumer);
        assertThat(lag).isCloseTo(Duration.between(updated, Instant.now()).toMillis() / 1000.0, within(5.0));
        assertThat(meters.find(MicrometerMeters.CONSUMER_DELIVERED).tags(consumer).functionCounter().count())
                .isEqualTo(2);
        awaitMorePolls("/v2/transactions", 1);
        assertThat(timed(MicrometerMeters.REQUESTS, "operation", "list_transactions", "status", "200"))
                .isPositive();

        context.getRouteController().stopRoute("ledger");

        assertThat(meters.find(MicrometerMeters.CONSUMER_LAG).gauges()).isEmpty();
        assertThat(meters.find(MicrometerMeters.CONSUMER_DELIVERED).functionCounters()).isEmpty();
    }

    @Test
    void theMetersLeaveWithTheComponent() throws Exception {
        assertThat(meters.find(MicrometerMeters.RATE_LIMIT_REMAINING).gauges()).hasSize(2);

        context.stop();

        assertThat(meters.getMeters()).isEmpty();
    }
}
