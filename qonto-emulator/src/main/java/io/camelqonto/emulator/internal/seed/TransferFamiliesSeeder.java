package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.RecurringTransfers;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import io.camelqonto.emulator.internal.store.TransferTables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transfers beyond single SEPA transfers: the recurring transfers the seeded SEPA transfers name, a canceled one,
 * two bulk transfers (one with a failed item), legacy external transfers from before SEPA transfers replaced them, and
 * international beneficiaries in three currencies.
 */
final class TransferFamiliesSeeder {

    private final SeedContext context;
    private final DataStore store;
    private final TransferTables tables;

    TransferFamiliesSeeder(SeedContext context, DataStore store) {
        this.context = context;
        this.store = store;
        this.tables = store.transferTables();
    }

    void seed() {
        recurringTransfers();
        bulkTransfers();
        externalTransfers();
        internationalBeneficiaries();
    }

    /** One recurring transfer per id the seeded SEPA transfers carry, made from the first of its executions. */
    private void recurringTransfers() {
        Map<String, List<ObjectNode>> executions = new LinkedHashMap<>();
        for (ObjectNode transfer : store.transfers().all()) {
            if (transfer.hasNonNull("recurring_transfer_id")) {
                executions.computeIfAbsent(transfer.get("recurring_transfer_id").asText(), id -> new ArrayList<>())
                        .add(transfer);
            }
        }
        LocalDate anchor = LocalDate.ofInstant(SeedContext.ANCHOR, ZoneOffset.UTC);
        executions.forEach((id, transfers) -> {
            List<ObjectNode> ordered = transfers.stream()
                    .sorted(Comparator.comparing((ObjectNode t) -> t.get("scheduled_date").asText())).toList();
            ObjectNode first = ordered.get(0);
            LocalDate firstDate = LocalDate.parse(first.get("scheduled_date").asText()).minusMonths(3);
            LocalDate next = firstDate;
            while (!next.isAfter(anchor)) {
                next = RecurringTransfers.next(next, "monthly");
            }
            tables.recurringTransfers().put(recurring(id, first, "Office rent", firstDate, null, next,
                    RecurringTransfers.ACTIVE, Instant.parse(first.get("created_at").asText())
                            .minusSeconds(86_400L * 95)));
        });
        List<ObjectNode> validated = store.beneficiaries().where(b -> "validated".equals(b.get("status").asText()));
        ObjectNode template = Json.object()
                .put("bank_account_id", store.transfers().all().get(0).get("bank_account_id").asText())
                .put("beneficiary_id", context.pick(validated).get("id").asText())
                .put("amount_cents", context.centsBetween(20_000, 300_000));
        Instant createdAt = context.daysBeforeAnchor(300, 200);
        LocalDate firstDate = LocalDate.ofInstant(createdAt, ZoneOffset.UTC).plusDays(1);
        tables.recurringTransfers().put(recurring(context.ids().uuid("recurring_transfer"), template,
                "Software subscription", firstDate, firstDate.plusYears(2), null, RecurringTransfers.CANCELED,
                createdAt));
    }

    private ObjectNode recurring(String id, ObjectNode from, String reference, LocalDate firstDate,
            LocalDate lastDate, LocalDate nextDate, String status, Instant createdAt) {
        long cents = from.get("amount_cents").asLong();
        Instant updatedAt = context.later(createdAt, 60 * 24 * 60);
        return Json.object()
                .put("id", id)
                .put("initiator_id", store.membershipId())
                .put("bank_account_id", from.get("bank_account_id").asText())
                .put("amount", Money.number(cents))
                .put("amount_cents", cents)
                .put("amount_currency", "EUR")
                .put("beneficiary_id", from.get("beneficiary_id").asText())
                .put("reference", reference)
                .put("note", context.chance(0.5) ? context.pick(SeedCatalog.NOTES) : null)
                .put("first_execution_date", Timestamps.format(firstDate))
                .put("last_execution_date", lastDate == null ? null : Timestamps.format(lastDate))
                .put("next_execution_date", nextDate == null ? null : Timestamps.format(nextDate))
                .put("frequency", "monthly")
                .put("created_at", Timestamps.format(createdAt))
                .put("updated_at", Timestamps.format(updatedAt))
                .put("status", status);
    }

    /** Bulk transfers of settled SEPA transfers; the second has one item Qonto refused. */
    private void bulkTransfers() {
        List<ObjectNode> settled = store.transfers().where(t -> "settled".equals(t.get("status").asText()));
        tables.bulkTransfers().put(bulk(settled.subList(0, 3), false));
        tables.bulkTransfers().put(bulk(settled.subList(3, 5), true));
    }

