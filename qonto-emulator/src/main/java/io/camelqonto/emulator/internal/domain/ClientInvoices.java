package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import io.camelqonto.emulator.internal.store.ResourceTable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Client invoices and their life: {@code draft -> unpaid -> paid}, {@code unpaid -> canceled}, and back from
 * {@code paid} to {@code unpaid}. Only drafts can be changed or deleted; an invoice gets its number when finalized.
 */
public final class ClientInvoices {

    public static final List<String> STATUSES = List.of("draft", "unpaid", "paid", "canceled");
    /** Top-level fields copied from a request as they are. */
    private static final List<String> COPIED = List.of("purchase_order", "terms_and_conditions", "header", "footer",
            "issue_date", "due_date", "performance_start_date", "performance_end_date", "stamp_duty_amount",
            "welfare_fund", "withholding_tax", "payment_reporting");
    /** Fields of {@code settings} that invoices show at their top level. */
    private static final List<String> MENTIONS = List.of("discount_conditions", "late_payment_penalties",
            "legal_fixed_compensation");

    private final DataStore data;

    public ClientInvoices(DataStore data) {
        this.data = data;
    }

    public Optional<ObjectNode> byId(String id) {
        return table().get(id);
    }

    public List<ObjectNode> all() {
        return table().all();
    }

    /** Whether a number is already used by another invoice. */
    public boolean numberTaken(String number, String exceptId) {
        return !table().where(i -> number.equals(i.path("number").asText(null))
                && !i.get("id").asText().equals(exceptId)).isEmpty();
    }

    /**
     * An invoice as the request (validated) describes it, for this client. Inferred: it is finalized at once
     * (status {@code unpaid}, numbered) unless the request asks for a {@code draft}.
     */
    public ObjectNode create(JsonNode request, ObjectNode client, Instant at) {
        String id = data.ids().uuid("client_invoice");
        String currency = request.get("currency").asText();
        ObjectNode invoice = Json.object()
                .put("id", id)
                .put("organization_id", data.organization().get("id").asText())
                .putNull("number");
        for (String field : COPIED) {
            invoice.putNull(field);
        }
        for (String field : MENTIONS) {
            invoice.putNull(field);
        }
        invoice.put("status", "draft")
                .put("invoice_url", "https://qonto.invalid/client_invoices/" + id + ".pdf")
                .put("currency", currency)
                .put("created_at", Timestamps.format(at))
                .putNull("finalized_at")
                .putNull("paid_at");
        invoice.set("credit_notes_ids", Json.array());
        invoice.put("invoice_type", "standard")
                .putNull("attachment_id")
                .putNull("einvoicing_status");
        invoice.set("einvoicing_lifecycle_events", Json.array());
        apply(invoice, request, client, at);
        if (request.hasNonNull("number")) {
            invoice.put("number", request.get("number").asText());
        }
        table().put(invoice);
        return "draft".equals(request.path("status").asText()) ? invoice : finalize(invoice, at);
    }

    /** Sets what the request (validated) changes on a draft, and prices it again. */
    public ObjectNode update(ObjectNode invoice, JsonNode changes, ObjectNode client, Instant at) {
        apply(invoice, changes, client, at);
        if (changes.has("number")) {
            invoice.set("number", changes.get("number"));
        }
        if (changes.has("performance_date")) {
            invoice.set("performance_date", changes.get("performance_date"));
        }
        return invoice;
    }

    /** A draft becomes unpaid, with its number and its PDF. */
    public ObjectNode finalize(ObjectNode invoice, Instant at) {
        if (invoice.path("number").isNull()) {
            invoice.put("number", String.format("INV-%04d", data.ids().next("client_invoice_number")));
        }
        invoice.put("status", "unpaid")
                .put("finalized_at", Timestamps.format(at))
                .put("attachment_id", data.ids().uuid("attachment"));
        return touch(invoice, at);
    }

    /** Paid on that day; an invoice paid already only gets the new day. */
    public ObjectNode markPaid(ObjectNode invoice, LocalDate paidOn, Instant at) {
        invoice.put("status", "paid").put("paid_at", Timestamps.format(paidOn.atStartOfDay(ZoneOffset.UTC)
                .toInstant()));
        return touch(invoice, at);
    }

    public ObjectNode unmarkPaid(ObjectNode invoice, Instant at) {
        invoice.put("status", "unpaid").putNull("paid_at");
        return touch(invoice, at);
    }

    public ObjectNode cancel(ObjectNode invoice, Instant at) {
        invoice.put("status", "canceled");
        return touch(invoice, at);
    }

    public void delete(ObjectNode invoice) {
        table().remove(invoice.get("id").asText());
    }

    private void apply(ObjectNode invoice, JsonNode request, ObjectNode client, Instant at) {
        for (String field : COPIED) {
            if (request.has(field)) {
                invoice.set(field, request.get(field).deepCopy());
            }
        }
        JsonNode settings = request.path("settings");
        for (String field : MENTIONS) {
            if (settings.has(field)) {
                invoice.set(field, settings.get(field).deepCopy());
            }
        }
        String currency = invoice.get("currency").asText();
        if (request.has("items")) {
            InvoicingDocuments.Lines lines = InvoicingDocuments.price(request.get("items"), currency, false);
            invoice.set("total_amount", InvoicingDocuments.money(lines.netCents() + lines.vatCents(), currency));
            invoice.put("total_amount_cents", lines.netCents() + lines.vatCents());
            invoice.set("vat_amount", InvoicingDocuments.money(lines.vatCents(), currency));
            invoice.put("vat_amount_cents", lines.vatCents());
            invoice.set("items", lines.items());
        }
        if (client != null) {
            invoice.put("contact_email", InvoicingDocuments.text(client, "email"));
            invoice.set("client", InvoicingDocuments.clientCopy(client));
        }
        if (request.has("payment_methods")) {
            invoice.set("payment_methods", paymentMethods(request.get("payment_methods").get("iban").asText()));
        }
        if (request.has("settings") || !invoice.has("organization")) {
            invoice.set("organization", InvoicingDocuments.organizationCopy(data.organization(), settings));
        }
        touch(invoice, at);
    }

    /** A transfer to the IBAN, with the BIC when the IBAN is one of the organization's accounts. */
    private ArrayNode paymentMethods(String iban) {
        String normalized = Iban.normalize(iban);
        String bic = data.bankAccounts().where(a -> normalized.equals(a.path("iban").asText())).stream()
                .map(a -> a.get("bic").asText()).findFirst().orElse(null);
        ObjectNode method = Json.object()
                .put("beneficiary_name", data.organization().get("legal_name").asText())
                .put("bic", bic)
                .put("iban", normalized)
                .put("type", "transfer");
        return Json.array().add(method);
    }

    private static ObjectNode touch(ObjectNode invoice, Instant at) {
        return invoice.put("updated_at", Timestamps.format(at));
    }

    private ResourceTable table() {
        return data.invoicing().clientInvoices();
    }
}
