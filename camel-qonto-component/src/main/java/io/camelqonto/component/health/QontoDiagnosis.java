package io.camelqonto.component.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.camelqonto.client.error.QontoAuthenticationException;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.client.error.QontoOAuthException;
import io.camelqonto.client.error.QontoPermissionException;
import io.camelqonto.client.error.QontoRateLimitException;
import io.camelqonto.client.error.QontoServerException;
import io.camelqonto.client.error.QontoStagingTokenException;
import io.camelqonto.client.error.QontoTimeoutException;
import io.camelqonto.client.error.QontoTransportException;

/**
 * Why Qonto could not be used, in words an operator can act on, for health checks and the dev console. Built from the
 * typed exceptions of the client, whose messages never hold a credential; the diagnosis adds none either.
 *
 * @param reason     what went wrong, as a stable code
 * @param message    what went wrong and what to do about it
 * @param status     Qonto's HTTP status, or 0 when there was no answer
 * @param scope      the OAuth scope the grant lacks, for {@link Reason#MISSING_SCOPE}; else null
 * @param retryAfter how long Qonto asked to wait, for {@link Reason#RATE_LIMITED} when it said; else null
 * @param traceId    Qonto's trace id of the answer, which its support asks for; null when there was none
 */
public record QontoDiagnosis(Reason reason, String message, int status, String scope, Duration retryAfter,
        String traceId) {

    /** Detail key of the reason's code, e.g. {@code unauthorized}. */
    public static final String REASON = "qonto.reason";
    /** Detail key of the message, for tools that show a check's details but not its message (Actuator). */
    public static final String MESSAGE = "qonto.message";
    /** Detail key of Qonto's HTTP status. */
    public static final String STATUS = "qonto.http.status";
    /** Detail key of the missing OAuth scope. */
    public static final String SCOPE = "qonto.missing.scope";
    /** Detail key of the wait Qonto asked for, in seconds. */
    public static final String RETRY_AFTER = "qonto.retry.after.seconds";
    /** Detail key of Qonto's trace id. */
    public static final String TRACE_ID = "qonto.trace.id";

    /** What went wrong. */
    public enum Reason {
        /** Qonto refused the API key or the access token (401). */
        UNAUTHORIZED,
        /** The OAuth access token could not be renewed: refresh refused, or no refresh token to renew it with. */
        TOKEN_NOT_REFRESHABLE,
        /** The OAuth grant lacks the scope the operation needs (403). */
        MISSING_SCOPE,
        /** Authenticated, but not allowed (403) for another reason than a scope. */
        FORBIDDEN,
        /** Qonto's rate limit was reached (429), or Qonto asked every caller to wait. */
        RATE_LIMITED,
        /** The sandbox answered with its login page: the staging token is missing or wrong. */
        STAGING_TOKEN,
        /** No connection to Qonto. */
        UNREACHABLE,
        /** Qonto did not answer within the call timeout. */
        TIMEOUT,
        /** Qonto failed (5xx). */
        SERVER_ERROR,
        /** Anything else: the message says what. */
        OTHER;

        /** {@return the code shown in details: the name in lower case} */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The diagnosis of an error met while calling Qonto.
     *
     * @param error the error, or one caused by it
     * @param scope the OAuth scope of the operation that failed, named when the grant lacks it; may be null
     * @return the diagnosis
     */
    public static QontoDiagnosis of(Throwable error, String scope) {
        QontoException qonto = qontoCause(error);
        if (qonto == null) {
            return new QontoDiagnosis(Reason.OTHER, "Calling Qonto failed: " + error.getClass().getSimpleName(), 0,
                    null, null, null);
        }
        int status = qonto.status();
        String trace = qonto.traceId();
        if (qonto instanceof QontoStagingTokenException) {
            return new QontoDiagnosis(Reason.STAGING_TOKEN, "Qonto's sandbox answered with its login page: the"
                    + " staging token (option stagingToken) is missing or wrong", status, null, null, trace);
        }
        if (qonto instanceof QontoOAuthException oauth) {
            return new QontoDiagnosis(Reason.TOKEN_NOT_REFRESHABLE, "The OAuth access token cannot be renewed ("
                    + (oauth.oauthError() != null ? oauth.oauthError() : "no refresh token") + "): the user has to"
                    + " consent again and the new refresh token be configured", status, null, null, trace);
        }
        if (qonto instanceof QontoAuthenticationException) {
            return new QontoDiagnosis(Reason.UNAUTHORIZED, "Qonto refused the credentials (HTTP " + status + "):"
                    + " check login and secretKey, or the OAuth client and tokens", status, null, null, trace);
        }
        if (qonto instanceof QontoPermissionException permission) {
            if (permission.isMissingScope() && scope != null) {
                return new QontoDiagnosis(Reason.MISSING_SCOPE, "The OAuth grant lacks the scope " + scope
                        + " (HTTP 403): the user has to consent again with it", status, scope, null, trace);
            }
            return new QontoDiagnosis(Reason.FORBIDDEN, "Qonto does not allow this (HTTP 403): the user, the"
                    + " membership or the app lacks a permission", status, null, null, trace);
        }
        if (qonto instanceof QontoRateLimitException limited) {
            Duration wait = limited.retryAfter();
            return new QontoDiagnosis(Reason.RATE_LIMITED, "Qonto's rate limit was reached" + (status > 0
                    ? " (HTTP " + status + ")" : "") + (wait != null ? "; Qonto asked to wait " + wait.toSeconds()
                    + " s" : ""), status, null, wait, trace);
        }
        if (qonto instanceof QontoTimeoutException) {
            return new QontoDiagnosis(Reason.TIMEOUT, "Qonto did not answer within the call timeout", 0, null, null,
                    null);
        }
        if (qonto instanceof QontoTransportException && status == 0) {
            Throwable cause = qonto.getCause();
            return new QontoDiagnosis(Reason.UNREACHABLE, "Qonto cannot be reached"
                    + (cause != null ? " (" + cause.getClass().getSimpleName() + ")" : "")
                    + ": check the network, a proxy, or baseUrl", 0, null, null, null);
        }
        if (qonto instanceof QontoServerException) {
            return new QontoDiagnosis(Reason.SERVER_ERROR, "Qonto failed (HTTP " + status + ")", status, null, null,
                    trace);
        }
        return new QontoDiagnosis(Reason.OTHER, qonto.getClass().getSimpleName() + (status > 0 ? " (HTTP " + status
                + ")" : ""), status, null, null, trace);
    }

    /**
     * The diagnosis while Qonto has asked every caller sharing the rate limiter to wait.
     *
     * @param remaining how long the wait still lasts
     * @return the diagnosis
     */
    public static QontoDiagnosis paused(Duration remaining) {
        return new QontoDiagnosis(Reason.RATE_LIMITED, "Qonto asked to wait: no request leaves for another "
                + Math.max(1, remaining.toSeconds()) + " s", 429, null, remaining, null);
    }

    /** {@return the diagnosis as health-check details, only the keys that apply} */
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(REASON, reason.code());
        details.put(MESSAGE, message);
        if (status > 0) {
            details.put(STATUS, status);
        }
        if (scope != null) {
            details.put(SCOPE, scope);
        }
        if (retryAfter != null) {
            details.put(RETRY_AFTER, retryAfter.toSeconds());
        }
        if (traceId != null) {
            details.put(TRACE_ID, traceId);
        }
        return details;
    }

    private static QontoException qontoCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof QontoException qonto) {
                return qonto;
            }
        }
        return null;
    }
}
