package io.camelqonto.component.producer;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.Exchange;

/**
 * What a write must send again, unchanged, on its next try: its idempotency key and its Verification of Payee proof.
 *
 * <p>Kept as an exchange property, because Camel redelivers the message as it was before the failed try: headers set
 * during that try are gone, exchange properties stay. Entries are keyed by exchange id, endpoint and operation, so
 * that two writes of one exchange, or copies of an exchange made by a splitter or a multicast, never share a key (a
 * shared key would make Qonto answer the second payment with the first one and never make it). The property's map is
 * never changed in place, because such copies share it; an entry is dropped once its write succeeded.</p>
 */
final class PendingWrites {

    static final String PROPERTY = "CamelQontoPendingWrites";

    private PendingWrites() {
    }

    /** The pending write of this exchange at this endpoint and operation, or an empty one. */
    static PendingWrite get(Exchange exchange, String scope) {
        return writes(exchange).getOrDefault(key(exchange, scope), PendingWrite.NONE);
    }

    static void put(Exchange exchange, String scope, PendingWrite write) {
        Map<String, PendingWrite> writes = new HashMap<>(writes(exchange));
        writes.put(key(exchange, scope), write);
        exchange.setProperty(PROPERTY, Map.copyOf(writes));
    }

    /** Forgets a write that went through: a later write of the same exchange gets keys of its own. */
    static void done(Exchange exchange, String scope) {
        Map<String, PendingWrite> writes = new HashMap<>(writes(exchange));
        if (writes.remove(key(exchange, scope)) != null) {
            exchange.setProperty(PROPERTY, Map.copyOf(writes));
        }
    }

    /**
     * Whether {@code idempotencyKey} is the key of another pending write of this very exchange: one that failed (its
     * key is still in the header) before the route went on to this write.
     */
    static boolean isKeyOfAnotherWrite(Exchange exchange, String scope, String idempotencyKey) {
        String own = key(exchange, scope);
        String sameExchange = exchange.getExchangeId() + "|";
        return writes(exchange).entrySet().stream()
                .anyMatch(entry -> entry.getKey().startsWith(sameExchange) && !entry.getKey().equals(own)
                        && idempotencyKey.equals(entry.getValue().idempotencyKey()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PendingWrite> writes(Exchange exchange) {
        Map<String, PendingWrite> writes = exchange.getProperty(PROPERTY, Map.class);
        return writes == null ? Map.of() : writes;
    }

    private static String key(Exchange exchange, String scope) {
        return exchange.getExchangeId() + "|" + scope;
    }

    /**
     * @param idempotencyKey the key sent on the first try, or null
     * @param proofToken     the Verification of Payee proof sent on the first try, or null
     */
    record PendingWrite(String idempotencyKey, String proofToken) {

        static final PendingWrite NONE = new PendingWrite(null, null);

        PendingWrite withIdempotencyKey(String key) {
            return new PendingWrite(key, proofToken);
        }

        PendingWrite withProofToken(String token) {
            return new PendingWrite(idempotencyKey, token);
        }

        @Override
        public String toString() {
            // exchange dumps may show it: the key is no secret, the proof need not be shown
            return "PendingWrite[idempotencyKey=" + idempotencyKey + "]";
        }
    }
}
