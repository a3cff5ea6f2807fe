package io.camelqonto.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InvoicingApiTest {

    @RegisterExtension
    static final QontoEmulatorExtension QONTO = new QontoEmulatorExtension();

    private final QontoEmulator emulator = QONTO.emulator();
    private final Http http = Http.apiKey(emulator);

    @Test
    void clientsAreFoundByPartOfTheirNameWhateverTheCaseAndAccents() {
        JsonNode created = http.post("/v2/clients", """
                {"kind": "company", "name": "Société Générale Conseil", "email": "contact@sgc.example",
                 "billing_address": {"street_address": "1 rue X", "city": "Paris", "zip_code": "75001",
                                     "country_code": "FR"}}""").json().get("client");

        JsonNode found = http.get("/v2/clients?filter%5Bname%5D=SOCIETE%20gen").json().get("clients");
        Http.Reply tooShort = http.get("/v2/clients?filter%5Bname%5D=s");

        assertThat(found).singleElement().satisfies(c -> assertThat(c.get("id")).isEqualTo(created.get("id")));
        assertThat(created.get("city").asText()).isEqualTo("Paris");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.json().at("/errors/0/source/parameter").asText()).isEqualTo("filter[name]");
    }

    @Test
    void aWrappedInvoiceIsTakenAndPricedLineByLine() {
        String clientId = (String) emulator.store().clients().get(0).get("id");
        JsonNode invoice = http.post("/v2/client_invoices", """
                {"client_invoice": {"client_id": "%s", "issue_date": "2025-05-01", "due_date": "2025-05-31",
                 "currency": "EUR", "payment_methods": {"iban": "%s"},
                 "items": [{"title": "Hours", "quantity": "1.5", "unit_price": {"value": "10.00", "currency": "EUR"},
                            "vat_rate": "0.2", "discount": {"type": "percentage", "value": "0.1"}}]}}"""
                .formatted(clientId, mainIban())).json().get("client_invoice");

        JsonNode line = invoice.get("items").get(0);
        assertThat(line.at("/subtotal/value").asText()).isEqualTo("15.00");
        assertThat(line.at("/discount/amount/value").asText()).isEqualTo("1.50");
        assertThat(line.at("/total_vat/value").asText()).isEqualTo("2.70");
        assertThat(invoice.at("/total_amount/value").asText()).isEqualTo("16.20");
        assertThat(invoice.get("total_amount_cents").asLong()).isEqualTo(1620);
        assertThat(invoice.get("status").asText()).isEqualTo("unpaid");
        assertThat(invoice.get("number").asText()).startsWith("INV-");
        assertThat(invoice.at("/payment_methods/0/bic").asText()).isEqualTo("QNTOFRP1XXX");
    }

    @Test
    void amountsMustBeStringsAndEveryViolationIsReported() {
        Http.Reply reply = http.post("/v2/client_invoices", """
                {"client_id": "nobody", "due_date": "2025-05-31", "currency": "EUR",
                 "payment_methods": {"iban": "%s"},
                 "items": [{"title": "Hours", "quantity": "1", "unit_price": {"value": 10, "currency": "EUR"},
                            "vat_rate": "0.2"}]}""".formatted(mainIban()));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors")).extracting(e -> e.at("/source/pointer").asText())
                .containsExactlyInAnyOrder("/client_id", "/issue_date", "/items/0/unit_price/value");
        assertThat(reply.json().findValuesAsText("code")).contains("not_a_string");
    }

    @Test
    void anInvoiceIsNotPaidInTheFutureNorSentWithoutABody() {
        String unpaid = emulator.store().clientInvoices().stream().filter(i -> "unpaid".equals(i.get("status")))
                .map(i -> (String) i.get("id")).findFirst().orElseThrow();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

        Http.Reply future = http.post("/v2/client_invoices/" + unpaid + "/mark_as_paid",
                "{\"paid_at\": \"" + tomorrow + "\"}");
        Http.Reply noBody = http.send("POST", "/v2/client_invoices/" + unpaid + "/send", null);

        assertThat(future.status()).isEqualTo(422);
        assertThat(noBody.status()).isEqualTo(422);
        assertThat(noBody.json().at("/errors/0/detail").asText()).isEqualTo("EOF");
        assertThat(emulator.store().clientInvoices()).filteredOn(i -> unpaid.equals(i.get("id"))).singleElement()
                .satisfies(i -> assertThat(i.get("status")).isEqualTo("unpaid"));
    }

    @Test
    void quotesArePagedWithTheirOwnMeta() {
        JsonNode body = http.get("/v2/quotes?per_page=3&sort_by=created_at:asc").json();

        assertThat(body.get("meta").fieldNames()).toIterable()
                .containsExactly("total", "current_page", "total_pages", "next_page", "prev_page");
        assertThat(body.at("/meta/total").asInt()).isEqualTo(emulator.store().quotes().size());
        assertThat(body.get("quotes")).hasSize(3);
    }

    @Test
    void paymentLinksAreForOAuthAppsWithTheirScopes() {
        Http reader = Http.bearer(emulator, emulator.oauth().issueTokens(Set.of("payment_link.read"))
                .accessToken());

        Http.Reply withApiKey = http.get("/v2/payment_links");
        Http.Reply read = reader.get("/v2/payment_links?status=open,paid");
        Http.Reply write = reader.patch("/v2/payment_links/" + emulator.store().paymentLinks().get(0).get("id")
                + "/deactivate", null);
        Http.Reply methods = reader.get("/v2/payment_links/payment_methods?amount=10.00");

        assertThat(withApiKey.status()).isEqualTo(401);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("payment_links")).extracting(l -> l.get("status").asText())
                .containsOnly("open", "paid");
        assertThat(write.status()).isEqualTo(403);
        assertThat(methods.status()).isEqualTo(400);
        assertThat(emulator.store().paymentLinks().get(0)).containsEntry("status", "open");
    }

    private String mainIban() {
        List<Map<String, Object>> accounts = emulator.store().bankAccounts();
        return (String) accounts.stream().filter(a -> Boolean.TRUE.equals(a.get("main"))).findFirst().orElseThrow()
                .get("iban");
    }
}
