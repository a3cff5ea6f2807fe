package io.camelqonto.component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.error.QontoPayeeVerificationException;
import io.camelqonto.model.ApprovalRequest;
import io.camelqonto.model.BankAccount;
import io.camelqonto.model.NewSepaBeneficiary;
import io.camelqonto.model.NewSepaTransfer;
import io.camelqonto.model.Organization;
import io.camelqonto.model.PayeeVerification;
import io.camelqonto.model.SepaBeneficiary;
import io.camelqonto.model.SepaTransfer;
import io.camelqonto.model.Transaction;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every producer operation, as a route would use it. */
class QontoProducerOperationsTest extends QontoTestSupport {

    @Test
    void listWalksThePagesUpToMaxPagesAndSaysWhenItStopped() {
        long pending = emulator.store().requests().stream().filter(r -> "pending".equals(r.get("status"))).count();

        Exchange capped = template.request("qonto:requests?status=pending&perPage=2&maxPages=2", e -> { });
        Exchange all = template.request("qonto:requests?status=pending", e -> { });

        assertThat(capped.getMessage().getBody(List.class)).hasSize(4)
                .allSatisfy(r -> assertThat(((ApprovalRequest) r).status()).isEqualTo("pending"));
        assertThat(capped.getMessage().getHeader(QontoConstants.PAGES_FETCHED)).isEqualTo(2);
        assertThat(capped.getMessage().getHeader(QontoConstants.TRUNCATED)).isEqualTo(true);
        assertThat(capped.getMessage().getHeader(QontoConstants.TOTAL_COUNT)).isEqualTo((int) pending);
        assertThat(all.getMessage().getBody(List.class)).hasSize((int) pending);
        assertThat(all.getMessage().getHeader(QontoConstants.PAGES_FETCHED)).isEqualTo(1);
        assertThat(all.getMessage().getHeader(QontoConstants.TRUNCATED)).isEqualTo(false);
    }

    @Test
    void listsTransfersBankAccountsAndBeneficiariesWithTheirFilters() {
        List<?> transfers = template.requestBody("qonto:sepaTransfers?status=settled", null, List.class);
        List<?> accounts = template.requestBody("qonto:bankAccounts", null, List.class);
        List<?> trusted = template.requestBody("qonto:sepaBeneficiaries?trusted=true", null, List.class);

        assertThat(transfers).isNotEmpty()
                .allSatisfy(t -> assertThat(((SepaTransfer) t).status()).isEqualTo("settled"));
        long ownAccounts = emulator.store().bankAccounts().stream()
                .filter(a -> !Boolean.TRUE.equals(a.get("is_external_account"))).count();
        assertThat(accounts).hasSize((int) ownAccounts).first().isInstanceOf(BankAccount.class);
        assertThat(trusted).isNotEmpty().allSatisfy(b -> assertThat(((SepaBeneficiary) b).trusted()).isTrue());
        assertThat(apiCalls("GET", "/v2/sepa/beneficiaries")).singleElement()
                .satisfies(call -> assertThat(decodedQuery(call)).contains("trusted=true"));
    }

    @Test
    void aListQontoAnswersWithoutPaginationBlockIsReadUntilAPageIsNotFull() {
        long ownAccounts = emulator.store().bankAccounts().stream()
                .filter(a -> !Boolean.TRUE.equals(a.get("is_external_account"))).count();
        assertThat(ownAccounts).as("the seed has more accounts than a page of 2 holds").isBetween(3L, 4L);

        List<?> accounts = template.requestBody("qonto:bankAccounts?perPage=2", null, List.class);

        assertThat(accounts).hasSize((int) ownAccounts);
        assertThat(apiCalls("GET", "/v2/bank_accounts")).hasSize(2);
    }

    @Test
    void noIbanFilterGoesOutInAUrl() {
        List<Map<String, Object>> beneficiaries = emulator.store().beneficiaries();
        String iban = (String) beneficiaries.get(0).get("iban");
        long matching = beneficiaries.stream().filter(b -> iban.equals(b.get("iban"))).count();
        assertThat(beneficiaries).hasSizeGreaterThan((int) matching);

        // beneficiaries are matched on the listed items; transactions need no IBAN when the account id is given
        Exchange byIban = template.request("qonto:sepaBeneficiaries?iban=" + iban, e -> { });
        List<?> transactions = template.requestBody("qonto:transactions?bankAccountId=" + mainAccountId()
                                                    + "&iban=" + mainAccountIban(), null, List.class);

        assertThat(byIban.getException()).isNull();
        assertThat(byIban.getMessage().getBody(List.class)).hasSize((int) matching)
                .allSatisfy(b -> assertThat(((SepaBeneficiary) b).iban()).isEqualTo(iban));
        assertThat(byIban.getMessage().getHeaders()).as("Qonto's count is not the filtered one")
                .doesNotContainKey(QontoConstants.TOTAL_COUNT);
        assertThat(transactions).isNotEmpty();
        assertThat(apiCalls("GET", "/v2/transactions")).isNotEmpty()
                .allSatisfy(call -> assertThat(decodedQuery(call)).contains("bank_account_id=" + mainAccountId()));
        assertThat(apiCalls("GET", "/v2/bank_accounts")).as("no look-up of the account").isEmpty();
        assertThat(apiCalls()).isNotEmpty().allSatisfy(call -> assertThat(decodedQuery(call))
                .doesNotContain("iban").doesNotContain(iban).doesNotContain(mainAccountIban()));
    }

