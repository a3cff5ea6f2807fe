package io.camelqonto.client.error;

import java.util.List;

/**
 * Verification of Payee did not confirm the beneficiary (or confirmed it less firmly than the caller
 * accepts), so no transfer was created. Qonto answered normally, hence status 0. Carries the match
 * result and, for a close match, the name the bank knows; never the IBAN.
 */
public class QontoPayeeVerificationException extends QontoException {

    /** Qonto's match result. */
    private final String matchResult;
    /** The name the payee's bank knows, or null. */
    private final String matchedName;

    /**
     * @param message     what was refused
     * @param matchResult Qonto's match result
     * @param matchedName the name the payee's bank knows, or null
     */
    public QontoPayeeVerificationException(String message, String matchResult, String matchedName) {
        super(message, 0, List.of(), null);
        this.matchResult = matchResult;
        this.matchedName = matchedName;
    }

    /** {@return Qonto's match result, e.g. {@code MATCH_RESULT_CLOSE_MATCH} or {@code MATCH_RESULT_NO_MATCH}} */
    public String matchResult() {
        return matchResult;
    }

    /** {@return the account holder's name as the payee's bank knows it (close matches), or null} */
    public String matchedName() {
        return matchedName;
    }
}
