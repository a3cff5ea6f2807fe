package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * SEPA transfers and their life cycle: pending, then processing, then settled or declined; canceled while
 * pending. The amount is held back from the authorized balance until the transfer settles or fails.
 */
public final class Transfers {

    public static final List<String> STATUSES = List.of("pending", "processing", "canceled", "declined", "settled");

    private static final Map<String, Set<String>> NEXT_STATUSES = Map.of(
            "pending", Set.of("processing", "settled", "declined", "canceled"),
            "processing", Set.of("settled", "declined"));

    private final DataStore data;
    private final Supplier<Instant> now;
    private final Accounts accounts;
    private final Transactions transactions;

    Transfers(DataStore data, Supplier<Instant> now, Accounts accounts, Transactions transactions) {
        this.data = data;
        this.now = now;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    /** Not final yet: the money is still held back. */
    public static boolean isOpen(ObjectNode transfer) {
        return NEXT_STATUSES.containsKey(transfer.get("status").asText());
    }

    public Optional<ObjectNode> byId(String id) {
        return data.transfers().get(id);
    }

    public ObjectNode create(TransferOrder order) {
        String timestamp = Timestamps.format(now.get());
        ObjectNode transfer = Json.object()
                .put("id", data.ids().uuid("transfer"))
                .put("initiator_id", data.membershipId())
                .put("amount", Money.number(order.amountCents()))
                .put("amount_cents", order.amountCents())
                .put("amount_currency", "EUR")
                .put("beneficiary_id", order.beneficiaryId())
                .put("status", "pending")
                .put("scheduled_date", Timestamps.format(order.scheduledDate()))
                .put("created_at", timestamp)
                .put("updated_at", timestamp)
                .put("bank_account_id", order.bankAccountId())
                .put("reference", order.reference())
                .put("note", order.note())
                .putNull("declined_reason")
                .putNull("processed_at")
                .putNull("completed_at")
                .putNull("transaction_id")
                .putNull("recurring_transfer_id");
        data.transfers().put(transfer);
        accounts.reserve(order.bankAccountId(), order.amountCents());
        return transfer;
    }

    private static boolean canMove(ObjectNode transfer, String status) {
        return NEXT_STATUSES.getOrDefault(transfer.get("status").asText(), Set.of()).contains(status);
    }

    /**
     * Moves a transfer forward. Settling books its debit transaction; declining or canceling releases the
     * held amount.
     *
     * @throws IllegalArgumentException for a status Qonto does not have
     * @throws IllegalStateException when the transfer cannot move to that status
     */
    public ObjectNode move(ObjectNode transfer, String status) {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("Unknown transfer status " + status + ", expected one of " + STATUSES);
        }
        if (!canMove(transfer, status)) {
            throw new IllegalStateException("A " + transfer.get("status").asText() + " transfer cannot become " + status);
        }
        String timestamp = Timestamps.format(now.get());
        String accountId = transfer.get("bank_account_id").asText();
        long cents = transfer.get("amount_cents").asLong();
        transfer.put("status", status).put("updated_at", timestamp);
        if (!"canceled".equals(status) && transfer.get("processed_at").isNull()) {
            transfer.put("processed_at", timestamp);
        }
        switch (status) {
            case "settled" -> {
                long balance = accounts.settleReserved(accountId, cents);
                ObjectNode beneficiary = data.beneficiaries().get(transfer.get("beneficiary_id").asText()).orElseThrow();
                ObjectNode tx = transactions.bookTransfer(transfer, beneficiary, balance);
                transfer.put("completed_at", timestamp).put("transaction_id", tx.get("id").asText());
            }
            case "declined" -> {
                accounts.release(accountId, cents);
                transfer.put("declined_reason", "beneficiary_bic_invalid");
            }
            case "canceled" -> accounts.release(accountId, cents);
            default -> {
                // processing: nothing is booked yet
            }
        }
        return transfer;
    }
}
