package io.camelqonto.component;

import java.util.List;
import java.util.Map;

import io.camelqonto.emulator.FaultRule;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.InternalTransfer;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.NewInternalTransfer;
import io.camelqonto.model.NewMultiTransferRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Transfers between the organization's own accounts, and multi-transfer requests a reviewer approves as one. */
class QontoInternalTransferAndRequestTest extends QontoTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        QontoComponent apiKey = new QontoComponent();
        pointAtEmulator(apiKey.getConfiguration());
        useApiKey(apiKey.getConfiguration());
        context.addComponent("qontoApiKey", apiKey);
        return context;
    }

    private static Map<String, Object> account(String name) {
        return emulator.store().bankAccounts().stream().filter(a -> name.equals(a.get("name"))).findFirst()
                .orElseThrow();
    }

    private static long balance(String name) {
        return (Long) account(name).get("balance_cents");
    }

    @Test
    void movesMoneyBetweenTwoAccountsOnceEvenWhenTheAnswerIsLost() {
        long mainBefore = balance("Main account");
        long taxesBefore = balance("Taxes");
        emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/internal_transfers")
                .dropResponseAfterCommit().build());

        InternalTransfer created = template.requestBody("qonto:internalTransfer",
                new NewInternalTransfer(mainAccountIban(), (String) account("Taxes").get("iban"), "Tax provision",
                        "2500.00", "EUR"), InternalTransfer.class);

        assertThat(created.amount()).isEqualTo("2500.00");
        assertThat(emulator.store().internalTransfers()).singleElement()
                .satisfies(t -> assertThat(t.get("id")).isEqualTo(created.id()));
        assertThat(balance("Main account")).isEqualTo(mainBefore - 250_000);
        assertThat(balance("Taxes")).isEqualTo(taxesBefore + 250_000);
        List<RecordedRequest> posts = apiCalls("POST", "/v2/internal_transfers");
        assertThat(posts).hasSize(2).extracting(p -> p.header("X-Qonto-Idempotency-Key").orElseThrow())
                .containsOnly(posts.get(0).header("X-Qonto-Idempotency-Key").orElseThrow());
    }

    @Test
    void anApiKeyMayMakeInternalTransfersAndAWrongOneIsRefusedBeforeAnythingIsSent() {
        InternalTransfer created = template.requestBody("qontoApiKey:internalTransfer", Map.of(
                "debitIban", mainAccountIban(), "creditIban", account("Marketing budget").get("iban"),
                "reference", "Campaign budget", "amount", "300", "currency", "EUR"), InternalTransfer.class);
        Exchange refused = template.request("qontoApiKey:internalTransfer", e -> e.getMessage().setBody(
                new NewInternalTransfer(mainAccountIban(), mainAccountIban(), null, "-5.00", "euro")));

        assertThat(created.amountCents()).isEqualTo("30000");
        assertThat(apiCalls("POST", "/v2/internal_transfers")).singleElement()
                .satisfies(call -> assertThat(call.header("Authorization").orElseThrow()).doesNotStartWith("Bearer"));
        assertThat(((InvalidInputException) refused.getException()).fields()).containsExactlyInAnyOrder(
                "internal_transfer.credit_iban", "internal_transfer.amount", "internal_transfer.reference",
                "internal_transfer.currency");
    }

    @Test
    void aMultiTransferRequestBecomesItsTransfersOnceApproved() {
        NewMultiTransferRequest request = new NewMultiTransferRequest("Freelancers March", List.of(
                new NewMultiTransferRequest.Transfer("2100.00", "EUR", TestIbans.french(9101), "Gilfoyle Consulting",
                        "EUR", "Invoice GC-03", null),
                new NewMultiTransferRequest.Transfer("1350.00", "EUR", TestIbans.french(9102), "Dinesh Chugtai EI",
                        "EUR", "Invoice DC-31", null)), null, null);

        Exchange created = template.request("qonto:multiTransferRequest", e -> e.getMessage().setBody(request));
        ApprovalRequest pending = created.getMessage().getBody(ApprovalRequest.class);
        template.sendBodyAndHeader("qonto:request?operation=approve&scaMode=mock", pending, QontoConstants.ID,
                pending.id());

        assertThat(created.getMessage().getHeader(QontoConstants.REQUEST_TYPE)).isEqualTo("multi_transfer");
        assertThat(pending.status()).isEqualTo("pending");
        assertThat(pending.totalTransfersAmount()).isEqualTo("3450.00");
        assertThat(pending.transfers()).extracting(ApprovalRequest.RequestedTransfer::reference)
                .containsExactly("Invoice GC-03", "Invoice DC-31");
        assertThat(apiCalls("POST", "/v2/requests/multi_transfers"))
                .filteredOn(call -> call.path().equals("/v2/requests/multi_transfers")).singleElement()
                .satisfies(call -> assertThat(call.header("X-Qonto-Idempotency-Key")).isPresent());
        assertThat(emulator.store().sepaTransfers()).filteredOn(t -> String.valueOf(t.get("reference"))
                .startsWith("Invoice ")).extracting(t -> t.get("amount_cents"))
                .contains(210_000L, 135_000L);
    }
}