    @Test
    void getsATransactionWithItsIncludesAndTheOrganization() {
        Map<String, Object> stored = emulator.store().transactions().get(0);

        Exchange transaction = template.request("qonto:transaction?includes=labels,attachments",
                e -> e.getMessage().setHeader(QontoConstants.ID, stored.get("id")));
        Organization organization = template.requestBody("qonto:organization", null, Organization.class);

        assertThat(transaction.getMessage().getBody(Transaction.class).id()).isEqualTo(stored.get("id"));
        assertThat(transaction.getMessage().getHeader(QontoConstants.STATUS)).isEqualTo(stored.get("status"));
        assertThat(decodedQuery(apiCalls("GET", "/v2/transactions/").get(0)))
                .contains("includes[]=labels", "includes[]=attachments");
        assertThat(organization.bankAccounts()).isNotEmpty();
    }

    @Test
    void approvesAndDeclinesRequests() {
        List<Map<String, Object>> pending = emulator.store().requests().stream()
                .filter(r -> "pending".equals(r.get("status")) && "transfer".equals(r.get("request_type"))).toList();
        String toApprove = (String) pending.get(0).get("id");
        String toDecline = (String) pending.get(1).get("id");

        // as a route fed by the requests consumer sends it: the consumed request as body, its id as header
        List<?> listed = template.requestBody("qonto:requests?status=pending&requestType=transfer", null, List.class);
        ApprovalRequest consumed = listed.stream().map(ApprovalRequest.class::cast)
                .filter(r -> r.id().equals(toApprove)).findFirst().orElseThrow();
        Exchange approved = template.request("qonto:request?operation=approve&scaMode=mock", e -> {
            e.getMessage().setBody(consumed);
            e.getMessage().setHeader(QontoConstants.ID, toApprove);
        });
        Exchange declined = template.request("qonto:request?operation=decline", e -> {
            e.getMessage().setHeader(QontoConstants.ID, toDecline);
            e.getMessage().setHeader(QontoConstants.REQUEST_TYPE, "transfer");
            e.getMessage().setHeader(QontoConstants.DECLINED_NOTE, "Duplicate of invoice 2024-117");
        });

        assertThat(approved.getException()).isNull();
        assertThat(approved.getMessage().getBody(ApprovalRequest.class).status()).isEqualTo("approved");
        assertThat(approved.getMessage().getHeader(QontoConstants.STATUS)).isEqualTo("approved");
        assertThat(declined.getMessage().getBody(ApprovalRequest.class).declinedNote())
                .isEqualTo("Duplicate of invoice 2024-117");
        assertThat(emulator.store().request(toDecline).orElseThrow().get("status")).isEqualTo("declined");
        assertThat(apiCalls("POST", "/v2/requests/transfers/" + toApprove + "/approve")).isNotEmpty()
                .allSatisfy(call -> assertThat(call.header("X-Qonto-Idempotency-Key")).isPresent());
    }

