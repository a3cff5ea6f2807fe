package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/** The organization's bank accounts and their balances. */
public final class Accounts {

    private final DataStore data;
    private final Supplier<Instant> now;

    Accounts(DataStore data, Supplier<Instant> now) {
        this.data = data;
        this.now = now;
    }

    public Optional<ObjectNode> byId(String id) {
        return data.bankAccounts().get(id);
    }

    public Optional<ObjectNode> byIban(String iban) {
        String wanted = Iban.normalize(iban);
        return data.bankAccounts().where(a -> wanted.equals(a.path("iban").asText(null))).stream().findFirst();
    }

    public ObjectNode main() {
        return data.bankAccounts().where(a -> a.get("main").asBoolean()).get(0);
    }

    /** An account money can be sent from: a Qonto account (not a connected one) that is not closed. */
    public static boolean canDebit(ObjectNode account) {
        return "active".equals(account.get("status").asText()) && !account.get("is_external_account").asBoolean();
    }

    /** Moves the authorized balance only: money reserved by a pending transfer, or released. */
    void reserve(String accountId, long cents) {
        adjust(accountId, 0, -cents);
    }

    void release(String accountId, long cents) {
        adjust(accountId, 0, cents);
    }

    /** Books a settled debit that was reserved before; returns the balance after it. */
    long settleReserved(String accountId, long cents) {
        return adjust(accountId, -cents, 0);
    }

    /** Money leaving at once (an internal transfer): both balances go down; returns the balance after it. */
    long withdraw(String accountId, long cents) {
        return adjust(accountId, -cents, -cents);
    }

    /** Money arriving at once (an internal transfer): both balances go up; returns the balance after it. */
    long deposit(String accountId, long cents) {
        return adjust(accountId, cents, cents);
    }

    private long adjust(String accountId, long balanceDelta, long authorizedDelta) {
        ObjectNode account = byId(accountId).orElseThrow();
        long balance = account.get("balance_cents").asLong() + balanceDelta;
        long authorized = account.get("authorized_balance_cents").asLong() + authorizedDelta;
        account.put("balance", Money.number(balance)).put("balance_cents", balance)
                .put("authorized_balance", Money.number(authorized)).put("authorized_balance_cents", authorized)
                .put("updated_at", Timestamps.format(now.get()));
        return balance;
    }
}
