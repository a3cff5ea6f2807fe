package io.camelqonto.emulator.internal.domain;

import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.seed.Seeder;
import io.camelqonto.emulator.internal.store.DataStore;
import io.camelqonto.emulator.internal.webhook.WebhookSubscriptions;
import io.camelqonto.emulator.internal.webhook.WebhookTopics;
import java.time.Clock;
import java.time.Instant;

/**
 * The business state of the emulated organization and the operations on it. One instance per seeding:
 * a reset replaces it. Not thread-safe: callers hold the emulator's state lock.
 */
public final class Domain {

    private final DataStore data;
    private final Clock clock;
    private final Accounts accounts;
    private final Beneficiaries beneficiaries;
    private final Transactions transactions;
    private final Transfers transfers;
    private final Requests requests;
    private final PayeeVerification payeeVerification;
    private final RecurringTransfers recurringTransfers;
    private final BulkTransfers bulkTransfers;
    private final InternalTransfers internalTransfers;
    private final ExternalTransfers externalTransfers;
    private final InternationalTransfers internationalTransfers;
    private final MultiTransferRequests multiTransferRequests;
    private final Cards cards;
    private final Teams teams;
    private final Memberships memberships;
    private final WebhookSubscriptions webhooks;

    private Domain(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
        this.accounts = new Accounts(data, this::now);
        this.beneficiaries = new Beneficiaries(data, this::now);
        this.transactions = new Transactions(data, this::now);
        this.transfers = new Transfers(data, this::now, accounts, transactions);
        this.requests = new Requests(data, this::now, beneficiaries, transfers);
        this.payeeVerification = new PayeeVerification(this::now);
        this.recurringTransfers = new RecurringTransfers(data, this::now, transfers);
        this.bulkTransfers = new BulkTransfers(data, this::now, transfers);
        this.internalTransfers = new InternalTransfers(data, this::now, accounts, transactions);
        this.externalTransfers = new ExternalTransfers(data, this::now);
        this.internationalTransfers = new InternationalTransfers(data, this::now, accounts);
        this.multiTransferRequests = new MultiTransferRequests(data, requests);
        this.cards = new Cards(data, this::now);
        this.teams = new Teams(data);
        this.memberships = new Memberships(data);
        this.webhooks = new WebhookSubscriptions(data, this::now);
        // from here on, and not while seeding: what happened before a subscription existed is never sent
        data.transactions().observe((transaction, created) ->
                webhooks.publish(WebhookTopics.TRANSACTIONS, created ? "created" : "updated", transaction));
    }

    public static Domain seeded(long seed, Clock clock) {
        return new Domain(Seeder.seed(seed), clock);
    }

    public DataStore data() {
        return data;
    }

    /** {@return the emulator clock's instant at the precision Qonto stores} */
    public Instant now() {
        return Timestamps.truncate(clock.instant());
    }

    public Accounts accounts() {
        return accounts;
    }

    public Beneficiaries beneficiaries() {
        return beneficiaries;
    }

    public Transactions transactions() {
        return transactions;
    }

    public Transfers transfers() {
        return transfers;
    }

    public Requests requests() {
        return requests;
    }

    public PayeeVerification payeeVerification() {
        return payeeVerification;
    }

    public RecurringTransfers recurringTransfers() {
        return recurringTransfers;
    }

    public BulkTransfers bulkTransfers() {
        return bulkTransfers;
    }

    public InternalTransfers internalTransfers() {
        return internalTransfers;
    }

    public ExternalTransfers externalTransfers() {
        return externalTransfers;
    }

    public InternationalTransfers internationalTransfers() {
        return internationalTransfers;
    }

    public MultiTransferRequests multiTransferRequests() {
        return multiTransferRequests;
    }

    public Cards cards() {
        return cards;
    }

    public Teams teams() {
        return teams;
    }

    public Memberships memberships() {
        return memberships;
    }

    public WebhookSubscriptions webhooks() {
        return webhooks;
    }
}
