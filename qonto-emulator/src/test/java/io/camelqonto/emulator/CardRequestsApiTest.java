package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CardRequestsApiTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http oauth = Http.oauth(emulator);

    @Test
    void aFlashCardRequestIsPendingAndListedForReview() {
        Http.Reply reply = oauth.post("/v2/requests/flash_cards", "{\"request_flash_card\":{\"note\":\"Trade fair\","
                + "\"payment_lifespan_limit\":\"250.5\",\"pre_expires_at\":\"2099-03-01T00:00:00Z\"}}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode request = reply.json().get("request_flash_card");
        assertThat(request.get("request_type").asText()).isEqualTo("flash_card");
        assertThat(request.get("status").asText()).isEqualTo("pending");
        assertThat(request.get("note").asText()).isEqualTo("Trade fair");
        assertThat(request.get("payment_lifespan_limit").asText()).isEqualTo("250.50");
        assertThat(request.get("pre_expires_at").asText()).isEqualTo("2099-03-01T00:00:00.000Z");
        assertThat(oauth.get("/v2/requests?request_type[]=flash_card&status[]=pending").json().get("requests"))
                .extracting(r -> r.get("id").asText()).contains(request.get("id").asText());
    }

    @Test
    void aVirtualCardRequestNeedsItsMonthlyLimitAsADecimalString() {
        Http.Reply asNumber = oauth.post("/v2/requests/virtual_cards",
                "{\"request_virtual_card\":{\"payment_monthly_limit\":5}}");
        Http.Reply created = oauth.post("/v2/requests/virtual_cards",
                "{\"request_virtual_card\":{\"note\":\"SaaS\",\"payment_monthly_limit\":\"75.00\"}}");

        assertThat(asNumber.status()).isEqualTo(422);
        assertThat(asNumber.json().at("/errors/0/code").asText()).isEqualTo("not_a_string");
        assertThat(created.json().at("/request_virtual_card/payment_monthly_limit").asText()).isEqualTo("75.00");
        assertThat(emulator.store().request(created.json().at("/request_virtual_card/id").asText())).isPresent();
        assertThat(Http.apiKey(emulator).post("/v2/requests/virtual_cards", "{}").status()).isEqualTo(401);
    }
}
