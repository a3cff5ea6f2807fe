package io.camelqonto.examples.flows;

import java.util.Map;

import io.camelqonto.client.QontoJson;
import io.camelqonto.model.ApprovalRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalLimitTest {

    @Test
    void comparesAmountsAsNumbersUpToAndIncludingTheLimit() {
        ApprovalLimit limit = new ApprovalLimit();
        limit.setAmount("1000.00");

        assertThat(limit.covers(request("1000.00"))).isTrue();
        assertThat(limit.covers(request("1000.01"))).isFalse();
        // as text "50.00" sorts after "1000.00", and "12000.00" before it
        assertThat(limit.covers(request("50.00"))).isTrue();
        assertThat(limit.covers(request("12000.00"))).isFalse();
    }

    @Test
    void neverCoversAnAmountInAnotherCurrency() {
        ApprovalLimit limit = new ApprovalLimit();
        limit.setAmount("1000.00");

        assertThat(limit.covers(request("50.00", "USD"))).isFalse();
    }

    private static ApprovalRequest request(String amount) {
        return request(amount, "EUR");
    }

    private static ApprovalRequest request(String amount, String currency) {
        return QontoJson.mapper().convertValue(
                Map.of("request_type", "transfer", "amount", amount, "currency", currency), ApprovalRequest.class);
    }
}
