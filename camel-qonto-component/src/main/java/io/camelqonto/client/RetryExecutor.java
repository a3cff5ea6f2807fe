package io.camelqonto.client;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelqonto.client.ResponseDecoder.MalformedResponseException;
import io.camelqonto.client.error.QontoRateLimitException;
import io.camelqonto.client.error.QontoStagingTokenException;
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
 * An upload whose file came as a plain stream is never sent twice, whatever the answer: what was read is gone.
 * A 401 with OAuth leads to one token refresh and one more attempt. A {@code Retry-After}, and any 429, pauses every
 * caller sharing the rate limiter, since Qonto's budget is per IP address; a pause longer than the policy's
 * {@code maxRetryAfter} fails the calls that meet it at once instead of blocking them.
 * <p>
 * Each attempt, retry and wait for a pause is reported to the configured {@link QontoClientListener}. The resend
 * after a 401 that renewed the OAuth token is not counted as a retry: the listener hears of the refresh instead.
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
        return send(call, scaSessionToken, config.retryPolicy(), config.callTimeout());
    }

    /** Like {@link #send(QontoCall, String)}, with a retry policy and a call timeout of the caller's own. */
    QontoResponse send(QontoCall call, String scaSessionToken, RetryPolicy policy, Duration callTimeout) {
        return send(call, scaSessionToken, policy, callTimeout, result -> ResponseDecoder.decode(call.operation(), result));
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
        return send(call, scaSessionToken, config.retryPolicy(), config.callTimeout(), reader);
    }

    private <T> T send(QontoCall call, String scaSessionToken, RetryPolicy policy, Duration callTimeout,
            AnswerReader<T> reader) {
        return run(call, scaSessionToken, policy, callTimeout, (request, deadline) -> {
            HttpResult result = transport.send(request, deadline);
            String traceId = result.header(HttpResult.TRACE_ID_HEADER);
            return result.isSuccess()
                    ? new Attempt<>(result.status(), traceId, reader.read(result), null)
                    : new Attempt<>(result.status(), traceId, null, result);
        });
    }

    /**
     * Sends the call like {@link #send} and hands out a successful answer with its body still on the wire, for files.
     * Attempts are repeated only until an answer is successful: once its body is handed out, it cannot be replayed.
     */
    HttpTransport.OpenedResponse open(QontoCall call, String scaSessionToken) {
        return run(call, scaSessionToken, config.retryPolicy(), config.callTimeout(), (request, deadline) -> {
            HttpTransport.OpenedResponse opened = transport.open(request, deadline);
            List<String> traceIds = opened.headers().get(HttpResult.TRACE_ID_HEADER);
            String traceId = traceIds == null || traceIds.isEmpty() ? null : traceIds.get(0);
            if (opened.status() < 200 || opened.status() >= 300) {
                return new Attempt<>(opened.status(), traceId, null, transport.readFully(opened));
            }
            List<String> types = opened.headers().get("content-type");
            if (types != null && !types.isEmpty() && types.get(0).toLowerCase(Locale.ROOT).contains("text/html")) {
                opened.body().close();
                throw new QontoStagingTokenException(opened.status());
            }
            return new Attempt<>(opened.status(), traceId, opened, null);
        });
    }

    private <T> T run(QontoCall call, String scaSessionToken, RetryPolicy policy, Duration callTimeout,
            Exchange<T> exchange) {
        RequestEncoder.EncodedCall encoded = encoder.encode(call);
        QontoOperation operation = call.operation();
        QontoClientListener events = config.events();
        Deadline deadline = Deadline.after(callTimeout);
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
            Attempt<T> answer;
            try {
                answer = exchange.attempt(encoder.request(encoded, credentials, scaSessionToken), deadline);
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new QontoTransportException("Interrupted while calling " + describe(operation), e);
                }
                events.unanswered(operation, noAnswer(e), Duration.ofNanos(System.nanoTime() - start));
                LOG.debug("Qonto {} {} failed: {} (attempt {}/{}, {} ms)", operation.method(), operation.pathTemplate(),
                        e.getClass().getSimpleName(), attempt, policy.maxAttempts(), millisSince(start));
                // the same oversized answer would come again
                boolean retryable = operation.safeToRetry() && !(e instanceof HttpTransport.ResponseTooLargeException)
                        && resendable(encoded);
                if (retryable && attempt < policy.maxAttempts()
                        && waitBeforeRetry(Backoff.delay(policy, attempt), deadline)) {
                    events.retrying(operation, ++attempt, 0);
                    continue;
                }
                throw ErrorTranslator.transportFailure(describe(operation), attempt, deadline, e);
            } catch (MalformedResponseException e) {
                LOG.debug("Qonto {} {} answered a malformed body (attempt {}/{}, {} ms)", operation.method(),
                        operation.pathTemplate(), attempt, policy.maxAttempts(), millisSince(start));
                // a safe call is sent again: Qonto answers a GET anew and replays an idempotent write's cached result
                if (operation.safeToRetry() && resendable(encoded) && attempt < policy.maxAttempts()
                        && waitBeforeRetry(Backoff.delay(policy, attempt), deadline)) {
                    // only a successful status comes with a body to decode
                    events.retrying(operation, ++attempt, 200);
                    continue;
                }
                throw new QontoTransportException(describe(operation) + " got a malformed response: " + e.getMessage(), e);
            }
            LOG.debug("Qonto {} {} -> {} (attempt {}/{}, {} ms, trace_id {})", operation.method(),
                    operation.pathTemplate(), answer.status(), attempt, policy.maxAttempts(), millisSince(start),
                    answer.traceId());
            events.answered(operation, answer.status(), Duration.ofNanos(System.nanoTime() - start));
            if (answer.success() != null) {
                return answer.success();
            }
            HttpResult result = answer.refused();
            if (result.status() == 401 && !credentialsRenewed && resendable(encoded)
                    && authorization.renewAfterRejection(credentials)) {
                credentialsRenewed = true;
                continue;
            }
            Duration retryAfter = ErrorTranslator.retryAfter(result);
            Duration wait = retryAfter != null ? retryAfter : Backoff.delay(policy, attempt);
            if (retryAfter != null || result.status() == 429) {
                LOG.debug("Qonto answered {} to {} {}: every caller sharing the rate limiter waits {} ms",
                        result.status(), operation.method(), operation.pathTemplate(), wait.toMillis());
                config.rateLimiter().pause(wait);
            }
            if (retryable(operation, result.status()) && resendable(encoded)) {
                if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
                    // waiting that long would block the caller's thread: let the caller decide
                    throw ErrorTranslator.retryAfterTooLong(call, result, retryAfter);
                }
                if (attempt < policy.maxAttempts() && waitBeforeRetry(wait, deadline)) {
                    if (retryAfter != null || result.status() == 429) {
                        events.rateLimitWaited(wait, true);
                    }
                    events.retrying(operation, ++attempt, result.status());
                    continue;
                }
            }
            throw ErrorTranslator.translate(call, result);
        }
    }

    /** Whether the body can go out again; an upload read from a stream cannot, and the call ends with its answer. */
    private static boolean resendable(RequestEncoder.EncodedCall encoded) {
        if (encoded.replayable()) {
            return true;
        }
        LOG.debug("Qonto {} {}: the upload came as a stream, which was read once; it is not sent again",
                encoded.call().operation().method(), encoded.call().operation().pathTemplate());
        return false;
    }

    /** One attempt of a call: how the answer is read depends on what the caller wants of it. */
    @FunctionalInterface
    private interface Exchange<T> {
        Attempt<T> attempt(HttpTransport.OutgoingRequest request, Deadline deadline)
                throws IOException, MalformedResponseException;
    }

    /**
     * What one attempt brought: a successful answer as the caller takes it, or any other answer, read whole.
     *
     * @param success the successful answer, or null
     * @param refused the unsuccessful answer, or null
     */
    private record Attempt<T>(int status, String traceId, T success, HttpResult refused) {
    }

    private static QontoClientListener.NoAnswer noAnswer(IOException e) {
        if (e instanceof HttpTransport.DeadlineExceededException) {
            return QontoClientListener.NoAnswer.TIMEOUT;
        }
        return e instanceof HttpTransport.ResponseTooLargeException ? QontoClientListener.NoAnswer.TOO_LARGE
                : QontoClientListener.NoAnswer.CONNECTION;
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
        config.events().rateLimitWaited(pause, true);
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
