package io.camelqonto.kamelets;

import java.util.Map;
import java.util.Properties;

import io.camelqonto.model.InvalidInputException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** qonto-request-action approves or declines the request its headers name. */
class QontoRequestActionTest extends KameletTestSupport {

    /** A note with characters a URI gives a meaning to; encoded in the URI, it reaches the requester as written. */
    private static final String NOTE = "Over budget & no quote: 100% sure? #2 + VAT";

    @Override
    protected void kameletProperties(Properties properties) {
        super.kameletProperties(properties);
        properties.put("camel.kamelet.qonto-request-action.decliner.declinedNote", NOTE);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:approve").to("kamelet:qonto-request-action?operation=approve&scaMode=mock");
                from("direct:decline").to("kamelet:qonto-request-action/decliner?operation=decline");
                from("direct:decline-without-note").to("kamelet:qonto-request-action?operation=decline");
            }
        };
    }

    @Test
    void approvesThePendingRequestTheHeadersName() {
        Map<String, Object> pending = requests("pending", "transfer").get(0);

        Exchange approved = template.request("direct:approve", e -> name(e, pending));

        assertThat(approved.getException()).isNull();
        assertThat(emulator().store().request((String) pending.get("id")).orElseThrow().get("status"))
                .isEqualTo("approved");
        assertThat(json(approved).path("id").asText()).isEqualTo(pending.get("id"));
        assertThat(json(approved).path("status").asText()).isEqualTo("approved");
        assertThat(approved.getMessage().getHeader("CamelQontoStatus")).isEqualTo("approved");
    }

    @Test
    void declinesWithTheNoteOfTheKamelet() {
        Map<String, Object> pending = requests("pending", "flash_card").get(0);

        Exchange declined = template.request("direct:decline", e -> name(e, pending));

        assertThat(declined.getException()).isNull();
        Map<String, Object> stored = emulator().store().request((String) pending.get("id")).orElseThrow();
        assertThat(stored.get("status")).isEqualTo("declined");
        assertThat(stored.get("declined_note")).isEqualTo(NOTE);
        assertThat(json(declined).path("status").asText()).isEqualTo("declined");
    }

    @Test
    void refusesToDeclineWithoutANoteAndLeavesTheRequestPending() {
        Map<String, Object> pending = requests("pending", "transfer").get(0);

        Exchange refused = template.send("direct:decline-without-note", e -> name(e, pending));

        assertThat(refused.getException()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("CamelQontoDeclinedNote");
        assertThat(emulator().store().request((String) pending.get("id")).orElseThrow().get("status"))
                .isEqualTo("pending");
        assertThat(apiCalls("POST", "/v2/requests")).isEmpty();
    }

    private static void name(Exchange exchange, Map<String, Object> request) {
        exchange.getMessage().setHeader("CamelQontoId", request.get("id"));
        exchange.getMessage().setHeader("CamelQontoRequestType", request.get("request_type"));
    }
}
