package io.camelqonto.component.producer;

import java.util.HashMap;
import java.util.Map;

import io.camelqonto.component.QontoConstants;
import org.apache.camel.Exchange;

/**
 * What a write must send again, unchanged, on its next try: its idempotency key and its Verification of Payee proof,
 * and the SCA session Qonto challenged it with, which the route sends back once the session is allowed. All three
 * are also handed to the route in headers, where a later write of the exchange must not take them for its own (see
 * {@link #header}).
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
     * The value of one of the headers a write is resent with ({@code CamelQontoIdempotencyKey},
     * {@code CamelQontoVopProofToken}, {@code CamelQontoScaSessionToken}), or null when it holds what another pending
     * write of this very exchange sent: that write failed, leaving its values in the headers, and the route went on
     * to this one. Sending them again would pass the other write's key, payee proof or SCA session off as this
     * write's. Any other value is taken: one the route set, or one kept from an earlier exchange to resume a write.
     */
    static String header(Exchange exchange, String scope, String header) {
        String value = exchange.getMessage().getHeader(header, String.class);
        if (value == null) {
            return null;
        }
        String own = key(exchange, scope);
        String sameExchange = exchange.getExchangeId() + "|";
        boolean another = writes(exchange).entrySet().stream()
                .anyMatch(entry -> entry.getKey().startsWith(sameExchange) && !entry.getKey().equals(own)
                        && value.equals(entry.getValue().sentIn(header)));
        return another ? null : value;
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
     * @param idempotencyKey  the key sent on the first try, or null
     * @param proofToken      the Verification of Payee proof sent on the first try, or null
     * @param scaSessionToken the SCA session Qonto answered a try with, or null
     */
    record PendingWrite(String idempotencyKey, String proofToken, String scaSessionToken) {

        static final PendingWrite NONE = new PendingWrite(null, null, null);

        PendingWrite withIdempotencyKey(String key) {
            return new PendingWrite(key, proofToken, scaSessionToken);
        }

        PendingWrite withProofToken(String token) {
            return new PendingWrite(idempotencyKey, token, scaSessionToken);
        }

        PendingWrite withScaSessionToken(String token) {
            return new PendingWrite(idempotencyKey, proofToken, token);
        }

        /** What this write left in {@code header} for the route. */
        private String sentIn(String header) {
            return switch (header) {
                case QontoConstants.IDEMPOTENCY_KEY -> idempotencyKey;
                case QontoConstants.VOP_PROOF_TOKEN -> proofToken;
                case QontoConstants.SCA_SESSION_TOKEN -> scaSessionToken;
                default -> throw new IllegalArgumentException("No write is resent with the header " + header);
            };
        }

        @Override
        public String toString() {
            // exchange dumps may show it: the key is no secret, the proof and the SCA session need not be shown
            return "PendingWrite[idempotencyKey=" + idempotencyKey + "]";
        }
    }
}
