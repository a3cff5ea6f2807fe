package io.camelqonto.component.health;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.client.error.QontoPermissionException;

/**
 * Whether one client can use Qonto: reachable, credentials accepted, OAuth token renewable. Qonto's rate budget is
 * per IP address and shared with the routes, so the probe spends as little of it as it can:
 * <ul>
 * <li>a successful answer to any request of the client within the interval is proof enough, and costs nothing;</li>
 * <li>otherwise one {@link QontoClient#ping(Duration) ping} is sent, and its outcome kept for the interval, however
 * often the check is asked;</li>
 * <li>while Qonto has asked every caller to wait (429, {@code Retry-After}), nothing is sent.</li>
 * </ul>
 * A refused token refresh seen on the client's own traffic counts as a failure until a refresh succeeds.
 */
public final class AccessProbe {

    /** The longest a ping may take: a health check must answer long before an orchestrator gives up on it. */
    static final Duration PING_TIMEOUT = Duration.ofSeconds(10);

    private final QontoClient client;
    private final Supplier<Instant> lastSuccess;
    private final Supplier<QontoDiagnosis> refreshFailure;
    private final Duration interval;
    private Outcome cached;

    /**
     * What the probe found.
     *
     * @param at        when it was found: the time of the answer proving access, or of the ping
     * @param evidence  {@code traffic} when a request of the routes proved it, {@code ping} when the probe asked
     * @param diagnosis why Qonto cannot be used, or null when it can
     */
    public record Outcome(Instant at, String evidence, QontoDiagnosis diagnosis) {
        /** {@return whether the client can use Qonto} */
        public boolean up() {
            return diagnosis == null;
        }
    }

    /**
     * @param client         the client to check, and to ping with
     * @param lastSuccess    when the client last got a successful answer (null when never or not known)
     * @param refreshFailure why the client's last token refresh failed (null when it did not)
     * @param interval       how long an outcome holds before the next ping
     */
    public AccessProbe(QontoClient client, Supplier<Instant> lastSuccess, Supplier<QontoDiagnosis> refreshFailure,
            Duration interval) {
        this.client = client;
        this.lastSuccess = lastSuccess;
        this.refreshFailure = refreshFailure;
        this.interval = interval;
    }

    /** {@return whether the client can use Qonto now, pinging Qonto only when nothing recent says so} */
    public synchronized Outcome check() {
        Instant now = Instant.now();
        Instant since = now.minus(interval);
        QontoDiagnosis refusal = refreshFailure.get();
        if (refusal != null) {
            return new Outcome(now, "traffic", refusal);
        }
        Instant success = lastSuccess.get();
        if (success != null && success.isAfter(since)) {
            return new Outcome(success, "traffic", null);
        }
        if (cached != null && cached.at().isAfter(since)) {
            return cached;
        }
        Duration pause = client.config().rateLimiter().pauseRemaining();
        if (!pause.isZero()) {
            return new Outcome(now, "traffic", QontoDiagnosis.paused(pause));
        }
        cached = ping(now);
        return cached;
    }

    private Outcome ping(Instant now) {
        try {
            client.ping(PING_TIMEOUT);
            return new Outcome(now, "ping", null);
        } catch (QontoPermissionException notGranted) {
            // answered by Qonto after checking the credentials: only the organization's scope is missing
            return new Outcome(now, "ping", null);
        } catch (QontoException e) {
            return new Outcome(now, "ping", QontoDiagnosis.of(e, QontoOperation.GET_ORGANIZATION.scope()));
        } catch (RuntimeException e) {
            return new Outcome(now, "ping", QontoDiagnosis.of(e, null));
        }
    }
}
