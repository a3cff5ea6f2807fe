package io.camelqonto.component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.error.QontoConflictException;
import io.camelqonto.client.error.QontoValidationException;
import io.camelqonto.emulator.RecordedRequest;
import io.camelqonto.model.ClientInvoice;
import io.camelqonto.model.CreditNote;
import io.camelqonto.model.DocumentEmail;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Client invoices and credit notes through routes, with an API key, as Qonto allows for them. */
class QontoClientInvoicesTest extends QontoTestSupport {

    @Override
    protected void configure(QontoConfiguration configuration) {
        pointAtEmulator(configuration);
        useApiKey(configuration);
    }

    @Test
    void invoicesAreFilteredByStatusesSentAsOneCommaList() {
        List<?> invoices = template.requestBody("qonto:clientInvoices?status=unpaid,paid&sortBy=created_at:asc",
                null, List.class);

        long expected = emulator.store().clientInvoices().stream()
                .filter(i -> List.of("unpaid", "paid").contains(i.get("status"))).count();
        assertThat(invoices).hasSize((int) expected).allSatisfy(i -> assertThat(((ClientInvoice) i).status())
                .isIn("unpaid", "paid"));
        assertThat(invoices).extracting(i -> ((ClientInvoice) i).createdAt()).isSorted();
        RecordedRequest call = apiCalls("GET", "/v2/client_invoices").get(0);
        assertThat(decodedQuery(call)).contains("filter[status]=unpaid,paid").doesNotContain("filter[status]=paid");
    }

    @Test
    void aDraftIsWrittenFinalizedSentPaidUnpaidAndCanceled() {
        ClientInvoice draft = template.requestBodyAndHeader("qonto:clientInvoice", newInvoice("draft"),
                QontoConstants.OPERATION, "create", ClientInvoice.class);
        assertThat(draft.status()).isEqualTo("draft");
        assertThat(draft.number()).isNull();
        assertThat(draft.totalAmount().value()).isEqualTo("270.00");
        assertThat(draft.totalAmountCents()).isEqualTo(27_000L);

        ClientInvoice changed = template.requestBodyAndHeaders("qonto:clientInvoice?operation=update",
                Map.of("purchaseOrder", "PO-42", "items", List.of(item("Audit", "1", "500.00"))),
                Map.of(QontoConstants.ID, draft.id()), ClientInvoice.class);
        assertThat(changed.purchaseOrder()).isEqualTo("PO-42");
        assertThat(changed.totalAmount().value()).isEqualTo("600.00");

        Exchange finalized = template.request("qonto:clientInvoice?operation=finalize",
                e -> e.getMessage().setHeader(QontoConstants.ID, draft.id()));
        assertThat(finalized.getMessage().getHeader(QontoConstants.STATUS)).isEqualTo("unpaid");
        assertThat(finalized.getMessage().getBody(ClientInvoice.class).number()).isNotBlank();

        template.requestBodyAndHeader("qonto:clientInvoice?operation=send",
                DocumentEmail.to(List.of("accounts@hooli.example"), "Your invoice"), QontoConstants.ID, draft.id());
        assertThat(apiCalls("POST", "/v2/client_invoices/" + draft.id() + "/send").get(0).body())
                .contains("\"send_to\":[\"accounts@hooli.example\"]", "\"email_title\":\"Your invoice\"");

        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        ClientInvoice paid = template.requestBodyAndHeaders("qonto:clientInvoice?operation=markAsPaid", null,
                Map.of(QontoConstants.ID, draft.id(), QontoConstants.PAID_AT, yesterday.toString()),
                ClientInvoice.class);
        assertThat(paid.status()).isEqualTo("paid");
        assertThat(paid.paidAt()).isEqualTo(yesterday.atStartOfDay(ZoneOffset.UTC).toInstant());

        ClientInvoice unpaid = template.requestBodyAndHeader("qonto:clientInvoice?operation=unmarkAsPaid", null,
                QontoConstants.ID, draft.id(), ClientInvoice.class);
        assertThat(unpaid.status()).isEqualTo("unpaid");
        assertThat(unpaid.paidAt()).isNull();

        ClientInvoice canceled = template.requestBodyAndHeader("qonto:clientInvoice?operation=cancel", null,
                QontoConstants.ID, draft.id(), ClientInvoice.class);
        assertThat(canceled.status()).isEqualTo("canceled");
        assertThat(emulator.store().clientInvoices()).filteredOn(i -> draft.id().equals(i.get("id")))
                .singleElement().satisfies(i -> assertThat(i.get("status")).isEqualTo("canceled"));
    }

