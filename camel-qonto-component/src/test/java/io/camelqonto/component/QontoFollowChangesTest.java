package io.camelqonto.component;

import java.util.List;
import java.util.Map;

import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.SepaTransfer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Consumers that follow changes: a transfer through its life cycle, requests as they are decided. */
class QontoFollowChangesTest extends QontoTestSupport {

    @Test
    void theSepaTransfersConsumerDeliversATransferAgainAtEachChangeOfStatus() throws Exception {
        MockEndpoint transfers = getMockEndpoint("mock:transfers");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:sepaTransfers?startFrom=now&delay=50&initialDelay=0").to("mock:transfers");
            }
        });
        String trusted = (String) trustedBeneficiary().get("id");

        SepaTransfer created = template.requestBody("qonto:sepaTransfer", new NewSepaTransfer(mainAccountId(), trusted,
                null, "Followed transfer", "64.00", null, null, null), SepaTransfer.class);
        transfers.expectedMessageCount(1);
        transfers.assertIsSatisfied(15_000);
        // the mock is reset before the change: a consumer quicker than the test would otherwise deliver it to the
        // mock's old expectations, and the reset would forget it
        transfers.reset();
        transfers.expectedMessageCount(1);
        emulator.store().advanceTransfer(created.id(), "processing");
        transfers.assertIsSatisfied(15_000);
        transfers.reset();
        transfers.expectedMessageCount(1);
        emulator.store().advanceTransfer(created.id(), "settled");
        transfers.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/sepa/transfers", 3);

        transfers.assertIsSatisfied();
        assertThat(transfers.getReceivedExchanges()).singleElement().satisfies(e -> {
            assertThat(e.getMessage().getHeader(QontoConstants.ID)).isEqualTo(created.id());
            assertThat(e.getMessage().getHeader(QontoConstants.STATUS)).isEqualTo("settled");
        });
    }

    @Test
    void withProcessedAtTheRequestsConsumerDeliversDecisionsOnly() throws Exception {
        MockEndpoint decided = getMockEndpoint("mock:decided");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("qonto:requests?cursorField=processed_at&startFrom=now&delay=50&initialDelay=0")
                        .to("mock:decided");
            }
        });
        List<Map<String, Object>> pending = emulator.store().requests().stream()
                .filter(r -> "pending".equals(r.get("status")) && "transfer".equals(r.get("request_type"))).toList();
        String id = (String) pending.get(0).get("id");
        emulator.store().addRequest(Map.of("request_type", "transfer"));
        awaitMorePolls("/v2/requests", 2);

        template.request("qonto:request?operation=decline", e -> {
            e.getMessage().setHeader(QontoConstants.ID, id);
            e.getMessage().setHeader(QontoConstants.REQUEST_TYPE, "transfer");
            e.getMessage().setHeader(QontoConstants.DECLINED_NOTE, "Budget frozen");
        });
        decided.expectedMessageCount(1);
        decided.assertIsSatisfied(15_000);
        awaitMorePolls("/v2/requests", 3);

        decided.assertIsSatisfied();
        ApprovalRequest request = decided.getReceivedExchanges().get(0).getMessage().getBody(ApprovalRequest.class);
        assertThat(request.id()).isEqualTo(id);
        assertThat(request.status()).isEqualTo("declined");
        assertThat(decided.getReceivedExchanges().get(0).getMessage().getHeader(QontoConstants.CURSOR))
                .isEqualTo(request.processedAt());
    }
}
