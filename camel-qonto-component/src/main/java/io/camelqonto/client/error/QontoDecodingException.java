package io.camelqonto.client.error;

import java.util.List;

/**
 * Qonto answered successfully, but a value in the answer has a format the model cannot hold without altering it
 * (a fraction in a whole number, text where a number belongs, a timestamp that is not ISO-8601, ...). Names the
 * operation and the path of the field; never quotes the value, which may be personal data or an IBAN, and carries
 * no cause for the same reason: the parser's own messages quote it.
 */
public class QontoDecodingException extends QontoException {

    /** The operation whose answer could not be read. */
    private final String operation;
    /** The path of the offending value in the answer. */
    private final String field;

    /**
     * An answer with a value the model cannot hold.
     *
     * @param operation the operation whose answer could not be read, e.g.
     *                  {@code LIST_TRANSACTIONS (GET /v2/transactions)}
     * @param field     the path of the value in the answer, e.g. {@code transactions[3].amount_cents}
     * @param reason    what is wrong with the value, without quoting it
     * @param status    the HTTP status of the answer
     * @param traceId   Qonto's trace id of the answer, or null
     */
    public QontoDecodingException(String operation, String field, String reason, int status, String traceId) {
        super("Qonto's answer to " + operation + " cannot be read: " + field + " " + reason, status, List.of(), traceId);
        this.operation = operation;
        this.field = field;
    }

    /** {@return the operation whose answer could not be read, e.g. {@code LIST_TRANSACTIONS (GET /v2/transactions)}} */
    public String operation() {
        return operation;
    }

    /** {@return the path of the offending value in Qonto's answer, e.g. {@code transactions[3].amount_cents}} */
    public String field() {
        return field;
    }
}
