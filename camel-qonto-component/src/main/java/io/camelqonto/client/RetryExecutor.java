package io.camelqonto.client;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelqonto.client.ResponseDecoder.MalformedResponseException;
import io.camelqonto.client.error.QontoRateLimitException;
import io.camelqonto.client.error.QontoTransportException;

/**
 * Sends a call until it has a definite answer, within the call's deadline ({@code callTimeout}). Every attempt takes
 * a permit from the rate limiter when it leaves and uses the current credentials. What is attempted again, per the
 * {@link RetryPolicy}:
 * <ul>
 * <li>a 429, on any call: Qonto refused it before doing anything, so even a write without idempotency key is safe to
 * send again;</li>
 * <li>a 500 on a read;</li>
 * <li>a 502, 503 or 504, an I/O failure or a garbled 2xx body on calls that are safe to repeat (reads, and writes
 * carrying their idempotency key); other calls are sent once more only after a 429, because their outcome would be
 * unknown.</li>
 * </ul>
 * A 401 with OAuth leads to one token refresh and one more attempt. A {@code Retry-After}, and any 429, pauses every
 * caller sharing the rate limiter, since Qonto's budget is per IP address; a pause longer than the policy's
 * {@code maxRetryAfter} fails the calls that meet it at once instead of blocking them.
 */
final class RetryExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryExecutor.class);
    private static final Set<Integer> RETRYABLE_WHEN_SAFE = Set.of(502, 503, 504);

    private final QontoClientConfig config;
    private final HttpTransport transport;
    private final AuthorizationSource authorization;
    private final RequestEncoder encoder;

    RetryExecutor(QontoClientConfig config, HttpTransport transport, AuthorizationSource authorization,
            RequestEncoder encoder) {
        this.config = config;
        this.transport = transport;
        this.authorization = authorization;
        this.encoder = encoder;
    }

    /**
     * Sends the call, with {@code X-Qonto-Sca-Session-Token} when {@code scaSessionToken} is set, and
     * returns the successful answer or throws the typed exception of the final one.
     */
    QontoResponse send(QontoCall call, String scaSessionToken) {
        return send(call, scaSessionToken, result -> ResponseDecoder.decode(call.operation(), result));
    }

    /**
     * Reads a successful answer; a body the reader finds malformed is worth another attempt when the call is safe to
     * repeat, like any garbled answer.
     */
    @FunctionalInterface
    interface AnswerReader<T> {
        T read(HttpResult result) throws MalformedResponseException;
    }

    /** Like {@link #send(QontoCall, String)}, with the successful answer read by {@code reader}. */
    <T> T send(QontoCall call, String scaSessionToken, AnswerReader<T> reader) {
        RequestEncoder.EncodedCall encoded = encoder.encode(call);
        QontoOperation operation = call.operation();
        RetryPolicy policy = config.retryPolicy();
        Deadline deadline = Deadline.after(config.callTimeout());
        boolean credentialsRenewed = false;
        int attempt = 1;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                // the flag stays set: the caller's own code sees it too
                throw new QontoTransportException("Interrupted before calling " + describe(operation), null);
            }
            awaitSharedPause(call, policy, deadline);
            String credentials = authorization.authorization();
            long start = System.nanoTime();
            HttpResult result;
            try {
                result = transport.send(encoder.request(encoded, credentials, scaSessionToken), deadline);
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new QontoTransportException("Interrupted while calling " + describe(operation), e);
                }
                LOG.debug("Qonto {} {} failed: {} (attempt {}/{}, {} ms)", operation.method(), operation.pathTemplate(),
                        e.getClass().getSimpleName(), attempt, policy.maxAttempts(), millisSince(start));
                // the same oversized answer would come again
                boolean retryable = operation.safeToRetry() && !(e instanceof HttpTransport.ResponseTooLargeException);
                if (retryable && attempt < policy.maxAttempts()
                        && waitBeforeRetry(Backoff.delay(policy, attempt), deadline)) {
                    attempt++;
                    continue;
                }
                throw ErrorTranslator.transportFailure(describe(operation), attempt, deadline, e);
            }
            LOG.debug("Qonto {} {} -> {} (attempt {}/{}, {} ms, trace_id {})", operation.method(),
                    operation.pathTemplate(), result.status(), attempt, policy.maxAttempts(), millisSince(start),
                    result.header(HttpResult.TRACE_ID_HEADER));

            if (result.status() == 401 && !credentialsRenewed && authorization.renewAfterRejection(credentials)) {
                credentialsRenewed = true;
                continue;
            }
            if (!result.isSuccess()) {
                Duration retryAfter = ErrorTranslator.retryAfter(result);
                Duration wait = retryAfter != null ? retryAfter : Backoff.delay(policy, attempt);
                if (retryAfter != null || result.status() == 429) {
                    LOG.debug("Qonto answered {} to {} {}: every caller sharing the rate limiter waits {} ms",
                            result.status(), operation.method(), operation.pathTemplate(), wait.toMillis());
                    config.rateLimiter().pause(wait);
                }
                if (retryable(operation, result.status())) {
                    if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
                        // waiting that long would block the caller's thread: let the caller decide
                        throw ErrorTranslator.retryAfterTooLong(call, result, retryAfter);
                    }
                    if (attempt < policy.maxAttempts() && waitBeforeRetry(wait, deadline)) {
                        attempt++;
                        continue;
                    }
                }
                throw ErrorTranslator.translate(call, result);
            }
            try {
                return reader.read(result);
            } catch (MalformedResponseException e) {
                // a safe call is sent again: Qonto answers a GET anew and replays an idempotent write's cached result
                if (operation.safeToRetry() && attempt < policy.maxAttempts()
                        && waitBeforeRetry(Backoff.delay(policy, attempt), deadline)) {
                    attempt++;
                    continue;
                }
                throw new QontoTransportException(describe(operation) + " got a malformed response: " + e.getMessage(), e);
            }
        }
    }

    /** Whether an answer with this status is worth another attempt of this operation. */
    private static boolean retryable(QontoOperation operation, int status) {
        if (status == 429) {
            return true;
        }
        if (status == 500) {
            return "GET".equals(operation.method());
        }
        return RETRYABLE_WHEN_SAFE.contains(status) && operation.safeToRetry();
    }

    /**
     * Waits out a pause that Qonto asked of another caller sharing the rate limiter, before a connection is taken. A
     * pause this call may not wait for fails it, with nothing sent.
     */
    private void awaitSharedPause(QontoCall call, RetryPolicy policy, Deadline deadline) {
        Duration pause = config.rateLimiter().pauseRemaining();
        if (pause.isZero()) {
            return;
        }
        if (pause.compareTo(policy.maxRetryAfter()) > 0 || !deadline.allows(pause)) {
            throw new QontoRateLimitException("Qonto asked every caller sharing this rate limit to wait "
                    + pause.toSeconds() + " s, longer than " + describe(call.operation()) + " may wait; it was not sent",
                    429, List.of(), null, pause);
        }
        Backoff.sleep(pause);
    }

    /** Sleeps before the next attempt, unless the attempt could not even start before the deadline. */
    private static boolean waitBeforeRetry(Duration wait, Deadline deadline) {
        if (!deadline.allows(wait)) {
            return false;
        }
        Backoff.sleep(wait);
        return true;
    }

    private static String describe(QontoOperation operation) {
        return "Qonto " + operation.method() + " " + operation.pathTemplate();
    }

    private static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
