package io.camelqonto.emulator.internal.seed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.domain.TransactionDocument;
import io.camelqonto.emulator.internal.domain.Transfers;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.store.DataStore;
import java.util.Comparator;
import java.util.List;

/**
 * Makes balances agree with the seeded transactions: each completed transaction gets the balance after it
 * as {@code settled_balance}, and each account ends with the balance its transactions add up to.
 */
final class BalanceBooker {

    private final SeedContext context;
    private final DataStore store;

    BalanceBooker(SeedContext context, DataStore store) {
        this.context = context;
        this.store = store;
    }

    void book(List<ObjectNode> transactions) {
        for (ObjectNode account : store.bankAccounts().all()) {
            String accountId = account.get("id").asText();
            List<ObjectNode> completed = transactions.stream()
                    .filter(tx -> accountId.equals(tx.get("bank_account_id").asText()))
                    .filter(tx -> "completed".equals(tx.get("status").asText()))
                    .sorted(Comparator.comparing((ObjectNode tx) -> tx.get("settled_at").asText())
                            .thenComparing(tx -> tx.get("id").asText()))
                    .toList();
            long balance = openingBalance(completed);
            for (ObjectNode tx : completed) {
                balance += TransactionDocument.signedCents(tx);
                tx.put("settled_balance", Money.number(balance)).put("settled_balance_cents", balance);
            }
            long pendingDebits = reserved(transactions, accountId);
            account.put("balance", Money.number(balance)).put("balance_cents", balance)
                    .put("authorized_balance", Money.number(balance - pendingDebits))
                    .put("authorized_balance_cents", balance - pendingDebits);
        }
    }

    /** What pending card payments and transfers not yet settled hold back from the authorized balance. */
    private long reserved(List<ObjectNode> transactions, String accountId) {
        long pendingTransactions = transactions.stream()
                .filter(tx -> accountId.equals(tx.get("bank_account_id").asText()))
                .filter(tx -> "pending".equals(tx.get("status").asText()))
                .filter(tx -> "debit".equals(tx.get("side").asText()))
                .mapToLong(tx -> tx.get("amount_cents").asLong())
                .sum();
        long openTransfers = store.transfers().all().stream()
                .filter(t -> accountId.equals(t.get("bank_account_id").asText()))
                .filter(t -> Transfers.isOpen(t))
                .mapToLong(t -> t.get("amount_cents").asLong())
                .sum();
        return pendingTransactions + openTransfers;
    }

    /** A random opening balance, raised where needed so that the account never goes below zero. */
    private long openingBalance(List<ObjectNode> completed) {
        long running = 0;
        long lowest = 0;
        for (ObjectNode tx : completed) {
            running += TransactionDocument.signedCents(tx);
            lowest = Math.min(lowest, running);
        }
        return context.centsBetween(1_500_000, 6_000_000) - lowest;
    }
}
