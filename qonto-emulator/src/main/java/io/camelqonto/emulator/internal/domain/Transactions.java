package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Transactions: booked by settled transfers, or added and edited directly by tests. */
public final class Transactions {

    private final DataStore data;
    private final Supplier<Instant> now;

    Transactions(DataStore data, Supplier<Instant> now) {
        this.data = data;
        this.now = now;
    }

    public Optional<ObjectNode> byId(String id) {
        return data.transactions().get(id);
    }

    /**
     * A completed card payment of 10.00 EUR on the main account, made now, with {@code overrides} applied.
     * Balances are left as they are: this is test data, not a booking.
     */
    public ObjectNode add(Map<String, Object> overrides) {
        ObjectNode tx = TransactionDocument.blank();
        String timestamp = Timestamps.format(now.get());
        tx.put("id", data.ids().uuid("transaction"))
                .put("transaction_id", nextTransactionId())
                .put("side", "debit")
                .put("label", "Emulator test payment")
                .put("clean_counterparty_name", "Emulator test payment")
                .put("settled_at", timestamp)
                .put("emitted_at", timestamp)
                .put("updated_at", timestamp)
                .put("created_at", timestamp)
                .put("status", "completed")
                .put("category", "other_expense")
                .put("bank_account_id", data.bankAccounts().where(a -> a.get("main").asBoolean()).get(0)
                        .get("id").asText());
        TransactionDocument.amount(tx, "EUR", 1_000);
        TransactionDocument.operationType(tx, "card");
        apply(tx, overrides);
        if ("pending".equals(tx.get("status").asText()) && !overrides.containsKey("settled_at")) {
            tx.putNull("settled_at");
        }
        data.transactions().put(tx);
        return tx;
    }

    /**
     * Applies {@code changes} and bumps {@code updated_at} to now, unless the changes set it. Invalid changes
     * leave the transaction as it was.
     */
    public ObjectNode update(ObjectNode tx, Map<String, Object> changes) {
        ObjectNode updated = tx.deepCopy();
        apply(updated, changes);
        if (!changes.containsKey("updated_at")) {
            updated.put("updated_at", Timestamps.format(now.get()));
        }
        data.transactions().put(updated);
        return updated;
    }

    /** Books the completed debit of a settled transfer and returns it. */
    ObjectNode bookTransfer(ObjectNode transfer, ObjectNode beneficiary, long balanceAfter) {
        String timestamp = Timestamps.format(now.get());
        ObjectNode tx = TransactionDocument.transferDebit(transfer, beneficiary, timestamp, timestamp);
        tx.put("id", data.ids().uuid("transaction")).put("transaction_id", nextTransactionId())
                .put("settled_balance", Money.number(balanceAfter)).put("settled_balance_cents", balanceAfter);
        data.transactions().put(tx);
        return tx;
    }

    private String nextTransactionId() {
        return data.organizationSlug() + "-transaction-" + data.ids().next("transaction");
    }

    /**
     * Sets each given field. An amount given without its cents (or the reverse) gets the other derived, so
     * that the pair stays consistent, and a new amount in the account currency is also the local amount.
     */
    private static void apply(ObjectNode tx, Map<String, Object> changes) {
        Documents.set(tx, changes, TransactionDocument::isField, "transaction");
        Documents.normalizeTimestamps(tx, "settled_at", "emitted_at", "updated_at", "created_at");
        for (String money : new String[] {"amount", "local_amount", "settled_balance", "vat_amount"}) {
            deriveMoney(tx, changes, money);
        }
        boolean amountChanged = changes.containsKey("amount") || changes.containsKey("amount_cents");
        boolean localChanged = changes.containsKey("local_amount") || changes.containsKey("local_amount_cents");
        if (amountChanged && !localChanged && tx.get("local_currency").equals(tx.get("currency"))) {
            tx.set("local_amount", tx.get("amount"));
            tx.set("local_amount_cents", tx.get("amount_cents"));
        }
        if (changes.containsKey("operation_type") && !changes.containsKey("subject_type")) {
            TransactionDocument.operationType(tx, tx.get("operation_type").asText());
        }
    }

    private static void deriveMoney(ObjectNode tx, Map<String, Object> changes, String field) {
        String centsField = field + "_cents";
        if (changes.containsKey(field) == changes.containsKey(centsField)) {
            return;
        }
        JsonNode given = tx.get(changes.containsKey(field) ? field : centsField);
        if (given.isNull()) {
            tx.putNull(field).putNull(centsField);
            return;
        }
        long cents = changes.containsKey(field) ? Money.cents(given.decimalValue()) : given.asLong();
        tx.put(field, Money.number(cents)).put(centsField, cents);
    }
}
