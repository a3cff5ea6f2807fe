package io.camelqonto.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.EmulatorState;
import io.camelqonto.emulator.internal.domain.Domain;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.store.ResourceTable;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The emulator's data, for tests to read and arrange. Reads return immutable snapshots with Qonto's field
 * names and values as the API would send them (timestamps and dates as strings, amounts as
 * {@link java.math.BigDecimal}, cents and counts as {@link Long}). Thread-safe.
 */
public final class EmulatorStore {

    private final EmulatorState state;

    EmulatorStore(EmulatorState state) {
        this.state = state;
    }

    /** {@return the organization with all its bank accounts, connected external ones included} */
    public Map<String, Object> organization() {
        return state.locked(domain -> {
            ObjectNode organization = domain.data().organization().deepCopy();
            organization.set("bank_accounts", Json.array(domain.data().bankAccounts().all()));
            return Json.immutableMap(organization);
        });
    }

    /** {@return the organization's bank accounts} */
    public List<Map<String, Object>> bankAccounts() {
        return all(domain -> domain.data().bankAccounts());
    }

    /** {@return in creation order: the seeded ones first} */
    public List<Map<String, Object>> transactions() {
        return all(domain -> domain.data().transactions());
    }

    /** {@return the approval requests, in creation order} */
    public List<Map<String, Object>> requests() {
        return all(domain -> domain.data().requests());
    }

    /** {@return the SEPA transfers, in creation order} */
    public List<Map<String, Object>> sepaTransfers() {
        return all(domain -> domain.data().transfers());
    }

    /** {@return the SEPA beneficiaries, in creation order} */
    public List<Map<String, Object>> beneficiaries() {
        return all(domain -> domain.data().beneficiaries());
    }

    /** {@return the labels, each parent label before the labels nested under it} */
    public List<Map<String, Object>> labels() {
        return all(domain -> domain.data().labels());
    }

    /**
     * {@return the memberships: the first one is the owner, the member API callers act as; each holds all Qonto knows
     * of the member, the fields of the list and those of the member's own membership (contact data, team)}
     */
    public List<Map<String, Object>> memberships() {
        return all(domain -> domain.data().memberships());
    }

    /** {@return the teams, in creation order} */
    public List<Map<String, Object>> teams() {
        return all(domain -> domain.data().teams());
    }

    /** {@return the cards: every status a card can be in is among the seeded ones; the first card is the owner's} */
    public List<Map<String, Object>> cards() {
        return all(domain -> domain.data().cards());
    }

    /**
     * A card by id.
     *
     * @param id the card id
     * @return the card, or empty when there is none with this id
     */
    public Optional<Map<String, Object>> card(String id) {
        return state.locked(domain -> domain.cards().byId(id).map(Json::immutableMap));
    }

    /**
     * {@return the statements as stored: without the {@code file_url} of API responses, a link the emulator signs for
     * each response}
     */
    public List<Map<String, Object>> statements() {
        return all(domain -> domain.data().statements());
    }

    /**
     * {@return the SEPA recurring transfers; the seeded ones are those the seeded SEPA transfers name, plus a canceled
     * one}
     */
    public List<Map<String, Object>> recurringTransfers() {
        return all(domain -> domain.data().transferTables().recurringTransfers());
    }

    /** {@return the SEPA bulk transfers, in creation order} */
    public List<Map<String, Object>> bulkTransfers() {
        return all(domain -> domain.data().transferTables().bulkTransfers());
    }

    /** {@return the transfers between accounts of the organization, made through the API (none are seeded)} */
    public List<Map<String, Object>> internalTransfers() {
        return all(domain -> domain.data().transferTables().internalTransfers());
    }

    /** {@return the legacy external transfers} */
    public List<Map<String, Object>> externalTransfers() {
        return all(domain -> domain.data().transferTables().externalTransfers());
    }

