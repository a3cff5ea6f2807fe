package io.camelqonto.client;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelqonto.client.ResponseDecoder.MalformedResponseException;
import io.camelqonto.client.error.QontoTransportException;

/**
 * Sends a call until it has a definite answer. Every attempt first takes a permit from the rate
 * limiter and the current credentials. Calls that are safe to repeat (reads, and writes carrying
 * their idempotency key) are attempted again, per the {@link RetryPolicy}, after 429, 502, 503, 504,
 * an I/O failure or a garbled 2xx body; other calls are sent exactly once, because their outcome
 * would be unknown. A 401 with OAuth leads to one token refresh and one more attempt.
 */
final class RetryExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryExecutor.class);
    private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

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
        RequestEncoder.EncodedCall encoded = encoder.encode(call);
        QontoOperation operation = call.operation();
        RetryPolicy policy = config.retryPolicy();
        int maxAttempts = operation.safeToRetry() ? policy.maxAttempts() : 1;
        boolean credentialsRenewed = false;
        int attempt = 1;
        while (true) {
            acquirePermit();
            String credentials = authorization.authorization();
            long start = System.nanoTime();
            HttpResult result;
            try {
                result = transport.send(encoder.request(encoded, credentials, scaSessionToken));
            } catch (IOException e) {
                LOG.debug("Qonto {} {} failed: {} (attempt {}/{}, {} ms)", operation.method(), operation.pathTemplate(),
                        e.getClass().getSimpleName(), attempt, maxAttempts, millisSince(start));
                if (attempt < maxAttempts) {
                    Backoff.sleep(Backoff.delay(policy, attempt));
                    attempt++;
                    continue;
                }
                throw new QontoTransportException(describe(operation) + " failed after " + attempt + " attempt(s): " + e, e);
            }
            LOG.debug("Qonto {} {} -> {} (attempt {}/{}, {} ms, trace_id {})", operation.method(),
                    operation.pathTemplate(), result.status(), attempt, maxAttempts, millisSince(start),
                    result.header(HttpResult.TRACE_ID_HEADER));

            if (result.status() == 401 && !credentialsRenewed && authorization.renewAfterRejection(credentials)) {
                credentialsRenewed = true;
                continue;
            }
            if (RETRYABLE_STATUSES.contains(result.status()) && operation.safeToRetry()) {
                Duration retryAfter = ErrorTranslator.retryAfter(result);
                if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
                    // waiting that long would block the caller's thread: let the caller decide
                    throw ErrorTranslator.retryAfterTooLong(call, result, retryAfter);
                }
                if (attempt < maxAttempts) {
                    Backoff.sleep(retryAfter != null ? retryAfter : Backoff.delay(policy, attempt));
                    attempt++;
                    continue;
                }
            }
            if (!result.isSuccess()) {
                throw ErrorTranslator.translate(call, result);
            }
            try {
                return ResponseDecoder.decode(operation, result);
            } catch (MalformedResponseException e) {
                // a safe call is sent again: Qonto answers a GET anew and replays an idempotent write's cached result
                if (attempt < maxAttempts) {
                    Backoff.sleep(Backoff.delay(policy, attempt));
                    attempt++;
                    continue;
                }
                throw new QontoTransportException(describe(operation) + " got a malformed response: " + e.getMessage(), e);
            }
        }
    }

    private void acquirePermit() {
        try {
            config.rateLimiter().acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QontoTransportException("Interrupted while waiting for the rate limiter", e);
        }
    }

    private static String describe(QontoOperation operation) {
        return "Qonto " + operation.method() + " " + operation.pathTemplate();
    }

    private static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }
}
