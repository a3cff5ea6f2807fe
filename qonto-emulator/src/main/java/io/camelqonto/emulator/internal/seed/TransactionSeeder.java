package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.domain.TransactionDocument;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ninety days of transactions on every account, then the balances they add up to. A few groups of
 * transactions share one {@code updated_at}, as after a bulk edit in the app: consumers that page by
 * {@code updated_at} must cope with ties.
 */
final class TransactionSeeder {

    private static final int QONTO_ACCOUNT_TRANSACTIONS = 300;
    private static final int EXTERNAL_ACCOUNT_TRANSACTIONS = 20;
    private static final int SHARED_UPDATE_GROUPS = 8;
    private static final int DAYS = 90;
    /** The rate foreign card payments and incomes are converted at. */
    private static final double USD_PER_EUR = 1.08;

    private final SeedContext context;
    private final DataStore store;
    private final List<String> members;
    private final Map<String, String> counterpartyIbans = new HashMap<>();

    TransactionSeeder(SeedContext context, DataStore store, List<String> members) {
        this.context = context;
        this.store = store;
        this.members = members;
    }

    void seed() {
        List<ObjectNode> qontoAccounts = store.bankAccounts().where(a -> !a.get("is_external_account").asBoolean());
        ObjectNode external = store.bankAccounts().where(a -> a.get("is_external_account").asBoolean()).get(0);
        List<ObjectNode> transactions = new ArrayList<>();
        for (int i = 0; i < QONTO_ACCOUNT_TRANSACTIONS; i++) {
            ObjectNode account = context.chance(0.6) ? qontoAccounts.get(0) : context.pick(qontoAccounts);
            transactions.add(random(account, false));
        }
        for (int i = 0; i < EXTERNAL_ACCOUNT_TRANSACTIONS; i++) {
            transactions.add(random(external, true));
        }
        // Identity: documents are mutated below, and a JSON node's hash follows its content.
        Map<ObjectNode, ObjectNode> transferOf = new IdentityHashMap<>();
        for (ObjectNode transfer : store.transfers().where(t -> "settled".equals(t.get("status").asText()))) {
            ObjectNode tx = fromTransfer(transfer);
            transferOf.put(tx, transfer);
            transactions.add(tx);
        }
        shareUpdatedAt(transactions);
        transactions.sort(Comparator.comparing(tx -> tx.get("emitted_at").asText()));
        for (ObjectNode tx : transactions) {
            tx.put("id", context.ids().uuid("transaction"));
            tx.put("transaction_id", store.organizationSlug() + "-transaction-" + context.ids().next("transaction"));
            Optional.ofNullable(transferOf.get(tx)).ifPresent(t -> t.put("transaction_id", tx.get("id").asText()));
        }
        new BalanceBooker(context, store).book(transactions);
        transactions.forEach(store.transactions()::put);
    }

    private ObjectNode random(ObjectNode account, boolean external) {
        Merchant merchant = context.pick(SeedCatalog.MERCHANTS);
        String status = status(merchant);
        Instant emittedAt = "pending".equals(status) ? context.daysBeforeAnchor(4, 0) : context.daysBeforeAnchor(DAYS, 0);
        ObjectNode tx = TransactionDocument.blank();
        long cents = context.centsBetween(merchant.minCents(), merchant.maxCents());
        TransactionDocument.amount(tx, "EUR", cents);
        if (merchant.localCurrency() != null) {
            TransactionDocument.localAmount(tx, merchant.localCurrency(), Math.round(cents * USD_PER_EUR));
        }
        tx.put("side", merchant.side());
        TransactionDocument.operationType(tx, merchant.operationType());
        tx.put("label", merchant.name()).put("clean_counterparty_name", merchant.name());
        timestamps(tx, status, emittedAt);
        tx.put("status", status);
        if (context.chance(0.1)) {
            tx.put("note", context.pick(SeedCatalog.NOTES));
        }
        if (!"card".equals(merchant.operationType())) {
            tx.put("reference", (merchant.isDebit() ? "INV-" : "FAC-") + context.digits(6));
        }
        vat(tx, merchant.vatRate(), cents);
        details(tx, merchant, account, external);
        return tx;
    }

    private String status(Merchant merchant) {
        int draw = context.between(0, 99);
        if ("card".equals(merchant.operationType()) && draw < 8) {
            return "declined";
        }
        return draw >= 91 ? "pending" : "completed";
    }

