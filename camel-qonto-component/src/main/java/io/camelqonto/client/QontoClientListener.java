package io.camelqonto.client;

import java.time.Duration;
import java.time.Instant;

import io.camelqonto.client.error.QontoException;

/**
 * What a {@link QontoClient} reports about its traffic, for metrics and health checks: every attempt and its answer,
 * every retry, every wait the rate limit imposed, every OAuth token refresh. Set it with
 * {@link QontoClientConfig.Builder#listener(QontoClientListener)}; every method does nothing by default.
 *
 * <p>Methods are called on the thread making the call, in the middle of it, so they should return quickly. An
 * exception a listener throws is logged and otherwise ignored: observing a call must never fail it. Nothing passed
 * here carries a credential, a token or a request body.</p>
 */
public interface QontoClientListener {

    /** The listener that listens to nothing. */
    QontoClientListener NONE = new QontoClientListener() {
    };

    /** Why an attempt brought no HTTP answer to look at. */
    enum NoAnswer {
        /** The call's deadline ({@code callTimeout}) passed before the answer was read. */
        TIMEOUT,
        /** The answer was larger than {@code maxResponseSize} and was not read. */
        TOO_LARGE,
        /** The connection could not be opened or broke: Qonto was not reached, or went silent. */
        CONNECTION
    }

    /**
     * One attempt of an operation got Qonto's answer.
     *
     * @param operation the operation attempted
     * @param status    the HTTP status (429 when Qonto's rate limit refused it)
     * @param elapsed   from the moment the attempt left until its answer was read
     */
    default void answered(QontoOperation operation, int status, Duration elapsed) {
    }

    /**
     * One attempt of an operation got no answer.
     *
     * @param operation the operation attempted
     * @param reason    why there was no answer to look at
     * @param elapsed   from the moment the attempt left until it was given up
     */
    default void unanswered(QontoOperation operation, NoAnswer reason, Duration elapsed) {
    }

    /**
     * The operation is about to be sent again.
     *
     * @param operation the operation sent again
     * @param attempt   the attempt about to start: 2 for the first retry
     * @param status    the HTTP status of the answer that led to the retry, or 0 when there was no usable answer
     */
    default void retrying(QontoOperation operation, int attempt, int status) {
    }

    /**
     * A request waited before it could leave.
     *
     * @param wait  how long it waited
     * @param pause false for the wait for a permit of the {@link RateLimiter}, which paces requests within Qonto's
     *              windows; true for a wait Qonto asked for (a 429, or a {@code Retry-After})
     */
    default void rateLimitWaited(Duration wait, boolean pause) {
    }

    /**
     * The OAuth access token was refreshed.
     *
     * @param expiresAt when the new token expires; null when Qonto did not say
     */
    default void tokenRefreshed(Instant expiresAt) {
    }

    /**
     * An OAuth token refresh failed.
     *
     * @param error the error, which the call that needed the token fails with too
     */
    default void tokenRefreshFailed(QontoException error) {
    }
}
