package io.camelqonto.component;

import java.util.List;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.model.InvalidInputException;
import io.camelqonto.model.Violation;

/**
 * An operation Qonto serves to OAuth applications only, on an endpoint that has only an API key: Qonto would refuse
 * it, after the route had done its work up to there. Thrown when the endpoint starts for the operation it runs by
 * default or by option, and before anything is sent for an operation a message chooses.
 */
public class QontoOAuthRequiredException extends InvalidInputException {

    private final transient QontoOperation operation;

    /**
     * An operation that cannot run with the endpoint's API key.
     *
     * @param subject   what was being set up or sent, e.g. {@code qonto:card options}
     * @param operation the operation that needs OAuth
     */
    public QontoOAuthRequiredException(String subject, QontoOperation operation) {
        super(subject, List.of(new Violation("clientId, clientSecret, refreshToken", operation.resource() + " "
                + operation.action() + " needs OAuth (Qonto refuses API keys for it), and only an API key"
                + " (login, secretKey) is configured: set clientId, clientSecret and refreshToken, or tokenFile")));
        this.operation = operation;
    }

    /** {@return the operation that needs OAuth} */
    public QontoOperation operation() {
        return operation;
    }
}
