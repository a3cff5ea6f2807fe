package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import io.camelqonto.emulator.internal.store.StoredFile;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Supplier invoices: the bills the organization receives, uploaded as files and analysed by Qonto. Each upload of a bulk
 * carries its own idempotency key: the same key within 30 minutes answers the invoice it created instead of a second.
 */
public final class SupplierInvoices {

    public static final List<String> STATUSES = List.of("to_review", "to_approve", "awaiting_payment", "pending",
            "scheduled", "paid", "archived", "rejected", "discarded");
    public static final List<String> SOURCES = List.of("pay_by_invoice", "supplier_invoices", "integration",
            "transaction_attachment", "generic_upload");
    /** Inferred: how long an upload's key keeps answering the same invoice, as Qonto's idempotency keys do. */
    private static final Duration KEY_RETENTION = Duration.ofMinutes(30);

    private final DataStore data;
    private final Supplier<Instant> now;

    public SupplierInvoices(DataStore data, Supplier<Instant> now) {
        this.data = data;
        this.now = now;
    }

    public Optional<ObjectNode> byId(String id) {
        return data.documents().supplierInvoices().get(id);
    }

    /** The invoice an earlier upload with this key created, while the key is remembered. */
    public Optional<ObjectNode> byKey(String idempotencyKey) {
        return data.documents().supplierInvoiceKey(idempotencyKey)
                .filter(key -> now.get().isBefore(key.at().plus(KEY_RETENTION)))
                .flatMap(key -> byId(key.invoiceId()));
    }

    /**
     * A new invoice for an uploaded file, waiting for review: nothing is read from the file yet, so the amounts,
     * dates and supplier are unknown. Its file becomes an attachment; an earlier invoice with the same bytes makes both
     * duplicates.
     */
    public ObjectNode upload(String idempotencyKey, StoredFile file, String source, Attachments attachments) {
        ObjectNode attachment = attachments.upload(file.fileName(), file.contentType(), file.content());
        Instant at = now.get();
        ObjectNode invoice = blank(data.ids().uuid("supplier_invoice"), data.organization().get("id").asText(),
                attachment.get("id").asText(), file.fileName(), at);
        invoice.put("source", source).put("source_type", "direct_upload").put("initiator_id", data.membershipId())
                .put("is_einvoice", file.contentType().endsWith("xml"));
        String digest = digest(file.content());
        data.documents().supplierInvoiceDigest(invoice.get("id").asText(), digest);
        for (ObjectNode other : data.documents().supplierInvoices().all()) {
            if (digest.equals(data.documents().supplierInvoiceDigest(other.get("id").asText()))) {
                other.put("has_duplicates", true);
                invoice.put("has_duplicates", true);
            }
        }
        data.documents().supplierInvoices().put(invoice);
        data.documents().supplierInvoiceKey(idempotencyKey, invoice.get("id").asText(), at);
        return invoice;
    }

    /** An invoice with every key Qonto sends, those not known yet null or empty. */
    public static ObjectNode blank(String id, String organizationId, String attachmentId, String fileName,
            Instant createdAt) {
        ObjectNode invoice = Json.object()
                .put("id", id)
                .put("status", "to_review")
                .put("organization_id", organizationId)
                .put("source_type", "direct_upload")
                .put("attachment_id", attachmentId)
                .put("updated_at", Timestamps.format(createdAt))
                .put("created_at", Timestamps.format(createdAt))
                .put("file_name", fileName)
                .put("declined_note", "")
                .put("is_einvoice", false)
                .put("has_discrepancies", false)
                .put("display_attachment_id", attachmentId)
                .putNull("e_invoice_type")
                .put("has_duplicates", false);
        for (String unknown : List.of("invoice_number", "supplier_name", "vat_number", "tin", "description")) {
            invoice.putNull(unknown);
        }
        invoice.putNull("total_amount");
        for (String date : List.of("issue_date", "due_date", "payment_date", "scheduled_date", "iban",
                "initiator_id")) {
            invoice.putNull(date);
        }
        invoice.put("source", "generic_upload")
                .put("is_attachment_invoice", true)
                .put("attachment_category", "EXPENSE_RECEIPT")
                .put("is_attachment_non_financial", false)
                .putNull("analyzed_at");
        invoice.set("matched_transactions", Json.array());
        invoice.set("transfer_ids", Json.array());
        invoice.putNull("request_transfer");
        invoice.set("einvoicing_lifecycle_events", Json.array());
        invoice.set("meta", Json.object().putNull("integration_type").putNull("connector")
                .putNull("accounting_recorded_at").putNull("accounting_recorded_source"));
        invoice.set("available_actions", actions("to_review", true));
        invoice.putNull("approval_workflow");
        invoice.putNull("payable_amount");
        invoice.putNull("total_amount_credit_notes");
        invoice.put("is_credit_note", false).put("has_suggested_credit_notes", false);
        invoice.set("related_invoices", Json.array());
        invoice.set("suggested_transactions", Json.array());
        return invoice;
    }

    /**
     * What can be done to an invoice in a status, and why not. Inferred: Qonto documents the reasons, not which status
     * allows what.
     */
    public static ObjectNode actions(String status, boolean missingData) {
        boolean open = List.of("to_review", "to_approve", "awaiting_payment").contains(status);
        boolean payable = open && !missingData;
        ObjectNode reasons = Json.object();
        reasons.set("pay", payable ? Json.array() : Json.array().add(open ? "missing_data" : "invalid_status"));
        reasons.set("delete", open ? Json.array() : Json.array().add("invalid_status"));
        reasons.set("archive", open ? Json.array() : Json.array().add("invalid_status"));
        ArrayNode unarchive = Json.array();
        if (!"archived".equals(status)) {
            unarchive.add("invalid_status");
        }
        reasons.set("unarchive", unarchive);
        return Json.object().put("delete", open).put("archive", open).put("unarchive", "archived".equals(status))
                .put("pay", payable).set("reasons", reasons);
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
