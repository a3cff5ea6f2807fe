package io.camelqonto.component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.camelqonto.emulator.FaultRule;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code qonto} dev console, found by its id as Camel's console tooling finds it, called in text and JSON. */
class QontoDevConsoleTest extends QontoTestSupport {

    private final Instant updated = Instant.now().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);

    private DevConsole console() {
        DevConsoleRegistry registry = DevConsoleRegistry.get(context);
        assertThat(registry).as("camel-console is on the classpath").isNotNull();
        DevConsole console = registry.resolveById("qonto");
        assertThat(console).isNotNull();
        return console;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> qontoComponent() {
        Map<String, Object> json = (Map<String, Object>) console().call(DevConsole.MediaType.JSON);
        List<Map<String, Object>> components = (List<Map<String, Object>>) json.get("components");
        assertThat(components).hasSize(1);
        return components.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> json, String key) {
        return (List<Map<String, Object>>) json.get(key);
    }

    private String ledger(MockEndpoint out) throws Exception {
        String first = emulator.store().addTransaction(Map.of("updated_at", updated.toString()));
        out.expectedMessageCount(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:transactions?bankAccountId=" + mainAccountId() + "&startFrom="
                     + updated.minus(Duration.ofMinutes(30)) + "&delay=50&initialDelay=0")
                        .routeId("ledger").to("mock:out");
            }
        });
        out.assertIsSatisfied(15_000);
        return first;
    }

    @Test
    void showsTheRateBudgetTheClientAndWhereTheConsumerStands() throws Exception {
        String delivered = ledger(getMockEndpoint("mock:out"));
        awaitMorePolls("/v2/transactions", 1);
        context.getRouteController().suspendRoute("ledger");
        QontoComponent qonto = context.getComponent("qonto", QontoComponent.class);
        await("the last poll's answer to be counted", Duration.ofSeconds(5),
                () -> qonto.getRequests() == apiCalls().size());
        int sent = apiCalls().size();
        // the limiter counts every request that left, the token refresh included
        int left = emulator.journal().count();

        Map<String, Object> component = qontoComponent();

        assertThat(component).containsEntry("name", "qonto").containsEntry("requests", (long) sent)
                .containsEntry("tokenRefreshes", 1L).containsKey("accessTokenExpiresAt");
        assertThat(list(component, "rateLimit")).extracting(window -> window.get("remaining"))
                .containsExactly(1000 - left, 10000 - left);
        assertThat(list(component, "clients")).singleElement().satisfies(client -> {
            assertThat(client).containsEntry("authentication", "oauth").containsEntry("lastStatus", 200)
                    .containsEntry("baseUrl", emulator.baseUrl()).containsKey("tokenExpiresAt");
        });
        assertThat(list(component, "consumers")).singleElement().satisfies(consumer -> {
            assertThat(consumer).containsEntry("routeId", "ledger").containsEntry("resource", "transactions")
                    .containsEntry("cursor", updated.toString()).containsEntry("cursorIds", List.of(delivered))
                    .containsEntry("itemsDelivered", 1L).containsEntry("health", "UP");
            assertThat((long) consumer.get("lagSeconds")).isBetween(30 * 60L, 30 * 60L + 60);
        });

        String text = (String) console().call(DevConsole.MediaType.TEXT);
        assertThat(text).contains("Component qonto")
                .contains("Rate limit 1000 per PT10S: " + left + " used, " + (1000 - left) + " left")
                .contains("Consumer ledger (transactions): cursor " + updated + " (1 ids)")
                .contains("delivered 1");
    }

    @Test
    void saysWhyAConsumersLastPollFailed() throws Exception {
        ledger(getMockEndpoint("mock:out"));
        emulator.faults().inject(FaultRule.builder().path("/v2/transactions").status(401).rate(1.0).build());

        await("the console to report the failed poll", Duration.ofSeconds(15), () -> list(qontoComponent(),
                "consumers").get(0).containsKey("reason"));

        Map<String, Object> consumer = list(qontoComponent(), "consumers").get(0);
        assertThat(consumer).containsEntry("health", "DOWN").containsEntry("reason", "unauthorized");
        assertThat((String) consumer.get("message")).contains("refused the credentials");
        assertThat((String) console().call(DevConsole.MediaType.TEXT)).contains("health DOWN (")
                .contains("refused the credentials");
    }
}
