package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.ClientInvoices;
import io.camelqonto.emulator.internal.domain.Clients;
import io.camelqonto.emulator.internal.domain.InvoicingDocuments;
import io.camelqonto.emulator.internal.domain.PaymentLinks;
import io.camelqonto.emulator.internal.domain.Quotes;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import io.camelqonto.emulator.internal.store.IdFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Clients, client invoices in every status, credit notes, quotes, an enabled connection to the payment-link
 * provider and payment links with their payments. Fixed rather than drawn from the seeded random, so that seeding
 * them leaves every other seeded object as it was; their ids come from their own sequences.
 */
final class InvoicingSeeder {

    private final IdFactory ids;
    private final DataStore store;

    InvoicingSeeder(IdFactory ids, DataStore store) {
        this.ids = ids;
        this.store = store;
    }

    void seed() {
        List<ObjectNode> clients = clients();
        List<ObjectNode> invoices = invoices(clients);
        creditNotes(invoices);
        quotes(clients, invoices);
        paymentLinks();
    }

    private List<ObjectNode> clients() {
        Clients clients = new Clients(store);
        List<ObjectNode> seeded = new ArrayList<>();
        ObjectNode hooli = Json.object().put("kind", "company").put("name", "Hooli SAS")
                .put("email", "accounts@hooli.example").put("currency", "EUR").put("locale", "fr")
                .put("vat_number", "FR40123456824").put("tax_identification_number", "12345682400017")
                .put("e_invoicing_address", "0225:123456824").put("recipient_code", "0000000");
        hooli.set("extra_emails", Json.array().add("cfo@hooli.example"));
        hooli.set("phone", Json.object().put("country_code", "+33").put("number", "145678900"));
        hooli.set("billing_address", address("18 avenue de l'Opera", "Paris", "75001", "75", "FR"));
        hooli.set("delivery_address", address("4 quai de la Rapee", "Paris", "75012", "75", "FR"));
        seeded.add(clients.create(hooli, day(120)));
        seeded.add(clients.create(company("Endframe SARL", "billing@endframe.example", "Lyon", "69002", "FR"),
                day(100)));
        seeded.add(clients.create(company("Bachmanity GmbH", "rechnung@bachmanity.example", "Berlin", "10115", "DE")
                .put("locale", "de"), day(90)));
        seeded.add(clients.create(person("individual", "Monica", "Hall", "monica.hall@example.com"), day(80)));
        seeded.add(clients.create(person("freelancer", "Bertram", "Gilfoyle", "gilfoyle@example.com"), day(70)));
        seeded.add(clients.create(company("Raviga Capital", "finance@raviga.example", "Paris", "75008", "FR"),
                day(60)));
        return seeded;
    }

    /** Two of each status but drafts, the first one with every optional part. */
    private List<ObjectNode> invoices(List<ObjectNode> clients) {
        ClientInvoices invoices = new ClientInvoices(store);
        String iban = store.bankAccounts().where(a -> a.get("main").asBoolean()).get(0).get("iban").asText();
        List<ObjectNode> seeded = new ArrayList<>();
        String[] statuses = {"paid", "unpaid", "paid", "draft", "canceled", "unpaid", "paid", "draft", "unpaid",
                "canceled"};
        for (int i = 0; i < statuses.length; i++) {
            Instant created = day(58 - i * 5);
            LocalDate issued = created.atZone(ZoneOffset.UTC).toLocalDate();
            ObjectNode request = Json.object()
                    .put("issue_date", issued.toString())
                    .put("due_date", issued.plusDays(30).toString())
                    .put("currency", "EUR")
                    .put("status", "draft")
                    .put("terms_and_conditions", "Payment within 30 days by bank transfer.");
            request.set("payment_methods", Json.object().put("iban", iban));
            request.set("items", items(i));
            if (i == 0) {
                request.put("purchase_order", "PO-2025-117").put("header", "Thank you for your trust.")
                        .put("footer", "Pied Piper Demo SAS - RCS Paris").put("performance_start_date",
                                issued.minusMonths(1).toString())
                        .put("performance_end_date", issued.minusDays(1).toString());
                request.set("settings", settings());
            }
            ObjectNode invoice = invoices.create(request, clients.get(i % clients.size()), created);
            Instant updated = created.plus(Duration.ofHours(2));
            if (!"draft".equals(statuses[i])) {
                invoices.finalize(invoice, updated);
            }
            if ("paid".equals(statuses[i])) {
                invoices.markPaid(invoice, issued.plusDays(12), created.plus(Duration.ofDays(12)));
            } else if ("canceled".equals(statuses[i])) {
                invoices.cancel(invoice, created.plus(Duration.ofDays(3)));
            }
            seeded.add(invoice);
        }
        ObjectNode first = seeded.get(0);
        first.put("einvoicing_status", "approved");
        first.set("einvoicing_lifecycle_events", Json.array().add(Json.object().put("status_code", 205)
                .put("reason", "APPROVED").put("reason_message", "The buyer approved the invoice.")
                .put("timestamp", first.get("finalized_at").asText())));
        return seeded;
    }