    @Test
    void cancelsAPendingTransferAndDownloadsTheProofOfASettledOne() {
        SepaTransfer toCancel = template.requestBody("qonto:sepaTransfer", toTrusted("To cancel"), SepaTransfer.class);
        SepaTransfer toSettle = template.requestBody("qonto:sepaTransfer", toTrusted("To settle"), SepaTransfer.class);
        emulator.store().advanceTransfer(toSettle.id(), "processing");
        emulator.store().advanceTransfer(toSettle.id(), "settled");

        Exchange canceled = template.request("qonto:sepaTransfer?operation=cancel", e -> {
            e.getMessage().setBody("kept");
            e.getMessage().setHeader(QontoConstants.ID, toCancel.id());
        });
        Exchange proof = template.request("qonto:sepaTransfer?operation=downloadProof",
                e -> e.getMessage().setHeader(QontoConstants.ID, toSettle.id()));
        SepaTransfer settled = template.requestBodyAndHeader("qonto:sepaTransfer?operation=get", null,
                QontoConstants.ID, toSettle.id(), SepaTransfer.class);

        assertThat(canceled.getException()).isNull();
        assertThat(canceled.getMessage().getBody()).isEqualTo("kept");
        assertThat(canceled.getMessage().getHeader(QontoConstants.ID)).isEqualTo(toCancel.id());
        assertThat(emulator.store().sepaTransfer(toCancel.id()).orElseThrow().get("status")).isEqualTo("canceled");
        assertThat(proof.getMessage().getBody()).isInstanceOf(java.io.InputStream.class);
        assertThat(new String(proof.getMessage().getBody(byte[].class), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(proof.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/pdf");
        assertThat(proof.getMessage().getHeader(Exchange.FILE_NAME))
                .isEqualTo("transfer-proof-" + toSettle.id() + ".pdf");
        assertThat(settled.status()).isEqualTo("settled");
    }

    @Test
    void aBeneficiaryIsReadById() {
        Map<String, Object> stored = trustedBeneficiary();

        SepaBeneficiary read = template.requestBodyAndHeader("qonto:sepaBeneficiary", null, QontoConstants.ID,
                stored.get("id"), SepaBeneficiary.class);

        assertThat(read.id()).isEqualTo(stored.get("id"));
        assertThat(read.name()).isEqualTo(stored.get("name"));
        assertThat(read.iban()).isEqualTo(stored.get("iban"));
        assertThat(read.status()).isEqualTo("validated");
        assertThat(read.trusted()).isTrue();
    }

    @Test
    void createsUpdatesAndUntrustsBeneficiaries() {
        String iban = TestIbans.french(501);
        // JSON with Java-style keys, as a YAML or XML route might write it
        SepaBeneficiary created = template.requestBody("qonto:sepaBeneficiary?operation=create",
                "{\"name\": \"Raviga Capital\", \"iban\": \"" + iban + "\", \"activityTag\": \"treasury_and_interco\"}",
                SepaBeneficiary.class);
        SepaBeneficiary renamed = template.requestBodyAndHeader("qonto:sepaBeneficiary?operation=update&scaMode=mock",
                Map.of("name", "Raviga Capital Management"), QontoConstants.ID, created.id(), SepaBeneficiary.class);
        String trusted = (String) trustedBeneficiary().get("id");
        List<?> untrusted = template.requestBody("qonto:sepaBeneficiary?operation=untrust", List.of(trusted),
                List.class);

        assertThat(created.iban()).isEqualTo(iban);
        assertThat(created.activityTag()).isEqualTo("treasury_and_interco");
        assertThat(renamed.name()).isEqualTo("Raviga Capital Management");
        assertThat(untrusted).singleElement().satisfies(b -> assertThat(((SepaBeneficiary) b).trusted()).isFalse());
        assertThat(emulator.store().beneficiary(trusted).orElseThrow().get("trusted")).isEqualTo(false);
    }

    @Test
    void verifiesAPayeeAndRefusesATransferToAPayeeThatDoesNotMatch() {
        Exchange verified = template.request("qonto:sepaTransfer?operation=verifyPayee",
                e -> e.getMessage().setBody(NewSepaBeneficiary.of("Bachmanity Close", TestIbans.french(601))));
        Exchange refused = template.request("qonto:sepaTransfer", e -> e.getMessage().setBody(new NewSepaTransfer(
                mainAccountId(), null, NewSepaBeneficiary.of("Nomatch Holdings", TestIbans.french(602)), "Refused",
                "10.00", null, null, null)));

        PayeeVerification verification = verified.getMessage().getBody(PayeeVerification.class);
        assertThat(verification.matchResult()).isEqualTo(PayeeVerification.CLOSE_MATCH);
        assertThat(verified.getMessage().getHeader(QontoConstants.MATCH_RESULT))
                .isEqualTo(PayeeVerification.CLOSE_MATCH);
        assertThat(verified.getMessage().getHeader(QontoConstants.VOP_PROOF_TOKEN, String.class)).isNotBlank();
        assertThat(refused.getException()).isInstanceOf(QontoPayeeVerificationException.class)
                .hasMessageContaining("MATCH_RESULT_NO_MATCH");
        assertThat(apiCalls("POST", "/v2/sepa/transfers")).isEmpty();
    }

    @Test
    void aCloseMatchPaysWhenTheEndpointAcceptsIt() {
        SepaTransfer created = template.requestBody("qonto:sepaTransfer?scaMode=mock"
                        + "&acceptedMatchResults=MATCH_RESULT_MATCH,MATCH_RESULT_CLOSE_MATCH",
                new NewSepaTransfer(mainAccountId(), null,
                        NewSepaBeneficiary.of("Endframe Close", TestIbans.french(603)), "Close match", "10.00", null,
                        null, null),
                SepaTransfer.class);

        assertThat(created.reference()).isEqualTo("Close match");
    }

    private static NewSepaTransfer toTrusted(String reference) {
        return new NewSepaTransfer(mainAccountId(), (String) trustedBeneficiary().get("id"), null, reference, "15.00",
                null, null, null);
    }
}
