package io.camelqonto.component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.camelqonto.client.QontoClient;
import io.camelqonto.client.RateLimiter;
import io.camelqonto.client.auth.TokenStore;
import io.camelqonto.component.management.ClientActivity;
import io.camelqonto.component.management.QontoMonitoring;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code qonto} component: approval requests, transactions and SEPA transfers as polling consumers, and every
 * operation of the catalog as producers.
 *
 * <p>Qonto counts requests per IP address, in two windows, so the component owns one rate limiter for all its
 * endpoints, or uses the {@code rateLimiter} bean it is given, which several components can share. Endpoints with the
 * same client options share one client (one connection pool), and endpoints of the same OAuth grant share one token
 * store: Qonto rotates refresh tokens, and two stores seeded with the same refresh token would lock each other out.
 * The component closes the clients it created when it stops, and keeps the token stores and the rate limiter for a
 * restart.</p>
 *
 * <p>What the component's clients do (requests, retries, 429s, token refreshes), the rate budget left and the token's
 * expiry are JMX attributes of the component, and a dev console and Micrometer meters show them too (see
 * {@link QontoMonitoring}).</p>
 */
@Component("qonto")
@ManagedResource(description = "Qonto component")
public class QontoComponent extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(QontoComponent.class);
    private static final String OPTIONS = "qonto component options";
    private static final long DEFAULT_HEALTH_CHECK_PROBE_INTERVAL = 60_000;

    @Metadata(description = "The options every endpoint starts from, typically the credentials and the environment;"
                            + " an endpoint's own options override them.")
    private QontoConfiguration configuration = new QontoConfiguration();

    @Metadata(label = "advanced",
              defaultValue = "" + RateLimiter.QONTO_PER_TEN_SECONDS,
              description = "The most requests all endpoints of this component send in any 10 seconds; Qonto allows"
                            + " 1000 per IP address unless it granted more. Requests are spread evenly over the"
                            + " window rather than sent until it is spent. Ignored when rateLimiter is set.")
    private int rateLimitPerTenSeconds = RateLimiter.QONTO_PER_TEN_SECONDS;

    @Metadata(label = "advanced",
              defaultValue = "" + RateLimiter.QONTO_PER_TEN_MINUTES,
              description = "The most requests all endpoints of this component send in any 10 minutes; Qonto allows"
                            + " 10000 per IP address unless it granted more. Ignored when rateLimiter is set.")
    private int rateLimitPerTenMinutes = RateLimiter.QONTO_PER_TEN_MINUTES;

    @Metadata(label = "advanced",
              description = "A RateLimiter bean to take permits from instead of one of this component's own, e.g."
                            + " RateLimiter.qonto(1000, 10000) bound once in the registry and referenced by every"
                            + " qonto component of the JVM, so that they share Qonto's per-IP budget, and a"
                            + " Retry-After met by one pauses them all.")
    private RateLimiter rateLimiter;

    @Metadata(label = "health",
              defaultValue = "" + DEFAULT_HEALTH_CHECK_PROBE_INTERVAL,
              javaType = "java.time.Duration",
              description = "Milliseconds a producer health check's finding holds. Qonto is asked (one GET"
                            + " /v2/organization, no retry) at most once per interval for each client, and not at all"
                            + " while the routes' own requests succeed.")
    private long healthCheckProbeInterval = DEFAULT_HEALTH_CHECK_PROBE_INTERVAL;

    private final QontoMonitoring monitoring = new QontoMonitoring(this::activeRateLimiter,
            () -> Duration.ofMillis(healthCheckProbeInterval), this::isHealthCheckProducerEnabled);
    private RateLimiter ownRateLimiter;
    private final Map<Object, QontoClient> clients = new HashMap<>();
    private final Map<Object, TokenStore> tokenStores = new HashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        // the limits are component options, set by now: a wrong one fails the first route using the component
        rateLimiter();
        if (healthCheckProbeInterval < 0) {
            throw new InvalidInputException(OPTIONS, "healthCheckProbeInterval", "must not be negative");
        }
        QontoResource resource = QontoResource.fromPath(remaining);
        QontoConfiguration endpointConfiguration
                = configuration != null ? configuration.copy() : new QontoConfiguration();
        QontoEndpoint endpoint = new QontoEndpoint(uri, UriMasking.mask(uri), this, resource, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** {@return the options every endpoint starts from} */
    public QontoConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The options every endpoint starts from, typically the credentials and the environment; an endpoint's own options
     * override them.
     *
     * @param configuration the endpoints' defaults
     */
    public void setConfiguration(QontoConfiguration configuration) {
        this.configuration = configuration;
    }

    /** {@return the most requests all endpoints of this component send in any 10 seconds} */
    public int getRateLimitPerTenSeconds() {
        return rateLimitPerTenSeconds;
    }

    /**
     * The most requests all endpoints of this component send in any 10 seconds; Qonto allows 1000 per IP address unless
     * it granted more. Ignored when rateLimiter is set.
     *
     * @param rateLimitPerTenSeconds the number of requests, at least 1
     */
    public void setRateLimitPerTenSeconds(int rateLimitPerTenSeconds) {
        this.rateLimitPerTenSeconds = rateLimitPerTenSeconds;
    }

    /** {@return the most requests all endpoints of this component send in any 10 minutes} */
    public int getRateLimitPerTenMinutes() {
        return rateLimitPerTenMinutes;
    }

    /**
     * The most requests all endpoints of this component send in any 10 minutes; Qonto allows 10000 per IP address
     * unless it granted more. Ignored when rateLimiter is set.
     *
     * @param rateLimitPerTenMinutes the number of requests, at least 1
     */
    public void setRateLimitPerTenMinutes(int rateLimitPerTenMinutes) {
        this.rateLimitPerTenMinutes = rateLimitPerTenMinutes;
    }

    /** {@return the rate limiter shared with other components, or null when the component has its own} */
    public RateLimiter getRateLimiter() {
        return rateLimiter;
    }

    /**
     * A rate limiter to share with other components, instead of one of this component's own.
     *
     * @param rateLimiter the limiter, e.g. {@code RateLimiter.qonto(1000, 10000)} bound once in the registry; null for
     *                    the component's own
     */
    public void setRateLimiter(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    /** {@return how many milliseconds a producer health check's finding holds} */
    public long getHealthCheckProbeInterval() {
        return healthCheckProbeInterval;
    }

    /**
     * Milliseconds a producer health check's finding holds. Qonto is asked (one GET /v2/organization, no retry) at
     * most once per interval for each client, and not at all while the routes' own requests succeed.
     *
     * @param healthCheckProbeInterval the interval in milliseconds, not negative
     */
    public void setHealthCheckProbeInterval(long healthCheckProbeInterval) {
        this.healthCheckProbeInterval = healthCheckProbeInterval;
    }

    /** {@return what the component shows about itself: its clients, rate budget, consumers and health checks} */
    public QontoMonitoring monitoring() {
        return monitoring;
    }

    /**
     * {@return the requests Qonto's 10-second window still allows, by this component's count; -1 before the first
     * endpoint}
     */
    @ManagedAttribute(description = "Requests Qonto's 10-second window still allows, by this component's count;"
                                    + " -1 before the first endpoint")
    public int getRateLimitRemainingPerTenSeconds() {
        return remaining(Duration.ofSeconds(10));
    }

    /**
     * {@return the requests Qonto's 10-minute window still allows, by this component's count; -1 before the first
     * endpoint}
     */
    @ManagedAttribute(description = "Requests Qonto's 10-minute window still allows, by this component's count;"
                                    + " -1 before the first endpoint")
    public int getRateLimitRemainingPerTenMinutes() {
        return remaining(Duration.ofMinutes(10));
    }

    /**
     * {@return the milliseconds before requests may leave again, after Qonto asked every caller to wait (429,
     * Retry-After); 0 when it did not}
     */
    @ManagedAttribute(description = "Milliseconds before requests may leave again, after Qonto asked every caller"
                                    + " to wait (429, Retry-After); 0 when it did not")
    public long getRateLimitPauseRemaining() {
        return monitoring.rateLimitPause().toMillis();
    }

    /**
     * {@return when the earliest OAuth access token of the component's clients expires, ISO-8601; null with an API key
     * or before the first call}
     */
    @ManagedAttribute(description = "When the earliest OAuth access token of the component's clients expires,"
                                    + " ISO-8601; null with an API key or before the first call")
    public String getAccessTokenExpiresAt() {
        return monitoring.earliestTokenExpiry().map(Object::toString).orElse(null);
    }

    /** {@return the requests sent by the component's clients, retries included} */
    @ManagedAttribute(description = "Requests sent by the component's clients, retries included")
    public long getRequests() {
        return monitoring.total(ClientActivity::requests);
    }

    /** {@return the requests sent again after a 429, a 5xx or no answer} */
    @ManagedAttribute(description = "Requests sent again after a 429, a 5xx or no answer")
    public long getRetries() {
        return monitoring.total(ClientActivity::retries);
    }

    /** {@return the answers 429: requests Qonto's rate limit refused} */
    @ManagedAttribute(description = "Answers 429: requests Qonto's rate limit refused")
    public long getRateLimitedRequests() {
        return monitoring.total(ClientActivity::rateLimited);
    }

    /** {@return the OAuth access tokens refreshed} */
    @ManagedAttribute(description = "OAuth access tokens refreshed")
    public long getTokenRefreshes() {
        return monitoring.total(ClientActivity::tokenRefreshes);
    }

    /** {@return the OAuth token refreshes that failed} */
    @ManagedAttribute(description = "OAuth token refreshes that failed")
    public long getTokenRefreshFailures() {
        return monitoring.total(ClientActivity::tokenRefreshFailures);
    }

    private int remaining(Duration window) {
        return monitoring.rateBudget().stream()
                .filter(usage -> usage.window().length().equals(window))
                .mapToInt(RateLimiter.Usage::remaining)
                .findFirst().orElse(-1);
    }

    /** The limiter in use, without making one: null before the first endpoint. */
    private synchronized RateLimiter activeRateLimiter() {
        return rateLimiter != null ? rateLimiter : ownRateLimiter;
    }

    /** The limiter every endpoint of this component takes its permits from. */
    synchronized RateLimiter rateLimiter() {
        if (rateLimiter != null) {
            return rateLimiter;
        }
        if (ownRateLimiter == null) {
            if (rateLimitPerTenSeconds < 1) {
                throw new InvalidInputException(OPTIONS, "rateLimitPerTenSeconds", "must be at least 1");
            }
            if (rateLimitPerTenMinutes < 1) {
                throw new InvalidInputException(OPTIONS, "rateLimitPerTenMinutes", "must be at least 1");
            }
            ownRateLimiter = RateLimiter.qonto(rateLimitPerTenSeconds, rateLimitPerTenMinutes);
        }
        return ownRateLimiter;
    }

    /** The client for these options: a shared one when another endpoint already uses the same options. */
    synchronized QontoClient clientFor(QontoConfiguration options) {
        return clients.computeIfAbsent(QontoClientFactory.clientKey(options), key -> {
            TokenStore tokenStore = QontoClientFactory.usesOAuth(options)
                    ? tokenStores.computeIfAbsent(QontoClientFactory.tokenStoreKey(options),
                            storeKey -> QontoClientFactory.newTokenStore(options))
                    : null;
            ClientActivity activity = monitoring.newClientActivity();
            QontoClient client = QontoClient.create(QontoClientFactory.clientConfig(options, rateLimiter(), tokenStore,
                    activity));
            monitoring.clientCreated(client, activity);
            return client;
        });
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        CamelContext context = getCamelContext();
        String name = context.getComponentNames().stream()
                .filter(candidate -> context.hasComponent(candidate) == this)
                .findFirst().orElse("qonto");
        monitoring.start(context, name);
    }

    @Override
    protected synchronized void doStop() throws Exception {
        for (QontoClient client : clients.values()) {
            try {
                client.close();
            } catch (RuntimeException e) {
                LOG.warn("Cannot close Qonto client: {}", e.getMessage(), e);
            }
        }
        clients.clear();
        monitoring.stop();
        // the token stores stay: they hold the rotated refresh token, while a store seeded again from the configured
        // one would fail as soon as Qonto's grace period for that spent token is over
        super.doStop();
    }
}
