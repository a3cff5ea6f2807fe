package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Approval requests made by team members, reviewed (approved or declined) through the API. */
public final class Requests {

    private final DataStore data;
    private final Supplier<Instant> now;
    private final Beneficiaries beneficiaries;
    private final Transfers transfers;

    Requests(DataStore data, Supplier<Instant> now, Beneficiaries beneficiaries, Transfers transfers) {
        this.data = data;
        this.now = now;
        this.beneficiaries = beneficiaries;
        this.transfers = transfers;
    }

    public Optional<ObjectNode> byId(String id) {
        return data.requests().get(id);
    }

    /**
     * A pending request created now, of the type named by {@code overrides.request_type} (default
     * {@code transfer}), with type-specific defaults and {@code overrides} applied.
     */
    public ObjectNode add(Map<String, Object> overrides) {
        String type = String.valueOf(overrides.getOrDefault("request_type", "transfer"));
        if (!RequestDocument.isType(type)) {
            throw new IllegalArgumentException("Unknown request_type " + type + ", expected one of " + RequestDocument.TYPES);
        }
        Instant createdAt = now.get();
        String today = Timestamps.format(LocalDate.ofInstant(createdAt, ZoneOffset.UTC));
        ObjectNode request = RequestDocument.blank(type)
                .put("id", data.ids().uuid("request"))
                .put("request_type", type)
                .put("status", "pending")
                .put("initiator_id", data.membershipId())
                .put("note", "Created in the emulator")
                .put("created_at", Timestamps.format(createdAt));
        switch (type) {
            case "transfer" -> request.put("creditor_name", data.beneficiaries().all().get(0).get("name").asText())
                    .put("amount", "100.00").put("currency", "EUR").put("scheduled_date", today)
                    .put("recurrence", "once");
            case "multi_transfer" -> request.put("total_transfers_amount", "300.00")
                    .put("total_transfers_amount_currency", "EUR").put("total_transfers_count", 3)
                    .put("scheduled_date", today);
            case "flash_card" -> request.put("payment_lifespan_limit", "250.00")
                    .put("pre_expires_at", Timestamps.format(createdAt.plusSeconds(30L * 24 * 3600)))
                    .put("currency", "EUR");
            default -> request.put("payment_monthly_limit", "500.00").put("currency", "EUR")
                    .put("card_level", "virtual").put("card_design", "virtual.default.2017");
        }
        Documents.set(request, overrides, field -> RequestDocument.isField(type, field), type + " request");
        Documents.normalizeTimestamps(request, "created_at", "processed_at", "pre_expires_at");
        data.requests().put(request);
        return request;
    }

    /**
     * Approves a pending request on behalf of the API user. An approved transfer request becomes a pending
     * SEPA transfer from {@code debitAccount} to the creditor, who is added as a beneficiary if unknown; so does each
     * transfer of a multi-transfer request made through the API.
     */
    public ObjectNode approve(ObjectNode request, ObjectNode debitAccount) {
        review(request, "approved");
        if ("transfer".equals(request.get("request_type").asText())) {
            transfers.create(transferOrder(request, debitAccount));
        }
        data.transferTables().requestedTransfers().get(request.get("id").asText()).ifPresent(kept ->
                kept.get("transfers").forEach(item -> transfers.create(requestedOrder(request, item, debitAccount))));
        return request;
    }

    /** One transfer of an approved multi-transfer request, to the beneficiary of its IBAN (added if unknown). */
    private TransferOrder requestedOrder(ObjectNode request, JsonNode item, ObjectNode debitAccount) {
        ObjectNode beneficiary = beneficiaries.byIban(item.get("credit_iban").asText()).orElseGet(() ->
                beneficiaries.create(new BeneficiaryDetails(item.get("credit_account_name").asText(),
                        item.get("credit_iban").asText(), null, null, null)));
        LocalDate today = LocalDate.ofInstant(now.get(), ZoneOffset.UTC);
        LocalDate scheduled = LocalDate.parse(request.get("scheduled_date").asText());
        return new TransferOrder(debitAccount.get("id").asText(), beneficiary.get("id").asText(),
                Money.cents(new BigDecimal(item.get("amount").asText())), item.get("reference").asText(),
                request.get("note").asText(null), scheduled.isBefore(today) ? today : scheduled);
    }

    public ObjectNode decline(ObjectNode request, String declinedNote) {
        return review(request, "declined").put("declined_note", declinedNote);
    }

    private ObjectNode review(ObjectNode request, String status) {
        return request.put("status", status)
                .put("approver_id", data.membershipId())
                .put("processed_at", Timestamps.format(now.get()));
    }

    private TransferOrder transferOrder(ObjectNode request, ObjectNode debitAccount) {
        String creditor = request.get("creditor_name").asText();
        ObjectNode beneficiary = beneficiaries.byName(creditor).orElseGet(() -> beneficiaries.create(
                new BeneficiaryDetails(creditor, generatedIban(), null, null, null)));
        LocalDate today = LocalDate.ofInstant(now.get(), ZoneOffset.UTC);
        LocalDate scheduled = LocalDate.parse(request.get("scheduled_date").asText());
        return new TransferOrder(
                debitAccount.get("id").asText(),
                beneficiary.get("id").asText(),
                Money.cents(new BigDecimal(request.get("amount").asText())),
                "Request " + request.get("id").asText(),
                request.get("note").asText(null),
                scheduled.isBefore(today) ? today : scheduled);
    }

    /** Qonto knows the creditor's IBAN from the request form; the emulator only has a name, so it makes one up. */
    private String generatedIban() {
        int number = data.ids().next("creditor_iban");
        return Iban.french("30004", "00001", String.format(Locale.ROOT, "%011d", number));
    }
}
