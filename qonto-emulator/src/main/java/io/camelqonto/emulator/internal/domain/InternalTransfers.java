package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Instant transfers between two accounts of the organization: both balances move at once and each account books its
 * side as a completed transaction.
 */
public final class InternalTransfers {

    private final DataStore data;
    private final Supplier<Instant> now;
    private final Accounts accounts;
    private final Transactions transactions;

    InternalTransfers(DataStore data, Supplier<Instant> now, Accounts accounts, Transactions transactions) {
        this.data = data;
        this.now = now;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    /** Amounts are strings in the answer, as in Qonto's reference; so are the cents. */
    public ObjectNode create(ObjectNode debitAccount, ObjectNode creditAccount, long cents, String reference) {
        String id = data.ids().uuid("internal_transfer");
        long debitBalance = accounts.withdraw(debitAccount.get("id").asText(), cents);
        long creditBalance = accounts.deposit(creditAccount.get("id").asText(), cents);
        book(debitAccount, creditAccount, "debit", cents, reference, debitBalance);
        book(creditAccount, debitAccount, "credit", cents, reference, creditBalance);
        ObjectNode transfer = Json.object()
                .put("id", id)
                .put("slug", data.organizationSlug() + "-internal-transfer-" + data.ids().next("internal_transfer"))
                .put("status", "settled")
                .put("amount", Money.string(cents))
                .put("amount_cents", String.valueOf(cents))
                .put("currency", "EUR")
                .put("reference", reference)
                .put("created_at", Timestamps.format(now.get()));
        data.transferTables().internalTransfers().put(transfer);
        return transfer;
    }

    private void book(ObjectNode account, ObjectNode counterpart, String side, long cents, String reference,
            long balanceAfter) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("bank_account_id", account.get("id").asText());
        fields.put("side", side);
        fields.put("operation_type", "transfer");
        fields.put("amount_cents", cents);
        fields.put("label", counterpart.get("name").asText());
        fields.put("clean_counterparty_name", counterpart.get("name").asText());
        fields.put("reference", reference);
        fields.put("category", "treasury_and_interco");
        fields.put("settled_balance_cents", balanceAfter);
        fields.put("initiator_id", data.membershipId());
        Map<String, Object> counterparty = new LinkedHashMap<>();
        counterparty.put("counterparty_account_number", counterpart.get("iban").asText());
        counterparty.put("counterparty_account_number_format", "IBAN");
        counterparty.put("counterparty_bank_identifier", counterpart.get("bic").asText());
        counterparty.put("counterparty_bank_identifier_format", "SWIFT_BIC");
        fields.put("transfer", counterparty);
        transactions.add(fields);
    }
}
