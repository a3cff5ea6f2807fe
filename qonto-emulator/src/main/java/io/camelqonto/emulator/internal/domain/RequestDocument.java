package io.camelqonto.emulator.internal.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelqonto.emulator.internal.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shape of an approval request document, which depends on its {@code request_type}. */
public final class RequestDocument {

    public static final List<String> TYPES = List.of("flash_card", "virtual_card", "transfer", "multi_transfer");
    public static final List<String> STATUSES = List.of("pending", "approved", "declined", "canceled");

    private static final Map<String, List<String>> TYPE_FIELDS = Map.of(
            "flash_card", List.of("payment_lifespan_limit", "pre_expires_at", "currency"),
            "virtual_card", List.of("payment_monthly_limit", "currency", "card_level", "card_design"),
            "transfer", List.of("creditor_name", "amount", "currency", "scheduled_date", "recurrence",
                    "last_recurrence_date"),
            "multi_transfer", List.of("total_transfers_amount", "total_transfers_amount_currency",
                    "total_transfers_count", "scheduled_date"));

    private RequestDocument() {
    }

    /** Every field of the type, null or empty, in the order of Qonto's API reference. */
    public static ObjectNode blank(String type) {
        ObjectNode request = Json.object();
        for (String field : new String[] {"id", "request_type", "status", "initiator_id"}) {
            request.putNull(field);
        }
        if ("transfer".equals(type)) {
            request.set("attachment_ids", Json.array());
        }
        for (String field : new String[] {"approver_id", "note", "declined_note"}) {
            request.putNull(field);
        }
        TYPE_FIELDS.get(type).forEach(request::putNull);
        return request.putNull("processed_at").putNull("created_at");
    }

    public static boolean isType(String type) {
        return TYPE_FIELDS.containsKey(type);
    }

    public static boolean isField(String type, String field) {
        return blank(type).has(field);
    }

    /** The type named by a plural path segment, e.g. {@code flash_cards}. */
    public static Optional<String> typeOfPathSegment(String segment) {
        return TYPES.stream().filter(type -> (type + "s").equals(segment)).findFirst();
    }

    /** The root key of a single request in responses, e.g. {@code request_flash_card}. */
    public static String rootKey(String type) {
        return "request_" + type;
    }
}
