package io.camelqonto.component;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.camelqonto.client.auth.InMemoryTokenStore;
import io.camelqonto.client.auth.OAuthTokens;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The consumer's and the component's JMX attributes, read through the platform MBean server as JConsole or a JMX
 * exporter reads them.
 */
class QontoJmxTest extends QontoTestSupport {

    private final InMemoryTokenStore tokens = new InMemoryTokenStore(null);

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withEnableJMX();
    }

    @Override
    protected void configure(QontoConfiguration configuration) {
        super.configure(configuration);
        // the tokens in a store of the test's own, so that it can tell the current access token
        tokens.save(OAuthTokens.ofRefreshToken(configuration.getRefreshToken()));
        configuration.setRefreshToken(null);
        configuration.setTokenStore(tokens);
    }

    private static MBeanServer server() {
        return ManagementFactory.getPlatformMBeanServer();
    }

    private ObjectName mbean(String type, String name) throws Exception {
        Set<ObjectName> names = server().queryNames(new ObjectName("org.apache.camel:context="
                + context.getManagementName() + ",type=" + type + ",name=" + name + ",*"), null);
        assertThat(names).hasSize(1);
        return names.iterator().next();
    }

    private static Object attribute(ObjectName name, String attribute) throws Exception {
        return server().getAttribute(name, attribute);
    }

    @Test
    void theConsumerShowsItsCursorLastPollAndDeliveries() throws Exception {
        Instant updated = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
        String first = emulator.store().addTransaction(Map.of("updated_at", updated.toString()));
        String second = emulator.store().addTransaction(Map.of("updated_at", updated.toString()));
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
        awaitMorePolls("/v2/transactions", 2);

        ObjectName consumer = mbean("consumers", "*");
        assertThat(attribute(consumer, "RouteId")).isEqualTo("ledger");
        assertThat(attribute(consumer, "Resource")).isEqualTo("transactions");
        assertThat(attribute(consumer, "CursorField")).isEqualTo("updated_at");
        assertThat(attribute(consumer, "CursorInstant")).isEqualTo(updated.toString());
        assertThat((String[]) attribute(consumer, "CursorIds")).containsExactlyInAnyOrder(first, second);
        assertThat(attribute(consumer, "ItemsDelivered")).isEqualTo(2L);
        assertThat((long) attribute(consumer, "LagSeconds")).isBetween(30 * 60L, 30 * 60L + 60);
        Instant lastPoll = Instant.parse((String) attribute(consumer, "LastPollStarted"));
        assertThat(lastPoll).isCloseTo(Instant.now(), within(Duration.ofSeconds(10)));
        assertThat(attribute(consumer, "LastPollCompleted")).isNotNull();
        assertThat(attribute(consumer, "LastPollError")).isNull();
        assertThat((String) attribute(consumer, "StateKey")).startsWith("qonto:transactions:updated_at:");
    }

    @Test
    void theComponentShowsItsRateBudgetTokenExpiryAndCountsButNeverTheToken() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:accounts").to("qonto:bankAccounts");
            }
        });
        for (int i = 0; i < 3; i++) {
            template.sendBody("direct:accounts", null);
        }

        ObjectName component = mbean("components", "\"qonto\"");
        long sent = apiCalls().size();
        assertThat(sent).isEqualTo(3);
        assertThat(attribute(component, "Requests")).isEqualTo(sent);
        // the limiter counts every request that left, the token refresh included
        int left = emulator.journal().count();
        assertThat(left).isEqualTo(4);
        assertThat(attribute(component, "RateLimitRemainingPerTenSeconds")).isEqualTo(1000 - left);
        assertThat(attribute(component, "RateLimitRemainingPerTenMinutes")).isEqualTo(10000 - left);
        assertThat(attribute(component, "RateLimitPauseRemaining")).isEqualTo(0L);
        assertThat(attribute(component, "TokenRefreshes")).isEqualTo(1L);
        assertThat(attribute(component, "TokenRefreshFailures")).isEqualTo(0L);
        assertThat(attribute(component, "Retries")).isEqualTo(0L);
        assertThat(attribute(component, "RateLimitedRequests")).isEqualTo(0L);
        Instant expiry = Instant.parse((String) attribute(component, "AccessTokenExpiresAt"));
        assertThat(expiry).isEqualTo(tokens.load().orElseThrow().expiresAt());

        String accessToken = tokens.load().orElseThrow().accessToken();
        String refreshToken = tokens.load().orElseThrow().refreshToken();
        for (String name : List.of("Requests", "RateLimitRemainingPerTenSeconds", "RateLimitRemainingPerTenMinutes",
                "RateLimitPauseRemaining", "AccessTokenExpiresAt", "TokenRefreshes", "TokenRefreshFailures", "Retries",
                "RateLimitedRequests")) {
            assertThat(String.valueOf(attribute(component, name))).doesNotContain(accessToken, refreshToken);
        }
    }
}
