package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import io.camelqonto.emulator.internal.json.Money;
import io.camelqonto.emulator.internal.json.Timestamps;
import io.camelqonto.emulator.internal.store.DataStore;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-transfer requests: one approval request for several transfers. The request is listed with the others; its
 * transfers are kept beside it and become SEPA transfers when a reviewer approves it.
 */
public final class MultiTransferRequests {

    private final DataStore data;
    private final Requests requests;

    MultiTransferRequests(DataStore data, Requests requests) {
        this.data = data;
        this.requests = requests;
    }

    /** The pending request, with its transfers as Qonto answers the creation. */
    public ObjectNode create(String note, List<RequestedTransfer> transfers, LocalDate scheduledDate) {
        long total = transfers.stream().mapToLong(RequestedTransfer::amountCents).sum();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("request_type", "multi_transfer");
        fields.put("note", note);
        fields.put("total_transfers_amount", Money.string(total));
        fields.put("total_transfers_amount_currency", "EUR");
        fields.put("total_transfers_count", transfers.size());
        fields.put("scheduled_date", Timestamps.format(scheduledDate));
        ObjectNode request = requests.add(fields);
        ArrayNode items = Json.array();
        for (RequestedTransfer transfer : transfers) {
            items.add(Json.object()
                    .put("id", data.ids().uuid("requested_transfer"))
                    .put("credit_account_name", transfer.creditAccountName())
                    .put("amount", Money.string(transfer.amountCents()))
                    .put("currency", "EUR")
                    .put("reference", transfer.reference())
                    .put("credit_iban", transfer.creditIban()));
        }
        ObjectNode kept = Json.object().put("id", request.get("id").asText());
        kept.set("transfers", items);
        data.transferTables().requestedTransfers().put(kept);
        ObjectNode answer = request.deepCopy();
        ArrayNode shown = items.deepCopy();
        shown.forEach(item -> ((ObjectNode) item).remove("credit_iban"));
        answer.set("transfers", shown);
        return answer;
    }
}