    /** A credit note for part of the first (paid) invoice, and one for the whole of a canceled one. */
    private void creditNotes(List<ObjectNode> invoices) {
        creditNote(invoices.get(0), 1, day(40));
        creditNote(invoices.get(4), invoices.get(4).get("items").size(), day(30));
    }

    private void creditNote(ObjectNode invoice, int lines, Instant created) {
        String currency = invoice.get("currency").asText();
        ArrayNode requestItems = Json.array();
        for (int i = 0; i < lines; i++) {
            requestItems.add(invoice.get("items").get(i).deepCopy());
        }
        InvoicingDocuments.Lines priced = InvoicingDocuments.price(requestItems, currency, false);
        String id = ids.uuid("credit_note");
        ObjectNode note = Json.object()
                .put("id", id)
                .put("invoice_id", invoice.get("id").asText())
                .put("attachment_id", ids.uuid("attachment"))
                .put("issue_date", created.atZone(ZoneOffset.UTC).toLocalDate().toString())
                .put("invoice_issue_date", invoice.get("issue_date").asText())
                .put("number", String.format("CN-%04d", ids.next("credit_note_number")));
        note.set("terms_and_conditions", invoice.get("terms_and_conditions"));
        note.set("header", invoice.get("header"));
        note.set("footer", invoice.get("footer"));
        note.set("vat_amount", InvoicingDocuments.money(priced.vatCents(), currency));
        note.put("vat_amount_cents", priced.vatCents());
        note.set("total_amount", InvoicingDocuments.money(priced.netCents() + priced.vatCents(), currency));
        note.put("total_amount_cents", priced.netCents() + priced.vatCents())
                .put("currency", currency)
                .put("created_at", Timestamps.format(created))
                .put("finalized_at", Timestamps.format(created.plus(Duration.ofMinutes(1))));
        note.set("contact_email", invoice.get("contact_email"));
        note.put("invoice_url", "https://qonto.invalid/credit_notes/" + id + ".pdf");
        note.set("einvoicing_status", invoice.get("einvoicing_status"));
        note.set("welfare_fund", invoice.get("welfare_fund"));
        note.set("withholding_tax", invoice.get("withholding_tax"));
        note.set("stamp_duty_amount", invoice.get("stamp_duty_amount"));
        note.set("items", priced.items());
        note.set("client", invoice.get("client").deepCopy());
        note.set("einvoicing_lifecycle_events", invoice.get("einvoicing_lifecycle_events").deepCopy());
        store.invoicing().creditNotes().put(note);
        ((ArrayNode) invoice.get("credit_notes_ids")).add(id);
    }

    /** One approved (and invoiced), one canceled, two pending approval; the first with a discount. */
    private void quotes(List<ObjectNode> clients, List<ObjectNode> invoices) {
        Quotes quotes = new Quotes(store);
        String[] statuses = {"approved", "pending_approval", "canceled", "pending_approval"};
        for (int i = 0; i < statuses.length; i++) {
            Instant created = day(65 - i * 9);
            LocalDate issued = created.atZone(ZoneOffset.UTC).toLocalDate();
            ObjectNode request = Json.object()
                    .put("issue_date", issued.toString())
                    .put("expiry_date", issued.plusDays(30).toString())
                    .put("currency", "EUR")
                    .put("terms_and_conditions", "Valid 30 days.");
            request.set("items", items(i + 1));
            if (i == 0) {
                request.put("header", "Our proposal").put("footer", "Pied Piper Demo SAS");
                request.set("discount", Json.object().put("type", "percentage").put("value", "0.05"));
                request.set("settings", settings());
            }
            ObjectNode quote = quotes.create(request, clients.get(i), created);
            if ("approved".equals(statuses[i])) {
                quote.put("status", "approved").put("approved_at", Timestamps.format(created.plus(Duration.ofDays(2))));
                ((ArrayNode) quote.get("invoice_ids")).add(invoices.get(0).get("id").asText());
            } else if ("canceled".equals(statuses[i])) {
                quote.put("status", "canceled").put("canceled_at", Timestamps.format(created.plus(Duration.ofDays(5))));
            }
        }
    }

