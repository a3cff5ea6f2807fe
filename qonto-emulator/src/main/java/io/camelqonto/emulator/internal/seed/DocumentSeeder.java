package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.SupplierInvoices;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import io.camelqonto.emulator.internal.store.IdFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Supplier invoices in several statuses, the first with every optional part (an e-invoice with its lifecycle, an
 * approval workflow, a transfer request, related and suggested items), and an insurance contract with a document.
 * Fixed rather than drawn from the seeded random, so that seeding them leaves every other seeded object as it was.
 */
final class DocumentSeeder {

    private final IdFactory ids;
    private final DataStore store;

    DocumentSeeder(IdFactory ids, DataStore store) {
        this.ids = ids;
        this.store = store;
    }

    void seed() {
        supplierInvoices();
        insuranceContract();
    }

    private void supplierInvoices() {
        Object[][] invoices = {
            // status, supplier, number, amount, days before the anchor it came, due in days after it came
            {"awaiting_payment", "Hetzner Online GmbH", "R0021887213", "149.90", 40, 30},
            {"paid", "OVH SAS", "FR4312-2025", "89.99", 75, 15},
            {"to_review", null, null, null, 3, null},
            {"to_approve", "Aviva Assurances", "AV-2025-1187", "1290.00", 20, 10},
            {"scheduled", "Bureau Vallee", "BV-88213", "312.45", 12, 20},
            {"archived", "Free Pro", "FP-2025-0193", "39.99", 120, 10},
        };
        String organization = store.organization().get("id").asText();
        for (int i = 0; i < invoices.length; i++) {
            Object[] row = invoices[i];
            Instant created = SeedContext.ANCHOR.minus(Duration.ofDays((Integer) row[4])).plus(Duration.ofHours(9));
            String attachment = attachment(created, "invoice-" + (i + 1) + ".pdf");
            ObjectNode invoice = SupplierInvoices.blank(ids.uuid("supplier_invoice"), organization, attachment,
                    "invoice-" + (i + 1) + ".pdf", created);
            String status = (String) row[0];
            invoice.put("status", status).put("initiator_id", store.membershipId());
            if (row[1] != null) {
                LocalDate issued = created.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
                invoice.put("supplier_name", (String) row[1]).put("invoice_number", (String) row[2])
                        .put("issue_date", issued.toString())
                        .put("due_date", issued.plusDays((Integer) row[5]).toString())
                        .put("analyzed_at", Timestamps.format(created.plus(Duration.ofMinutes(2))))
                        .put("updated_at", Timestamps.format(created.plus(Duration.ofDays(1))));
                invoice.set("total_amount", money((String) row[3]));
                invoice.set("payable_amount", money((String) row[3]));
                invoice.set("total_amount_credit_notes", money("0.00"));
                invoice.set("available_actions", SupplierInvoices.actions(status, false));
            }
            if ("paid".equals(status) || "scheduled".equals(status)) {
                LocalDate paid = LocalDate.parse(invoice.get("due_date").asText()).minusDays(2);
                invoice.put(("paid".equals(status) ? "payment_date" : "scheduled_date"), paid.toString());
                invoice.set("transfer_ids", Json.array().add(ids.uuid("transfer")));
            }
            if (i == 0) {
                everyPart(invoice, created);
            }
            store.documents().supplierInvoices().put(invoice);
        }
    }

    /** An e-invoice received through the network, with every part Qonto's reference shows filled in. */
    private void everyPart(ObjectNode invoice, Instant created) {
        String transaction = store.transactions().all().get(0).get("id").asText();
        invoice.put("source_type", "e_invoicing").put("source", "e_invoicing").put("is_einvoice", true)
                .put("e_invoice_type", "zugferd").put("vat_number", "DE812871812").put("tin", "DE812871812")
                .put("description", "Dedicated server, monthly").put("iban", "DE89370400440532013000")
                .put("has_suggested_credit_notes", true);
        invoice.set("request_transfer", Json.object().put("id", ids.uuid("request"))
                .put("initiator_id", store.membershipId()));
        invoice.set("einvoicing_lifecycle_events", Json.array()
                .add(event(200, "RECEIVED", "The e-invoice was received.", created))
                .add(event(206, "APPROVED", "The e-invoice was approved.", created.plus(Duration.ofHours(3)))));
        invoice.set("meta", Json.object().put("integration_type", "accounting").put("connector", "pennylane")
                .put("accounting_recorded_at", Timestamps.format(created.plus(Duration.ofDays(2))))
                .put("accounting_recorded_source", "pennylane"));
        invoice.set("approval_workflow", Json.object()
                .<ObjectNode>set("approver_ids", Json.array().add(store.membershipId()))
                .put("supplier_invoice_request_id", ids.uuid("request"))
                .put("verified_by", store.membershipId())
                .put("last_approved_by", store.membershipId()));
        invoice.set("matched_transactions", Json.array().add(transaction));
        ArrayNode related = Json.array().add(Json.object().put("id", ids.uuid("supplier_invoice"))
                .put("invoice_number", "R0021887213-CN").<ObjectNode>set("total_amount", money("10.00"))
                .put("attachment_id", ids.uuid("attachment")).put("file_name", "credit-note.pdf"));
        invoice.set("related_invoices", related);
        invoice.set("suggested_transactions", Json.array().add(Json.object().put("id", transaction)
                .put("score", "0.92")));
    }

    private void insuranceContract() {
        ObjectNode contract = Json.object()
                .put("id", ids.uuid("insurance_contract"))
                .put("name", "Multirisque professionnelle")
                .put("contract_id", "AXA-MRP-2025-00418")
                .put("origin", "insurance_hub")
                .put("provider_slug", "axa")
                .put("type", "multi_risk")
                .put("status", "active")
                .put("troubleshooting_url", "https://insurance.qonto.invalid/help/axa")
                .put("service_url", "https://insurance.qonto.invalid/contracts/axa-mrp")
                .put("expiration_date", "2026-12-31")
                .put("start_date", "2025-01-01")
                .put("renewal_date", "2026-01-01")
                .put("payment_frequency", "month");
        contract.set("price", money("42.50"));
        contract.set("documents", Json.array().add(Json.object().put("id", ids.uuid("insurance_document"))
                .put("name", "Conditions particulieres").put("type", "contract")));
        store.documents().insuranceContracts().put(contract);
    }

    private String attachment(Instant created, String fileName) {
        String id = ids.uuid("attachment");
        store.attachments().put(Json.object()
                .put("id", id)
                .put("created_at", Timestamps.format(created))
                .put("file_name", fileName)
                .put("file_size", "48213")
                .put("file_content_type", "application/pdf")
                .put("url", "https://files.qonto.invalid/attachments/" + id + "/" + fileName)
                .set("probative_attachment", Json.object().put("status", "unavailable")));
        return id;
    }

    private static ObjectNode event(int code, String reason, String message, Instant at) {
        return Json.object().put("status_code", code).put("reason", reason).put("reason_message", message)
                .put("timestamp", Timestamps.format(at));
    }

    private static ObjectNode money(String value) {
        return Json.object().put("value", value).put("currency", "EUR");
    }
}
