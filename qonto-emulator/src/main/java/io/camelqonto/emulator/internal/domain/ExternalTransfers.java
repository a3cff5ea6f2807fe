package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The legacy external transfers, which Qonto replaced with SEPA transfers. Amounts are decimal strings, cents too, as
 * in Qonto's legacy reference. They stay pending: the emulator does not move them on.
 */
public final class ExternalTransfers {

    public static final List<String> STATUSES = List.of("pending", "processing", "canceled", "declined", "settled");

    private final DataStore data;
    private final Supplier<Instant> now;

    ExternalTransfers(DataStore data, Supplier<Instant> now) {
        this.data = data;
        this.now = now;
    }

    public Optional<ObjectNode> byId(String id) {
        return data.transferTables().externalTransfers().get(id);
    }

    /** A pending transfer in euros from {@code debitAccount} to {@code beneficiary}; {@code note} may be null. */
    public ObjectNode create(ObjectNode debitAccount, ObjectNode beneficiary, long cents, String reference, String note,
            LocalDate scheduledDate) {
        String amount = Money.string(cents);
        ObjectNode transfer = Json.object()
                .put("id", data.ids().uuid("external_transfer"))
                .put("slug", data.organizationSlug() + "-external-transfer-" + data.ids().next("external_transfer"))
                .put("debit_iban", debitAccount.get("iban").asText())
                .put("debit_amount", amount)
                .put("debit_amount_cents", String.valueOf(cents))
                .put("debit_currency", "EUR")
                .put("initiator_id", data.membershipId())
                .put("beneficiary_id", beneficiary.get("id").asText())
                .put("credit_amount", amount)
                .put("credit_amount_cents", String.valueOf(cents))
                .put("credit_currency", "EUR")
                .put("reference", reference)
                .put("status", "pending")
                .put("created_at", Timestamps.format(now.get()))
                .put("scheduled_date", Timestamps.format(scheduledDate))
                .put("rate_applied", "1.0")
                .put("payment_purpose", "goods")
                .put("note", note)
                .putNull("declined_reason")
                .putNull("completed_at")
                .putNull("processed_at")
                .putNull("transaction_id");
        data.transferTables().externalTransfers().put(transfer);
        return transfer;
    }

    /**
     * The last change of a legacy transfer, which its documents do not show: the latest of its creation, processing
     * and completion.
     */
    public static Instant lastChange(ObjectNode transfer) {
        Instant last = Instant.parse(transfer.get("created_at").asText());
        for (String field : new String[] {"processed_at", "completed_at"}) {
            if (transfer.hasNonNull(field)) {
                Instant instant = Instant.parse(transfer.get(field).asText());
                last = instant.isAfter(last) ? instant : last;
            }
        }
        return last;
    }
}
