package io.camelqonto.model;

import java.util.List;
import java.util.Map;

import io.camelqonto.client.QontoJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The invoicing and payment-link inputs: what they refuse before sending, what they pass on, what they never print. */
class InvoicingInputsTest {

    private static final String IBAN = "FR4716958000019960308246279";

    @Test
    void amountsAreDecimalStringsWithAtMostTwoPlacesAndNeverNegative() {
        NewClientInvoice invoice = invoice(List.of(item("1", "10.001"), item("1", "-5.00"), item("1", "12,50"),
                item("2", "0.00")));

        assertThatThrownBy(invoice::validate).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactly(
                        "items[0].unit_price.value", "items[1].unit_price.value", "items[2].unit_price.value"))
                .hasMessageContaining("at most two decimal places").hasMessageContaining("must not be negative");
    }

    @Test
    void aDueDateBeforeTheIssueDateAndAMissingClientAreBothReported() {
        NewClientInvoice invoice = new NewClientInvoice(null, "2025-06-30", "2025-06-01", "EUR",
                new NewClientInvoice.PaymentAccount(IBAN, null), List.of(item("1", "10.00")), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(invoice::validate).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactly("client_id",
                        "due_date"));
    }

    @Test
    void documentedValuesAreCheckedForTheirFormOnlySoNewOnesPass() {
        NewClient tomorrowsKind = new NewClient("association", "Les Amis", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        NewClient malformed = new NewClient("Company!", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);

        tomorrowsKind.validate();
        assertThatThrownBy(malformed::validate).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactly("kind"));
    }

    @Test
    void anIndividualNeedsFirstAndLastName() {
        NewClient individual = new NewClient("individual", "Monica Hall", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);

        assertThatThrownBy(individual::validate).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactly("first_name",
                        "last_name"));
    }

    @Test
    void fieldsTheModelDoesNotKnowAreSentAsGiven() throws Exception {
        NewClientInvoice invoice = QontoJson.mapper().convertValue(Map.of("client_id", "c1",
                "issue_date", "2025-06-01", "due_date", "2025-06-30", "currency", "EUR",
                "payment_methods", Map.of("iban", IBAN), "items", List.of(Map.of("title", "Audit", "quantity", "1",
                        "unit_price", Map.of("value", "10.00", "currency", "EUR"), "vat_rate", "0.2",
                        "einvoicing_code", "X1")), "einvoicing_channel", "peppol"), NewClientInvoice.class);

        invoice.validate();
        String sent = QontoJson.mapper().writeValueAsString(invoice);

        assertThat(sent).contains("\"einvoicing_channel\":\"peppol\"", "\"einvoicing_code\":\"X1\"");
    }

    @Test
    void noIbanNameOrAddressIsPrinted() {
        String iban = IBAN;
        ClientInvoice.PaymentMethod method = new ClientInvoice.PaymentMethod("transfer", "Pied Piper", "QNTOFRP1XXX",
                iban, null);
        NewClientInvoice.PaymentAccount account = new NewClientInvoice.PaymentAccount(iban, null);
        Client client = new Client("c1", "Monica Hall", "Monica", "Hall", new Client.Phone("+33", "612345678", null),
                "individual", "monica@example.com", List.of("m@example.com"), "EUR", null, "FR12", "123", "7 rue X",
                "Nantes", "44000", null, "FR", null, null, null, null, "fr", null);
        DocumentEmail email = DocumentEmail.to(List.of("monica@example.com"), "Invoice");

        assertThat(List.of(method.toString(), account.toString(), client.toString(), email.toString()))
                .allSatisfy(text -> assertThat(text).doesNotContain(iban, "Monica", "Hall", "monica@example.com",
                        "612345678", "7 rue X", "Nantes"));
    }

    @Test
    void aPaymentLinkIsForItemsOrForAnInvoiceNotBoth() {
        NewPaymentLink both = new NewPaymentLink(List.of("credit_card"), null, List.of(new PaymentLink.Item("Seat",
                java.math.BigDecimal.ONE, Money.of("10.00", "EUR"), "0.2", "service", null, null, null)),
                "inv-1", "INV-0001", "Hooli", Money.of("10.00", "EUR"), null);
        NewPaymentLink forInvoice = new NewPaymentLink(List.of("credit_card"), null, null, "inv-1", null, "Hooli",
                Money.of("10.00", "eur"), null);

        assertThatThrownBy(both::validate).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactly("payment_link"));
        assertThatThrownBy(forInvoice::validate).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactly(
                        "payment_link.invoice_number", "payment_link.amount.currency"));
    }

    private static NewClientInvoice invoice(List<NewInvoiceItem> items) {
        return new NewClientInvoice("c1", "2025-06-01", "2025-06-30", "EUR",
                new NewClientInvoice.PaymentAccount(IBAN, null), items, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    private static NewInvoiceItem item(String quantity, String unitPrice) {
        return NewInvoiceItem.of("Audit", quantity, Money.of(unitPrice, "EUR"), "0.2");
    }
}