    @Test
    void onlyDraftsCanBeChangedOrDeleted() {
        ClientInvoice draft = template.requestBody("qonto:clientInvoice?operation=create", newInvoice("draft"),
                ClientInvoice.class);
        String unpaidId = (String) emulator.store().clientInvoices().stream()
                .filter(i -> "unpaid".equals(i.get("status"))).findFirst().orElseThrow().get("id");

        template.requestBodyAndHeader("qonto:clientInvoice?operation=delete", null, QontoConstants.ID, draft.id());

        assertThat(emulator.store().clientInvoices()).noneSatisfy(i -> assertThat(i.get("id")).isEqualTo(draft.id()));
        assertThatThrownBy(() -> template.requestBodyAndHeader("qonto:clientInvoice?operation=delete", null,
                QontoConstants.ID, unpaidId))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(QontoConflictException.class)
                .satisfies(e -> assertThat(((QontoConflictException) e).status()).isEqualTo(412));
        assertThatThrownBy(() -> template.requestBodyAndHeader("qonto:clientInvoice?operation=finalize", null,
                QontoConstants.ID, unpaidId))
                .cause().isInstanceOf(QontoValidationException.class);
    }

    @Test
    void anInvalidInvoiceNamesEveryFieldAndSendsNothing() {
        Map<String, Object> invoice = Map.of("clientId", clientId(), "issueDate", "2025-13-01",
                "dueDate", "2025-01-31", "currency", "eur", "paymentMethods", Map.of("iban", "FR76 0000"),
                "items", List.of(Map.of("title", "Audit", "quantity", "0", "unitPrice",
                        Map.of("value", "10.005", "currency", "EUR"), "vatRate", "20")));

        assertThatThrownBy(() -> template.requestBody("qonto:clientInvoice?operation=create", invoice))
                .isInstanceOf(CamelExecutionException.class).cause().isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fields()).containsExactly("issue_date",
                        "currency", "payment_methods.iban", "items[0].quantity", "items[0].unit_price.value",
                        "items[0].vat_rate"))
                .hasMessageNotContaining("FR76 0000");
        assertThat(apiCalls("POST", "/v2/client_invoices")).isEmpty();
    }

    @Test
    void creditNotesAreListedAndReadById() {
        List<?> notes = template.requestBody("qonto:creditNotes", null, List.class);
        CreditNote first = (CreditNote) notes.get(0);

        CreditNote read = template.requestBodyAndHeader("qonto:creditNote", null, QontoConstants.ID, first.id(),
                CreditNote.class);

        assertThat(notes).hasSize(emulator.store().creditNotes().size());
        assertThat(read).isEqualTo(first);
        assertThat(read.invoiceId()).isIn(emulator.store().clientInvoices().stream().map(i -> i.get("id")).toList());
    }

    static Map<String, Object> newInvoice(String status) {
        return Map.of("clientId", clientId(), "issueDate", "2025-06-01", "dueDate", "2025-07-01", "currency", "EUR",
                "status", status, "paymentMethods", Map.of("iban", mainAccountIban()),
                "items", List.of(item("Workshop", "2", "100.00"), item("Travel", "1", "25.00")));
    }

    static Map<String, Object> item(String title, String quantity, String unitPrice) {
        return Map.of("title", title, "quantity", quantity, "unitPrice", Map.of("value", unitPrice, "currency", "EUR"),
                "vatRate", "0.2");
    }

    static String clientId() {
        return (String) emulator.store().clients().get(0).get("id");
    }
}
