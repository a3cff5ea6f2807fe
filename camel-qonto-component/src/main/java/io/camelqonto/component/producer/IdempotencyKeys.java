package io.camelqonto.component.producer;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.camelqonto.component.QontoConstants;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;

/**
 * Chooses the idempotency key of a write. The key must be the same on every try of one business operation, or a
 * retry pays twice: the {@code CamelQontoIdempotencyKey} header wins, then the key of an earlier try of this write
 * on this exchange, then a business key from the endpoint's expression, else a new random key. The key is kept with
 * the exchange and written to the header before the call, so that a Camel redelivery or an SCA replay sends it again.
 * A header still holding the key of another write of the exchange (one that failed, after which the route went on)
 * is not taken: two different writes under one key would make Qonto answer the second with the first.
 */
final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    /**
     * @param write the write this key is for (see {@link PendingWrites})
     */
    static String resolve(Exchange exchange, String write, Expression businessKey) {
        PendingWrites.PendingWrite pending = PendingWrites.get(exchange, write);
        String key = PendingWrites.header(exchange, write, QontoConstants.IDEMPOTENCY_KEY);
        if (key == null || key.isBlank()) {
            key = pending.idempotencyKey();
        }
        if (key == null) {
            key = businessKey != null
                    ? fromBusinessKey(businessKey.evaluate(exchange, String.class))
                    : UUID.randomUUID().toString();
        }
        PendingWrites.put(exchange, write, pending.withIdempotencyKey(key));
        exchange.getMessage().setHeader(QontoConstants.IDEMPOTENCY_KEY, key);
        return key;
    }

    /** A UUID stays as it is; any other business key becomes the same name-based UUID every time. */
    private static String fromBusinessKey(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("idempotency key", "idempotencyKeyExpression",
                    "evaluated to an empty value; it must give a business key such as an invoice number");
        }
        String trimmed = value.trim();
        return isUuid(trimmed) ? trimmed : UUID.nameUUIDFromBytes(trimmed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Only the canonical form counts: {@link UUID#fromString} also accepts shapes like {@code 1-2-3-4-5}. */
    private static boolean isUuid(String value) {
        try {
            return value.length() == 36 && UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
