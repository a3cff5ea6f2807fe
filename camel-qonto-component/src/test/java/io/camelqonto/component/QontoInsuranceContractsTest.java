package io.camelqonto.component;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.error.QontoConflictException;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.InsuranceContract;
import io.camelqonto.model.InsuranceDocument;
import io.camelqonto.model.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Insurance contracts through routes: created, read, changed, and their PDF documents uploaded and removed. */
class QontoInsuranceContractsTest extends QontoTestSupport {

    private static final byte[] POLICY = "%PDF-1.4\n% Conditions generales\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aContractIsCreatedReadAndChanged() {
        Map<String, Object> contract = Map.of("name", "Responsabilite civile pro", "contractId", "HSX-RC-88123",
                "origin", "qonto_other", "providerSlug", "hiscox", "type", "liability", "status", "active",
                "paymentFrequency", "annual", "price", Map.of("value", "312.00", "currency", "EUR"),
                "startDate", "2026-01-01");

        InsuranceContract created = template.requestBody("qonto:insuranceContract?operation=create", contract,
                InsuranceContract.class);
        InsuranceContract changed = template.requestBodyAndHeader("qonto:insuranceContract?operation=update",
                Map.of("status", "pending_payment", "renewal_date", "2027-01-01"), QontoConstants.ID, created.id(),
                InsuranceContract.class);
        InsuranceContract read = template.requestBodyAndHeader("qonto:insuranceContract", null, QontoConstants.ID,
                created.id(), InsuranceContract.class);

        assertThat(created.contractId()).isEqualTo("HSX-RC-88123");
        assertThat(created.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(changed.status()).isEqualTo("pending_payment");
        assertThat(read.renewalDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(read.name()).isEqualTo("Responsabilite civile pro");
        assertThat(read.documents()).isEmpty();
        assertThat(emulator.store().insuranceContracts()).anySatisfy(c -> assertThat(c)
                .containsEntry("id", created.id()).containsEntry("status", "pending_payment"));
        RecordedRequest update = apiCalls("PATCH", "/v2/insurance_contracts/").get(0);
        assertThat(update.body()).contains("{\"insurance_contract\":{").contains("\"renewal_date\":\"2027-01-01\"")
                .doesNotContain("\"name\"");
    }

    @Test
    void anInvalidContractIsRefusedWithEveryReasonAndNothingIsSent() {
        assertThatThrownBy(() -> template.requestBody("qonto:insuranceContract?operation=create",
                Map.of("name", "Flotte auto", "origin", "broker", "status", "active",
                        "price", Map.of("value", "12.345", "currency", "EUR"))))
                .rootCause().isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactlyInAnyOrder(
                        "insurance_contract.contract_id", "insurance_contract.origin",
                        "insurance_contract.provider_slug", "insurance_contract.type",
                        "insurance_contract.payment_frequency", "insurance_contract.price.value"));
        assertThatThrownBy(() -> template.requestBodyAndHeader("qonto:insuranceContract?operation=update", Map.of(),
                QontoConstants.ID, emulator.store().insuranceContracts().get(0).get("id")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("sets no field");

        assertThat(apiCalls()).isEmpty();
    }

    @Test
    void aContractNumberItsProviderAlreadyHasIsAConflict() {
        Map<String, Object> seeded = emulator.store().insuranceContracts().get(0);

        assertThatThrownBy(() -> template.requestBody("qonto:insuranceContract?operation=create", Map.of("name", "Copy",
                "contract_id", seeded.get("contract_id"), "origin", "insurance_hub", "provider_slug",
                seeded.get("provider_slug"), "type", "multi_risk", "status", "active", "payment_frequency", "month",
                "price", Map.of("value", "42.50", "currency", "EUR"))))
                .rootCause().isInstanceOf(QontoConflictException.class);
    }

    @Test
    void aDocumentIsUploadedUnderAKeyThenRemoved() {
        String contract = (String) emulator.store().insuranceContracts().get(0).get("id");

        InsuranceDocument document = template.requestBodyAndHeaders(
                "qonto:insuranceContract?operation=uploadDocument&type=contract", POLICY,
                Map.of(QontoConstants.ID, contract, "CamelQontoName", "Conditions generales 2026",
                        QontoConstants.FILE_NAME, "conditions-2026.pdf"), InsuranceDocument.class);

        assertThat(document.name()).isEqualTo("Conditions generales 2026");
        assertThat(document.type()).isEqualTo("contract");
        assertThat(documents(contract)).extracting(d -> d.get("id")).contains(document.id());
        assertThat(emulator.store().uploadedFile(document.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(POLICY));
        RecordedRequest upload = apiCalls("POST", "/v2/insurance_contracts/" + contract + "/attachments").get(0);
        assertThat(upload.header("X-Qonto-Idempotency-Key")).isPresent();
        assertThat(upload.body()).contains("name=\"name\"").contains("name=\"type\"").contains("name=\"file\"");

        template.sendBodyAndHeaders("qonto:insuranceContract?operation=removeDocument", null,
                Map.of(QontoConstants.ID, contract, QontoConstants.ATTACHMENT_ID, document.id()));

        assertThat(documents(contract)).extracting(d -> d.get("id")).doesNotContain(document.id());
    }

    @Test
    void aDocumentNeedsANameATypeAndAPdf() {
        String contract = (String) emulator.store().insuranceContracts().get(0).get("id");

        assertThatThrownBy(() -> template.requestBodyAndHeaders("qonto:insuranceContract?operation=uploadDocument",
                POLICY, Map.of(QontoConstants.ID, contract, QontoConstants.FILE_NAME, "policy.pdf")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("CamelQontoName");
        assertThatThrownBy(() -> template.requestBodyAndHeaders(
                "qonto:insuranceContract?operation=uploadDocument&name=Photo&type=claim", new byte[] {1, 2, 3},
                Map.of(QontoConstants.ID, contract, QontoConstants.FILE_NAME, "damage.jpg")))
                .rootCause().isInstanceOf(InvalidInputException.class).hasMessageContaining("application/pdf");

        assertThat(apiCalls()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents(String contract) {
        return (List<Map<String, Object>>) emulator.store().insuranceContracts().stream()
                .filter(c -> c.get("id").equals(contract)).findFirst().orElseThrow().get("documents");
    }
}
