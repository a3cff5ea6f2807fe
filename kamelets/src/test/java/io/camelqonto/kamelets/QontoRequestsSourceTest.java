package io.camelqonto.kamelets;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** qonto-requests-source delivers pending approval requests, each once, as JSON with the headers the action reads. */
class QontoRequestsSourceTest extends KameletTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:qonto-requests-source?requestType=transfer&delay=100").to("mock:requests");
            }
        };
    }

    @Test
    void deliversThePendingTransferRequestsOnceThenEachNewOne() throws Exception {
        List<Map<String, Object>> pending = requests("pending", "transfer");
        assertThat(pending).isNotEmpty();
        assertThat(emulator().store().requests()).hasSizeGreaterThan(pending.size());
        MockEndpoint requests = getMockEndpoint("mock:requests");
        requests.expectedMessageCount(pending.size());

        requests.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/requests", 3);

        assertThat(requests.getReceivedExchanges()).hasSize(pending.size());
        assertThat(requests.getReceivedExchanges()).extracting(e -> json(e).path("id").asText())
                .containsExactlyInAnyOrderElementsOf(pending.stream().map(r -> (String) r.get("id")).toList());
        for (Exchange delivered : requests.getReceivedExchanges()) {
            Map<String, Object> request = emulator().store().request(json(delivered).path("id").asText()).orElseThrow();
            assertThat(json(delivered).path("request_type").asText()).isEqualTo("transfer");
            assertThat(json(delivered).path("status").asText()).isEqualTo("pending");
            assertThat(json(delivered).path("creditor_name").asText()).isEqualTo(request.get("creditor_name"));
            assertThat(delivered.getMessage().getHeader("CamelQontoId")).isEqualTo(request.get("id"));
            assertThat(delivered.getMessage().getHeader("CamelQontoRequestType")).isEqualTo("transfer");
        }
        assertThat(apiCalls("GET", "/v2/requests")).allSatisfy(call -> assertThat(decodedQuery(call))
                .contains("status[]=pending").contains("request_type[]=transfer"));

        emulator().store().addRequest(Map.of("request_type", "flash_card"));
        String added = emulator().store().addRequest(Map.of("request_type", "transfer"));
        requests.reset();
        requests.expectedMessageCount(1);
        requests.assertIsSatisfied(10_000);
        awaitMorePolls("/v2/requests", 3);
        assertThat(requests.getReceivedExchanges()).extracting(e -> json(e).path("id").asText()).containsExactly(added);
    }

    @Test
    void startsFromTheInstantItIsGiven() throws Exception {
        context.getRouteController().stopAllRoutes();
        // requests made after every seeded one
        String from = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Thread.sleep(1_100);
        List<String> added = List.of(emulator().store().addRequest(Map.of("request_type", "transfer")),
                emulator().store().addRequest(Map.of("request_type", "transfer")));
        MockEndpoint recent = getMockEndpoint("mock:recent");
        recent.expectedMessageCount(2);

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("kamelet:qonto-requests-source?requestType=transfer&delay=100&startFrom=" + from)
                        .to("mock:recent");
            }
        });

        recent.assertIsSatisfied(10_000);
        awaitMorePolls("/v2/requests", 3);
        assertThat(recent.getReceivedExchanges()).extracting(e -> json(e).path("id").asText())
                .containsExactlyInAnyOrderElementsOf(added);
    }
}