    /** A reusable open link with a paid and a failed payment, a paid single-use link, and an expired one. */
    private void paymentLinks() {
        PaymentLinks links = new PaymentLinks(store);
        String mainAccountId = store.bankAccounts().where(a -> a.get("main").asBoolean()).get(0).get("id").asText();
        links.connect(mainAccountId).put("status", "enabled");
        String[] statuses = {"open", "paid", "expired"};
        for (int i = 0; i < statuses.length; i++) {
            Instant created = day(50 - i * 10);
            ObjectNode request = Json.object().put("reusable", i == 0);
            request.set("potential_payment_methods", Json.array().add("credit_card").add("paypal"));
            ObjectNode item = Json.object().put("title", i == 0 ? "Workshop seat" : "Consulting hour")
                    .put("quantity", i + 1).put("vat_rate", "0.2").put("type", "service")
                    .put("description", "Pied Piper compression workshop").put("measure_unit", "unit");
            item.set("unit_price", InvoicingDocuments.money(15_000, "EUR"));
            request.set("items", Json.array().add(item));
            ObjectNode link = links.create(request, created);
            link.put("status", statuses[i]);
            if (i == 0) {
                payment(link, "paid", "credit_card", created.plus(Duration.ofDays(1)), "monica.hall@example.com");
                payment(link, "failed", "paypal", created.plus(Duration.ofDays(2)), "peter.gregory@example.com");
            } else if (i == 1) {
                payment(link, "paid", "paypal", created.plus(Duration.ofDays(3)), "jared.dunn@example.com");
            }
        }
    }

    private void payment(ObjectNode link, String status, String method, Instant at, String email) {
        ObjectNode payment = Json.object().put("id", ids.uuid("payment_link_payment"));
        payment.set("amount", link.get("amount").deepCopy());
        payment.put("status", status)
                .put("created_at", Timestamps.format(at))
                .put("payment_method", method)
                .put("paid_at", "paid".equals(status) ? Timestamps.format(at.plus(Duration.ofMinutes(1))) : null)
                .put("debitor_email", email);
        store.invoicing().paymentsOf(link.get("id").asText()).put(payment);
    }

    /** One to three lines; the second line of every other document has a discount. */
    private static ArrayNode items(int variant) {
        ArrayNode items = Json.array();
        items.add(line("Compression engine licence", "1", 120_000, "0.2", null));
        if (variant % 2 == 0) {
            ObjectNode workshop = line("Onboarding workshop", "2", 45_000, "0.2", "day");
            workshop.set("discount", Json.object().put("type", "percentage").put("value", "0.1"));
            items.add(workshop);
        }
        if (variant % 3 == 0) {
            items.add(line("Support hours", "7.5", 9_000, "0.2", "hour"));
        }
        return items;
    }

    private static ObjectNode line(String title, String quantity, long unitCents, String vatRate, String unit) {
        ObjectNode line = Json.object().put("title", title).put("description", title + ", " + quantity + " "
                + (unit == null ? "unit" : unit)).put("quantity", quantity).put("vat_rate", vatRate).put("unit", unit)
                .putNull("vat_exemption_reason");
        line.set("unit_price", InvoicingDocuments.money(unitCents, "EUR"));
        return line;
    }

    private static ObjectNode settings() {
        ObjectNode settings = Json.object().put("vat_number", "FR83852000000")
                .put("company_leadership", "Richard Hendricks").put("district_court", "Paris")
                .put("commercial_register_number", "RCS Paris 852 000 000").put("tax_number", "85200000000017")
                .put("transaction_type", "services").put("vat_payment_condition", "on_receipts")
                .put("discount_conditions", "No discount for early payment.")
                .put("late_payment_penalties", "Three times the legal interest rate.")
                .put("legal_fixed_compensation", "40 EUR for recovery costs.");
        settings.set("legal_capital_share", InvoicingDocuments.money(1_000_000, "EUR"));
        return settings;
    }

    private static ObjectNode company(String name, String email, String city, String zip, String country) {
        ObjectNode client = Json.object().put("kind", "company").put("name", name).put("email", email)
                .put("currency", "EUR");
        client.set("billing_address", address("1 place de la Bourse", city, zip, null, country));
        return client;
    }

    private static ObjectNode person(String kind, String first, String last, String email) {
        ObjectNode client = Json.object().put("kind", kind).put("first_name", first).put("last_name", last)
                .put("email", email).put("currency", "EUR");
        client.set("billing_address", address("7 rue des Lilas", "Nantes", "44000", null, "FR"));
        return client;
    }

    private static ObjectNode address(String street, String city, String zip, String province, String country) {
        return Json.object().put("street_address", street).put("city", city).put("zip_code", zip)
                .put("province_code", province).put("country_code", country);
    }

    /** Midday, {@code daysBefore} days before the anchor. */
    private static Instant day(int daysBefore) {
        return SeedContext.ANCHOR.minus(Duration.ofDays(daysBefore)).minus(Duration.ofHours(12));
    }
}