    private ObjectNode bulk(List<ObjectNode> transfers, boolean withFailure) {
        String createdAt = transfers.stream().map(t -> t.get("created_at").asText()).min(String::compareTo)
                .orElseThrow();
        List<ObjectNode> results = new ArrayList<>();
        for (ObjectNode transfer : transfers) {
            ObjectNode result = Json.object().put("client_transfer_id", context.ids().uuid("client_transfer"))
                    .put("transfer_id", transfer.get("id").asText());
            result.putNull("errors");
            results.add(result.put("status", "completed"));
        }
        if (withFailure) {
            ObjectNode error = Json.object().put("code", "attachment_required")
                    .put("detail", "transfers above 30000.00 EUR need at least one attachment");
            error.set("source", Json.object().put("pointer", "/bulk_transfers/" + results.size() + "/attachment_ids"));
            ObjectNode failed = Json.object().put("client_transfer_id", context.ids().uuid("client_transfer"))
                    .putNull("transfer_id");
            failed.set("errors", Json.array(List.of(Json.object().set("errors", Json.array(List.of(error))))));
            results.add(failed.put("status", "failed"));
        }
        ObjectNode bulk = Json.object()
                .put("id", context.ids().uuid("bulk_transfer"))
                .put("initiator_id", store.membershipId())
                .put("created_at", createdAt)
                .put("updated_at", Timestamps.format(context.later(Instant.parse(createdAt), 5)))
                .put("total_count", results.size())
                .put("completed_count", transfers.size())
                .put("pending_count", 0)
                .put("failed_count", results.size() - transfers.size());
        bulk.set("results", Json.array(results));
        return bulk;
    }

    /** Legacy external transfers, all from the year before SEPA transfers replaced them. */
    private void externalTransfers() {
        List<ObjectNode> validated = store.beneficiaries().where(b -> "validated".equals(b.get("status").asText()));
        ObjectNode account = store.bankAccounts().where(a -> a.get("main").asBoolean()).get(0);
        String[] statuses = {"settled", "settled", "settled", "declined", "canceled", "pending"};
        for (int i = 0; i < statuses.length; i++) {
            String status = statuses[i];
            long cents = context.centsBetween(10_000, 500_000);
            Instant createdAt = context.daysBeforeAnchor(420, 300);
            Instant processedAt = "pending".equals(status) || "canceled".equals(status) ? null
                    : context.later(createdAt, 60 * 6);
            Instant completedAt = "settled".equals(status) ? context.later(processedAt, 60 * 24) : null;
            String amount = Money.string(cents);
            tables.externalTransfers().put(Json.object()
                    .put("id", context.ids().uuid("external_transfer"))
                    .put("slug", store.organizationSlug() + "-external-transfer-"
                            + store.ids().next("external_transfer"))
                    .put("debit_iban", account.get("iban").asText())
                    .put("debit_amount", amount)
                    .put("debit_amount_cents", String.valueOf(cents))
                    .put("debit_currency", "EUR")
                    .put("initiator_id", store.membershipId())
                    .put("beneficiary_id", context.pick(validated).get("id").asText())
                    .put("credit_amount", amount)
                    .put("credit_amount_cents", String.valueOf(cents))
                    .put("credit_currency", "EUR")
                    .put("reference", "Invoice INV-2024-" + (800 + i))
                    .put("status", status)
                    .put("created_at", Timestamps.format(createdAt))
                    .put("scheduled_date", Timestamps.format(LocalDate.ofInstant(createdAt, ZoneOffset.UTC)))
                    .put("rate_applied", "1.0")
                    .put("payment_purpose", "goods")
                    .put("note", context.chance(0.3) ? context.pick(SeedCatalog.NOTES) : null)
                    .put("declined_reason", "declined".equals(status) ? "beneficiary_bic_invalid" : null)
                    .put("completed_at", Timestamps.formatOrNull(completedAt))
                    .put("processed_at", Timestamps.formatOrNull(processedAt))
                    .putNull("transaction_id"));
        }
    }

    private void internationalBeneficiaries() {
        tables.internationalBeneficiaries().put(international("Acme Robotics Inc.", "US", "USD", "aba",
                "8" + context.digits(9), "026009593", null));
        tables.internationalBeneficiaries().put(international("Brightside Studio Ltd", "GB", "GBP", "sort_code",
                context.digits(8), "231470", null));
        tables.internationalBeneficiaries().put(international("Helvetia Instruments AG", "CH", "CHF", "swift_code",
                "CH93" + context.digits(17), "UBSWCHZH80A", null));
    }

    private ObjectNode international(String name, String country, String currency, String paymentType,
            String account, String bank, String branch) {
        return Json.object()
                .put("id", context.ids().uuid("international_beneficiary"))
                .put("name", name)
                .put("country", country)
                .put("currency", currency)
                .put("payment_type", paymentType)
                .put("account_identifier", account)
                .put("bank_identifier", bank)
                .put("branch_identifier", branch);
    }
}
