package io.camelqonto.component.producer;

import io.camelqonto.component.QontoConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;

/**
 * What one write of one exchange keeps across its tries (see {@link PendingWrites}), as hooks see it: the payee proof
 * it was sent with, and its key, which a retry or an SCA replay must send again unchanged.
 */
public final class WriteState {

    private final Exchange exchange;
    private final String scope;
    private final Expression businessKey;

    /** @param businessKey the endpoint's idempotencyKeyExpression, or null */
    WriteState(Exchange exchange, String scope, Expression businessKey) {
        this.exchange = exchange;
        this.scope = scope;
        this.businessKey = businessKey;
    }

    /**
     * {@return the idempotency key of this write, for a write whose keys go in its body (one per file of a bulk
     * upload)} It is chosen and kept as for a write Qonto wants idempotent, so that every try derives the same keys
     * from it.
     */
    public String idempotencyKey() {
        return IdempotencyKeys.resolve(exchange, scope, businessKey);
    }

    /**
     * {@return the payee proof for this write: the one in {@code CamelQontoVopProofToken} unless another write of the
     * exchange left it there (it proves another payee), else the one of an earlier try; null when there is none yet}
     */
    public String proofToken() {
        String token = PendingWrites.header(exchange, scope, QontoConstants.VOP_PROOF_TOKEN);
        return token != null ? token : PendingWrites.get(exchange, scope).proofToken();
    }

    /**
     * Keeps the proof with the write and hands it to the route, so that a resumed write sends the same one.
     *
     * @param token the proof token of the write's payee verification
     */
    public void keepProofToken(String token) {
        PendingWrites.put(exchange, scope, PendingWrites.get(exchange, scope).withProofToken(token));
        exchange.getMessage().setHeader(QontoConstants.VOP_PROOF_TOKEN, token);
    }
}
