package io.camelqonto.component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.error.QontoScaRequiredException;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.NewRecurringTransfer;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.RecurringTransfer;
import io.camelqonto.model.SepaTransfer;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SEPA recurring transfers through routes: set up under SCA and Verification of Payee, listed, read, canceled. */
class QontoRecurringTransferTest extends QontoTestSupport {

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void setsUpARecurringTransferUnderScaEvenToATrustedBeneficiaryAndMakesTheExecutionDueToday() {
        String beneficiary = (String) trustedBeneficiary().get("id");
        NewRecurringTransfer order = new NewRecurringTransfer(mainAccountId(), beneficiary, null, "Office rent",
                "1200.00", "monthly", today(), today().plusMonths(11), "Paris office", null);

        RecurringTransfer created = template.requestBody("qonto:recurringTransfer?scaMode=mock", order,
                RecurringTransfer.class);

        assertThat(created.amountCents()).isEqualTo(120_000L);
        assertThat(created.frequency()).isEqualTo("monthly");
        assertThat(created.status()).isEqualTo("active");
        assertThat(created.nextExecutionDate()).isEqualTo(today().plusMonths(1).toString());
        List<RecordedRequest> posts = apiCalls("POST", "/v2/sepa/recurring_transfers");
        assertThat(posts).extracting(RecordedRequest::status).containsExactly(428, 200);
        assertThat(posts).extracting(p -> p.header("X-Qonto-Idempotency-Key").orElseThrow()).containsOnly(
                posts.get(0).header("X-Qonto-Idempotency-Key").orElseThrow());
        assertThat(apiCalls("POST", "/v2/sepa/verify_payee")).hasSize(1);
        assertThat(emulator.store().recurringTransfers()).filteredOn(r -> created.id().equals(r.get("id")))
                .singleElement().satisfies(r -> assertThat(r.get("beneficiary_id")).isEqualTo(beneficiary));
        List<?> executions = template.requestBody("qonto:sepaTransfers?recurringTransferIds=" + created.id(), null,
                List.class);
        assertThat(executions).singleElement().satisfies(t -> {
            assertThat(((SepaTransfer) t).amountCents()).isEqualTo(120_000L);
            assertThat(((SepaTransfer) t).scheduledDate()).isEqualTo(today().toString());
        });
    }

    @Test
    void withScaModeFailTheSessionTokenKeyAndProofReplayTheIdenticalRequestOnce() {
        NewRecurringTransfer order = new NewRecurringTransfer(mainAccountId(), null,
                NewSepaBeneficiary.of("Erlich Bachman", TestIbans.french(7101)), "Incubator rent", "800.00", "weekly",
                today().plusDays(3), null, null, null);

        Exchange first = template.request("qonto:recurringTransfer", e -> e.getMessage().setBody(order));
        QontoScaRequiredException challenge = (QontoScaRequiredException) first.getException();
        emulator.sca().allow(challenge.scaSessionToken());
        RecurringTransfer created = template.send("qonto:recurringTransfer", e -> {
            e.getMessage().setBody(order);
            for (String header : List.of(QontoConstants.SCA_SESSION_TOKEN, QontoConstants.IDEMPOTENCY_KEY,
                    QontoConstants.VOP_PROOF_TOKEN)) {
                e.getMessage().setHeader(header, first.getMessage().getHeader(header));
            }
        }).getMessage().getBody(RecurringTransfer.class);

        assertThat(created.nextExecutionDate()).isEqualTo(today().plusDays(3).toString());
        assertThat(created.lastExecutionDate()).isNull();
        assertThat(apiCalls("POST", "/v2/sepa/verify_payee")).hasSize(1);
        assertThat(apiCalls("POST", "/v2/sepa/recurring_transfers")).extracting(RecordedRequest::body)
                .containsOnly(apiCalls("POST", "/v2/sepa/recurring_transfers").get(0).body());
        assertThat(emulator.store().recurringTransfers()).filteredOn(r -> created.id().equals(r.get("id")))
                .hasSize(1);
    }

    @Test
    void aWrongOrderIsRefusedNamingEveryFieldAndNothingIsSent() {
        Exchange refused = template.request("qonto:recurringTransfer", e -> e.getMessage().setBody(Map.of(
                "bankAccountId", mainAccountId(),
                "beneficiaryId", trustedBeneficiary().get("id"),
                "beneficiary", Map.of("name", "Both given", "iban", TestIbans.french(7102)),
                "amount", "12.345",
                "reference", "Wrong",
                "frequency", "daily",
                "firstExecutionDate", today().plusDays(10).toString(),
                "lastExecutionDate", today().toString())));

        assertThat(refused.getException()).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused.getException()).fields()).containsExactlyInAnyOrder(
                "recurring_transfer.amount", "recurring_transfer.frequency", "recurring_transfer.beneficiary",
                "recurring_transfer.last_execution_date");
        assertThat(apiCalls()).isEmpty();
    }

    @Test
    void listsReadsAndCancelsRecurringTransfers() {
        List<?> listed = template.requestBody("qonto:recurringTransfers", null, List.class);
        RecurringTransfer active = listed.stream().map(RecurringTransfer.class::cast)
                .filter(r -> "active".equals(r.status())).findFirst().orElseThrow();

        RecurringTransfer read = template.requestBodyAndHeader("qonto:recurringTransfer?operation=get", null,
                QontoConstants.ID, active.id(), RecurringTransfer.class);
        template.sendBodyAndHeader("qonto:recurringTransfer?operation=cancel", null, QontoConstants.ID, active.id());

        assertThat(listed).hasSize(emulator.store().recurringTransfers().size());
        assertThat(listed).extracting(r -> ((RecurringTransfer) r).updatedAt())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(read).isEqualTo(active);
        Map<String, Object> canceled = emulator.store().recurringTransfers().stream()
                .filter(r -> active.id().equals(r.get("id"))).findFirst().orElseThrow();
        assertThat(canceled.get("status")).isEqualTo("canceled");
        assertThat(canceled.get("next_execution_date")).isNull();
    }
}
