package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Instant;
import java.util.Locale;
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

    /** Opens a business account now: a Qonto IBAN of its own (same bank and branch as the main account), empty. */
    public ObjectNode open(String name) {
        ObjectNode main = main();
        int number = data.bankAccounts().all().size() + 1;
        String accountNumber = String.format(Locale.ROOT, "%011d", 90_000_000_000L + data.ids().next("opened_account"));
        String iban = main.get("iban").asText();
        ObjectNode account = Json.object()
                .put("id", data.ids().uuid("bank_account"))
                .put("slug", data.organizationSlug() + "-bank-account-" + number)
                .put("name", name)
                .put("organization_id", main.get("organization_id").asText())
                .put("status", "active")
                .put("main", false)
                .put("iban", Iban.french(iban.substring(4, 9), iban.substring(9, 14), accountNumber))
                .put("bic", main.get("bic").asText())
                .put("currency", "EUR")
                .put("balance", Money.number(0))
                .put("balance_cents", 0)
                .put("authorized_balance", Money.number(0))
                .put("authorized_balance_cents", 0)
                .put("updated_at", Timestamps.format(now.get()))
                .put("is_external_account", false)
                .put("account_number", accountNumber);
        data.bankAccounts().put(account);
        return account;
    }

    public ObjectNode rename(ObjectNode account, String name) {
        return account.put("name", name).put("updated_at", Timestamps.format(now.get()));
    }

    public ObjectNode close(ObjectNode account) {
        return account.put("status", "closed").put("updated_at", Timestamps.format(now.get()));
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