    /** {@return the international beneficiaries, in creation order} */
    public List<Map<String, Object>> internationalBeneficiaries() {
        return all(domain -> domain.data().transferTables().internationalBeneficiaries());
    }

    /** {@return the international quotes, in creation order} */
    public List<Map<String, Object>> internationalQuotes() {
        return all(domain -> domain.data().transferTables().internationalQuotes());
    }

    /** {@return the international transfers, in creation order} */
    public List<Map<String, Object>> internationalTransfers() {
        return all(domain -> domain.data().transferTables().internationalTransfers());
    }

    /** {@return the clients in creation order: the seeded ones first} */
    public List<Map<String, Object>> clients() {
        return all(domain -> domain.data().invoicing().clients());
    }

    /**
     * {@return the client invoices in creation order; the first seeded one has every optional part (discounts,
     * settings, e-invoicing)}
     */
    public List<Map<String, Object>> clientInvoices() {
        return all(domain -> domain.data().invoicing().clientInvoices());
    }

    /** {@return the credit notes, in creation order} */
    public List<Map<String, Object>> creditNotes() {
        return all(domain -> domain.data().invoicing().creditNotes());
    }

    /** {@return the quotes, in creation order} */
    public List<Map<String, Object>> quotes() {
        return all(domain -> domain.data().invoicing().quotes());
    }

    /** {@return the payment links in creation order; the first seeded one has payments} */
    public List<Map<String, Object>> paymentLinks() {
        return all(domain -> domain.data().invoicing().paymentLinks());
    }

    /**
     * The payments made through a payment link.
     *
     * @param paymentLinkId the payment link's id
     * @return its payments, in creation order
     */
    public List<Map<String, Object>> paymentLinkPayments(String paymentLinkId) {
        return all(domain -> domain.data().invoicing().paymentsOf(paymentLinkId));
    }

    /**
     * {@return the organization's connection to the payment-link provider; seeded {@code enabled} on the main account}
     */
    public Optional<Map<String, Object>> paymentLinkConnection() {
        return state.locked(domain -> domain.data().invoicing().paymentLinkConnection().map(Json::immutableMap));
    }

    /** Forgets the connection to the payment-link provider, as for an organization that never made one. */
    public void disconnectPaymentLinks() {
        state.locked(domain -> {
            domain.data().invoicing().paymentLinkConnection(null);
            return null;
        });
    }

    /**
     * Enables the pending connection to the payment-link provider, as when the customer completes the provider's
     * onboarding.
     *
     * @throws NoSuchElementException when the organization made no connection
     */
    public void completePaymentLinkOnboarding() {
        state.locked(domain -> domain.data().invoicing().paymentLinkConnection()
                .orElseThrow(() -> new NoSuchElementException("No payment links connection"))
                .put("status", "enabled"));
    }

    /** {@return every OAuth app's webhook subscriptions, oldest first, without their secrets} */
    public List<Map<String, Object>> webhookSubscriptions() {
        return state.locked(domain -> domain.webhooks().all().stream().map(Json::immutableMap).toList());
    }

    /**
     * A transaction by id.
     *
     * @param id the transaction id
     * @return the transaction, or empty when there is none with this id
     */
    public Optional<Map<String, Object>> transaction(String id) {
        return state.locked(domain -> domain.transactions().byId(id).map(Json::immutableMap));
    }

    /**
     * An approval request by id.
     *
     * @param id the request id
     * @return the request, or empty when there is none with this id
     */
    public Optional<Map<String, Object>> request(String id) {
        return state.locked(domain -> domain.requests().byId(id).map(Json::immutableMap));
    }

    /**
     * A SEPA transfer by id.
     *
     * @param id the transfer id
     * @return the transfer, or empty when there is none with this id
     */
    public Optional<Map<String, Object>> sepaTransfer(String id) {
        return state.locked(domain -> domain.transfers().byId(id).map(Json::immutableMap));
    }

