package io.camelqonto.component.management;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import io.camelqonto.client.QontoClientListener;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.component.health.QontoDiagnosis;

/**
 * What one client the component created has been doing, heard as its {@link QontoClientListener}: counts for JMX and
 * the dev console, the last successful answer for the producer health check, and every event passed on to the meters
 * of the moment (none without Micrometer).
 */
public final class ClientActivity implements QontoClientListener {

    private final Supplier<QontoClientListener> meters;
    private final LongAdder requests = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder tokenRefreshes = new LongAdder();
    private final LongAdder tokenRefreshFailures = new LongAdder();
    private volatile Answer lastAnswer;
    private volatile Instant lastSuccess;
    private volatile QontoDiagnosis lastRefreshFailure;

    /** An answer, or its absence (status 0), and when it came. */
    public record Answer(int status, Instant at) {
    }

    ClientActivity(Supplier<QontoClientListener> meters) {
        this.meters = meters;
    }

    @Override
    public void answered(QontoOperation operation, int status, Duration elapsed) {
        requests.increment();
        Instant now = Instant.now();
        lastAnswer = new Answer(status, now);
        if (status >= 200 && status < 300) {
            lastSuccess = now;
        } else if (status == 429) {
            rateLimited.increment();
        }
        meters.get().answered(operation, status, elapsed);
    }

    @Override
    public void unanswered(QontoOperation operation, NoAnswer reason, Duration elapsed) {
        requests.increment();
        lastAnswer = new Answer(0, Instant.now());
        meters.get().unanswered(operation, reason, elapsed);
    }

    @Override
    public void retrying(QontoOperation operation, int attempt, int status) {
        retries.increment();
        meters.get().retrying(operation, attempt, status);
    }

    @Override
    public void rateLimitWaited(Duration wait, boolean pause) {
        meters.get().rateLimitWaited(wait, pause);
    }

    @Override
    public void tokenRefreshed(Instant expiresAt) {
        tokenRefreshes.increment();
        lastRefreshFailure = null;
        meters.get().tokenRefreshed(expiresAt);
    }

    @Override
    public void tokenRefreshFailed(QontoException error) {
        tokenRefreshFailures.increment();
        lastRefreshFailure = QontoDiagnosis.of(error, null);
        meters.get().tokenRefreshFailed(error);
    }

    /** {@return the requests sent, answered or not; retries included} */
    public long requests() {
        return requests.sum();
    }

    /** {@return the requests sent again after a 429, a 5xx or no answer} */
    public long retries() {
        return retries.sum();
    }

    /** {@return the answers 429: requests Qonto's rate limit refused} */
    public long rateLimited() {
        return rateLimited.sum();
    }

    /** {@return the OAuth access tokens refreshed} */
    public long tokenRefreshes() {
        return tokenRefreshes.sum();
    }

    /** {@return the OAuth token refreshes that failed} */
    public long tokenRefreshFailures() {
        return tokenRefreshFailures.sum();
    }

    /** {@return the last answer (status 0 when an attempt got none), or null before the first request} */
    public Answer lastAnswer() {
        return lastAnswer;
    }

    /** {@return when Qonto last answered a request with success, or null} */
    public Instant lastSuccess() {
        return lastSuccess;
    }

    /** {@return why the last token refresh failed, or null when the last one succeeded or none failed} */
    public QontoDiagnosis lastRefreshFailure() {
        return lastRefreshFailure;
    }
}
