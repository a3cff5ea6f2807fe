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

    /** The organization with all its bank accounts, connected external ones included. */
    public Map<String, Object> organization() {
        return state.locked(domain -> {
            ObjectNode organization = domain.data().organization().deepCopy();
            organization.set("bank_accounts", Json.array(domain.data().bankAccounts().all()));
            return Json.immutableMap(organization);
        });
    }

    public List<Map<String, Object>> bankAccounts() {
        return all(domain -> domain.data().bankAccounts());
    }

    /** In creation order: the seeded ones first. */
    public List<Map<String, Object>> transactions() {
        return all(domain -> domain.data().transactions());
    }

    public List<Map<String, Object>> requests() {
        return all(domain -> domain.data().requests());
    }

    public List<Map<String, Object>> sepaTransfers() {
        return all(domain -> domain.data().transfers());
    }

    public List<Map<String, Object>> beneficiaries() {
        return all(domain -> domain.data().beneficiaries());
    }

    /** Each parent label before the labels nested under it. */
    public List<Map<String, Object>> labels() {
        return all(domain -> domain.data().labels());
    }

    /** The first one is the owner, the member API callers act as. */
    public List<Map<String, Object>> memberships() {
        return all(domain -> domain.data().memberships());
    }

    /**
     * Statements as stored: without the {@code file_url} of API responses, a link the emulator signs for each
     * response.
     */
    public List<Map<String, Object>> statements() {
        return all(domain -> domain.data().statements());
    }

    /** Every OAuth app's webhook subscriptions, oldest first, without their secrets. */
    public List<Map<String, Object>> webhookSubscriptions() {
        return state.locked(domain -> domain.webhooks().all().stream().map(Json::immutableMap).toList());
    }

    public Optional<Map<String, Object>> transaction(String id) {
        return state.locked(domain -> domain.transactions().byId(id).map(Json::immutableMap));
    }

    public Optional<Map<String, Object>> request(String id) {
        return state.locked(domain -> domain.requests().byId(id).map(Json::immutableMap));
    }

    public Optional<Map<String, Object>> sepaTransfer(String id) {
        return state.locked(domain -> domain.transfers().byId(id).map(Json::immutableMap));
    }

    public Optional<Map<String, Object>> beneficiary(String id) {
        return state.locked(domain -> domain.beneficiaries().byId(id).map(Json::immutableMap));
    }

    /**
     * Adds a transaction: by default a completed 10.00 EUR card payment on the main account, emitted,
     * settled and updated now. {@code overrides} replace any field, by its Qonto name; an {@code amount}
     * given without {@code amount_cents} (or the reverse) gets the other derived. Balances are not changed.
     *
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
     * @return the new request's id
     */
    public String addRequest(Map<String, Object> overrides) {
        return state.locked(domain -> domain.requests().add(overrides).get("id").asText());
    }

    /**
     * Moves a SEPA transfer along its life cycle as the bank would: {@code pending -> processing -> settled}
     * or {@code declined}. Settling books the debit transaction on the account.
     *
     * @throws NoSuchElementException when there is no such transfer
     * @throws IllegalStateException when the transfer cannot move to that status
     */
    public void advanceTransfer(String id, String status) {
        state.locked(domain -> domain.transfers().move(
                domain.transfers().byId(id).orElseThrow(() -> notFound("SEPA transfer", id)), status));
    }

    private List<Map<String, Object>> all(Function<Domain, ResourceTable> table) {
        return state.locked(domain -> table.apply(domain).all().stream().map(Json::immutableMap).toList());
    }

    private static NoSuchElementException notFound(String kind, String id) {
        return new NoSuchElementException("No " + kind + " with id " + id);
    }
}