    private void timestamps(ObjectNode tx, String status, Instant emittedAt) {
        Instant settledAt = "completed".equals(status) ? context.later(emittedAt, 60 * 48) : null;
        Instant last = settledAt != null ? settledAt : emittedAt;
        // One in five was touched again later: an attachment or a label added in the app.
        Instant updatedAt = context.chance(0.2) ? context.later(last, 60 * 24 * 10) : context.later(last, 180);
        tx.put("settled_at", Timestamps.formatOrNull(settledAt))
                .put("emitted_at", Timestamps.format(emittedAt))
                .put("updated_at", Timestamps.format(updatedAt))
                .put("created_at", Timestamps.format(emittedAt));
    }

    private void vat(ObjectNode tx, Double rate, long cents) {
        if (rate == null) {
            return;
        }
        long vatCents = BigDecimal.valueOf(cents).multiply(BigDecimal.valueOf(rate))
                .divide(BigDecimal.valueOf(100 + rate), 0, RoundingMode.HALF_UP).longValueExact();
        tx.put("vat_amount", Money.number(vatCents)).put("vat_amount_cents", vatCents).put("vat_rate", rate);
    }

    private void details(ObjectNode tx, Merchant merchant, ObjectNode account, boolean external) {
        boolean card = "card".equals(merchant.operationType());
        if (merchant.isDebit() && (card || "transfer".equals(merchant.operationType()))) {
            String initiator = context.pick(members);
            tx.put("initiator_id", initiator);
            if (card) {
                tx.put("card_last_digits", String.valueOf(1000 + Math.floorMod(initiator.hashCode(), 9000)));
            }
        }
        if (merchant.logo() != null) {
            tx.set("logo", Json.object()
                    .put("small", "https://logos.qonto.invalid/" + merchant.logo() + "/small.png")
                    .put("medium", "https://logos.qonto.invalid/" + merchant.logo() + "/medium.png"));
        }
        boolean needsReceipt = merchant.isDebit() && !"qonto_fee".equals(merchant.operationType());
        tx.put("attachment_required", needsReceipt);
        if (needsReceipt && context.chance(0.6)) {
            tx.withArray("attachment_ids").add(attachment(tx));
        }
        if (context.chance(0.25)) {
            tx.withArray("label_ids").add(context.pick(store.labels().all()).get("id").asText());
        }
        tx.put("category", merchant.category());
        TransactionDocument.named(tx, "cashflow_category", merchant.cashflowCategory());
        TransactionDocument.named(tx, "cashflow_subcategory", merchant.cashflowSubcategory());
        tx.put("bank_account_id", account.get("id").asText()).put("is_external_transaction", external);
        TransactionDocument.counterparty(tx, counterpartyIban(merchant.name()), "BNPAFRPPXXX");
    }

    private String attachment(ObjectNode tx) {
        String id = context.ids().uuid("attachment");
        store.attachments().put(Json.object()
                .put("id", id)
                .put("created_at", tx.get("updated_at").asText())
                .put("file_name", "receipt-" + id.substring(0, 8) + ".pdf")
                .put("file_size", String.valueOf(context.between(20_000, 400_000)))
                .put("file_content_type", "application/pdf")
                .put("url", "https://files.qonto.invalid/attachments/" + id + "/receipt.pdf")
                .set("probative_attachment", Json.object().put("status", "unavailable")));
        return id;
    }

    private String counterpartyIban(String name) {
        return store.beneficiaries().where(b -> b.get("name").asText().equals(name)).stream()
                .map(b -> b.get("iban").asText())
                .findFirst()
                .orElseGet(() -> counterpartyIbans.computeIfAbsent(name,
                        n -> Iban.french("30004", context.digits(5), context.digits(11))));
    }

    /** The debit a settled transfer booked, settled on completion. */
    private ObjectNode fromTransfer(ObjectNode transfer) {
        ObjectNode beneficiary = store.beneficiaries().get(transfer.get("beneficiary_id").asText()).orElseThrow();
        return TransactionDocument.transferDebit(transfer, beneficiary, transfer.get("completed_at").asText(),
                transfer.get("processed_at").asText());
    }

    private void shareUpdatedAt(List<ObjectNode> transactions) {
        for (int group = 0; group < SHARED_UPDATE_GROUPS; group++) {
            List<ObjectNode> edited = new ArrayList<>();
            int size = context.between(3, 5);
            while (edited.size() < size) {
                ObjectNode candidate = context.pick(transactions);
                if (!edited.contains(candidate)) {
                    edited.add(candidate);
                }
            }
            String shared = edited.stream().map(tx -> tx.get("updated_at").asText())
                    .max(Comparator.naturalOrder()).orElseThrow();
            edited.forEach(tx -> tx.put("updated_at", shared));
        }
    }
}