    /**
     * A SEPA beneficiary by id.
     *
     * @param id the beneficiary id
     * @return the beneficiary, or empty when there is none with this id
     */
    public Optional<Map<String, Object>> beneficiary(String id) {
        return state.locked(domain -> domain.beneficiaries().byId(id).map(Json::immutableMap));
    }

    /**
     * Adds a transaction: by default a completed 10.00 EUR card payment on the main account, emitted,
     * settled and updated now. {@code overrides} replace any field, by its Qonto name; an {@code amount}
     * given without {@code amount_cents} (or the reverse) gets the other derived. Balances are not changed.
     *
     * @param overrides fields of the new transaction by their Qonto names
     * @return the new transaction's id
     * @throws IllegalArgumentException for a field transactions do not have
     */
    public String addTransaction(Map<String, Object> overrides) {
        return state.locked(domain -> domain.transactions().add(overrides).get("id").asText());
    }

    /**
     * Changes fields of a transaction, as when a user adds a note or an attachment in the app.
     * {@code updated_at} moves to now unless {@code changes} set it.
     *
     * @param id the transaction id
     * @param changes the new values by their Qonto names
     * @throws NoSuchElementException when there is no such transaction
     */
    public void updateTransaction(String id, Map<String, Object> changes) {
        state.locked(domain -> domain.transactions().update(
                domain.transactions().byId(id).orElseThrow(() -> notFound("transaction", id)), changes));
    }

    /**
     * Adds a pending approval request created now, of {@code request_type} {@code transfer} unless the
     * overrides say otherwise.
     *
     * @param overrides fields of the new request by their Qonto names
     * @return the new request's id
     */
    public String addRequest(Map<String, Object> overrides) {
        return state.locked(domain -> domain.requests().add(overrides).get("id").asText());
    }

    /**
     * Moves a SEPA transfer along its life cycle as the bank would: {@code pending -> processing -> settled}
     * or {@code declined}. Settling books the debit transaction on the account.
     *
     * @param id the transfer id
     * @param status the status to move to
     * @throws NoSuchElementException when there is no such transfer
     * @throws IllegalStateException when the transfer cannot move to that status
     */
    public void advanceTransfer(String id, String status) {
        state.locked(domain -> domain.transfers().move(
                domain.transfers().byId(id).orElseThrow(() -> notFound("SEPA transfer", id)), status));
    }

    /** {@return the attachments: the seeded receipts of transactions and supplier invoices, then those uploaded} */
    public List<Map<String, Object>> attachments() {
        return all(domain -> domain.data().attachments());
    }

    /**
     * The bytes of an attachment's file, or of an insurance contract's document, as uploaded; empty for a seeded one,
     * whose file is made up when downloaded.
     *
     * @param id the attachment's or document's id
     * @return the bytes uploaded
     */
    public Optional<byte[]> uploadedFile(String id) {
        return state.locked(domain -> domain.data().documents().file(id).map(file -> file.content()));
    }

    /**
     * {@return the supplier invoices in creation order; the first seeded one has every optional part, the third is not
     * analysed yet}
     */
    public List<Map<String, Object>> supplierInvoices() {
        return all(domain -> domain.data().documents().supplierInvoices());
    }

    /** {@return the insurance contracts with their documents; one is seeded} */
    public List<Map<String, Object>> insuranceContracts() {
        return all(domain -> domain.data().documents().insuranceContracts());
    }

    /** {@return the Embed auth links handed out, in order} */
    public List<Map<String, Object>> embedAuthLinks() {
        return state.locked(domain -> domain.data().documents().embedAuthLinks().stream().map(Json::immutableMap)
                .toList());
    }

    private List<Map<String, Object>> all(Function<Domain, ResourceTable> table) {
        return state.locked(domain -> table.apply(domain).all().stream().map(Json::immutableMap).toList());
    }

    private static NoSuchElementException notFound(String kind, String id) {
        return new NoSuchElementException("No " + kind + " with id " + id);
    }
}
