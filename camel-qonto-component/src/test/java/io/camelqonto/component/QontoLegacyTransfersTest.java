package io.camelqonto.component;

import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.CheckedOutTransfers;
import io.camelqonto.model.ExternalTransfer;
import io.camelqonto.model.ExternalTransferCheckout;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.LegacyBeneficiary;
import io.camelqonto.model.NewExternalTransfer;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legacy external transfers and beneficiaries Qonto has deprecated: they still work through routes, and each
 * endpoint using them says so in the log, once.
 */
class QontoLegacyTransfersTest extends QontoTestSupport {

    @Test
    void eachEndpointWarnsOnceThatItUsesADeprecatedOperationAndWhatReplacesIt() {
        Logger logger = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(QontoEndpoint.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        try {
            List<?> transfers = template.requestBody("qonto:externalTransfers?status=settled", null, List.class);
            template.requestBody("qonto:externalTransfers?status=settled", null, List.class);
            String id = ((ExternalTransfer) transfers.get(0)).id();
            ExternalTransfer read = template.requestBodyAndHeader("qonto:externalTransfer?operation=get", null,
                    QontoConstants.ID, id, ExternalTransfer.class);
            template.requestBody("qonto:sepaTransfers?status=settled", null, List.class);

            assertThat(transfers).isNotEmpty()
                    .allSatisfy(t -> assertThat(((ExternalTransfer) t).status()).isEqualTo("settled"));
            assertThat(read.id()).isEqualTo(id);
            assertThat(captured.list).filteredOn(e -> e.getLevel() == Level.WARN)
                    .extracting(ILoggingEvent::getFormattedMessage).containsExactly(
                            "qonto:externalTransfers list calls GET /v2/external_transfers, which Qonto has"
                                    + " deprecated: Legacy external transfers (deprecated: list sepaTransfers)",
                            "qonto:externalTransfer get calls GET /v2/external_transfers/{id}, which Qonto has"
                                    + " deprecated: One legacy external transfer (deprecated: get a sepaTransfer)");
        } finally {
            logger.detachAppender(captured);
        }
    }

    @Test
    void sendsALegacyTransferToATrustedBeneficiaryAfterVerifyingItsPayee() {
        Map<String, Object> trusted = trustedBeneficiary();

        ExternalTransfer created = template.requestBody("qonto:externalTransfer", new NewExternalTransfer(
                (String) trusted.get("id"), mainAccountIban(), "Invoice 77", "480.00", "EUR", null, null, null),
                ExternalTransfer.class);

        assertThat(created.debitAmount()).isEqualTo("480.00");
        assertThat(created.beneficiaryId()).isEqualTo(trusted.get("id"));
        assertThat(apiCalls("GET", "/v2/beneficiaries/")).hasSize(1);
        assertThat(apiCalls("POST", "/v2/sepa/verify_payee")).hasSize(1);
        assertThat(apiCalls("POST", "/v2/external_transfers")).singleElement()
                .satisfies(call -> assertThat(call.header("X-Qonto-Idempotency-Key")).isPresent())
                .satisfies(call -> assertThat(call.body()).contains("\"vop_proof_token\""));
        assertThat(emulator.store().externalTransfers()).anyMatch(t -> created.id().equals(t.get("id")));
    }

    @Test
    void checksOutTransfersToBeneficiariesGivenByIbanUnderSca() {
        String iban = TestIbans.french(9301);
        ExternalTransferCheckout checkout = new ExternalTransferCheckout(mainAccountIban(), List.of(
                new ExternalTransferCheckout.Item(iban, "Hooli XYZ", "EUR", "Legacy payout", "EUR", "99.90", null,
                        null, null, null)));

        CheckedOutTransfers done = template.requestBody("qonto:externalTransfer?operation=checkout&scaMode=mock",
                checkout, CheckedOutTransfers.class);
        Exchange refused = template.request("qonto:externalTransfer?operation=checkout", e -> e.getMessage().setBody(
                new ExternalTransferCheckout(mainAccountIban(), List.of(new ExternalTransferCheckout.Item(
                        TestIbans.withBadChecksum(iban), "", "EUR", "Legacy payout", "USD", "1.5.0", null, null, null,
                        null)))));

        assertThat(done.externalTransfers()).singleElement()
                .satisfies(t -> assertThat(t.creditAmount()).isEqualTo("99.90"));
        assertThat(done.errors()).isEmpty();
        assertThat(apiCalls("POST", "/v2/external_transfers/checkout")).extracting(RecordedRequest::status)
                .containsExactly(428, 200);
        assertThat(((InvalidInputException) refused.getException()).fields()).containsExactlyInAnyOrder(
                "external_transfers[0].credit_iban", "external_transfers[0].credit_account_name",
                "external_transfers[0].amount");
        assertThat(emulator.store().beneficiaries()).anyMatch(b -> iban.equals(b.get("iban"))
                && Boolean.FALSE.equals(b.get("trusted")));
    }

    @Test
    void listsReadsFiltersAndUntrustsLegacyBeneficiaries() {
        Map<String, Object> trusted = trustedBeneficiary();
        String iban = (String) trusted.get("iban");

        List<?> byIban = template.requestBody("qonto:legacyBeneficiaries?iban=" + iban, null, List.class);
        LegacyBeneficiary read = template.requestBodyAndHeader("qonto:legacyBeneficiary", null, QontoConstants.ID,
                trusted.get("id"), LegacyBeneficiary.class);
        List<?> untrusted = template.requestBody("qonto:legacyBeneficiary?operation=untrust",
                List.of(trusted.get("id")), List.class);

        assertThat(byIban).singleElement()
                .satisfies(b -> assertThat(((LegacyBeneficiary) b).bankAccount().iban()).isEqualTo(iban));
        assertThat(apiCalls("GET", "/v2/beneficiaries")).allSatisfy(call ->
                assertThat(decodedQuery(call)).doesNotContain(iban));
        assertThat(read.trusted()).isTrue();
        assertThat(read.name()).isEqualTo(trusted.get("name"));
        assertThat(untrusted).singleElement()
                .satisfies(b -> assertThat(((LegacyBeneficiary) b).trusted()).isFalse());
        assertThat(emulator.store().beneficiary((String) trusted.get("id")).orElseThrow().get("trusted"))
                .isEqualTo(false);
    }
}
