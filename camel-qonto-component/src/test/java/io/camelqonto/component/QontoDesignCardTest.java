package io.camelqonto.component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.SepaTransfer;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The two URIs of the design card, written exactly as there; everything else comes from the component. */
class QontoDesignCardTest extends QontoTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:requests?status=pending&requestType=transfer").routeId("pending-transfers")
                        .to("mock:requests");
                from("direct:pay").to("qonto:sepaTransfer");
            }
        };
    }

    @Test
    void consumesThePendingTransferRequests() throws Exception {
        Set<String> expected = emulator.store().requests().stream()
                .filter(r -> "pending".equals(r.get("status")) && "transfer".equals(r.get("request_type")))
                .map(r -> (String) r.get("id"))
                .collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        MockEndpoint requests = getMockEndpoint("mock:requests");
        requests.expectedMessageCount(expected.size());
        requests.setResultWaitTime(15_000);

        requests.assertIsSatisfied();

        List<Exchange> received = requests.getReceivedExchanges();
        assertThat(received).extracting(e -> e.getMessage().getHeader(QontoConstants.ID, String.class))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(received).allSatisfy(e -> {
            ApprovalRequest request = e.getMessage().getBody(ApprovalRequest.class);
            assertThat(request.status()).isEqualTo("pending");
            assertThat(request.requestType()).isEqualTo("transfer");
            assertThat(e.getMessage().getHeader(QontoConstants.REQUEST_TYPE)).isEqualTo("transfer");
            assertThat(e.getMessage().getHeader(QontoConstants.CURSOR)).isEqualTo(request.createdAt());
        });
    }

    @Test
    void createsASepaTransfer() {
        Map<String, Object> beneficiary = trustedBeneficiary();
        NewSepaTransfer transfer = new NewSepaTransfer(mainAccountId(), (String) beneficiary.get("id"), null,
                "Invoice 2024-117", "120.50", null, null, null);

        Exchange result = template.request("direct:pay", e -> e.getMessage().setBody(transfer));

        assertThat(result.getException()).isNull();
        SepaTransfer created = result.getMessage().getBody(SepaTransfer.class);
        assertThat(created.id()).isNotBlank();
        assertThat(created.reference()).isEqualTo("Invoice 2024-117");
        assertThat(result.getMessage().getHeader(QontoConstants.ID)).isEqualTo(created.id());
        assertThat(emulator.store().sepaTransfers())
                .filteredOn(t -> "Invoice 2024-117".equals(t.get("reference")))
                .singleElement()
                .satisfies(t -> assertThat(t.get("id")).isEqualTo(created.id()));
    }
}
