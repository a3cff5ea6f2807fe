package io.camelqonto.component;

import java.util.HashMap;
import java.util.Map;

import io.camelqonto.client.QontoClient;
import io.camelqonto.client.RateLimiter;
import io.camelqonto.client.auth.TokenStore;
import io.camelqonto.model.InvalidInputException;
import org.apache.camel.Endpoint;
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
 */
@Component("qonto")
public class QontoComponent extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(QontoComponent.class);
    private static final String OPTIONS = "qonto component options";

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

    private RateLimiter ownRateLimiter;
    private final Map<Object, QontoClient> clients = new HashMap<>();
    private final Map<Object, TokenStore> tokenStores = new HashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        // the limits are component options, set by now: a wrong one fails the first route using the component
        rateLimiter();
        QontoResource resource = QontoResource.fromPath(remaining);
        QontoConfiguration endpointConfiguration
                = configuration != null ? configuration.copy() : new QontoConfiguration();
        QontoEndpoint endpoint = new QontoEndpoint(uri, UriMasking.mask(uri), this, resource, endpointConfiguration);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public QontoConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The options every endpoint starts from, typically the credentials and the environment; an endpoint's own options
     * override them.
     */
    public void setConfiguration(QontoConfiguration configuration) {
        this.configuration = configuration;
    }

    public int getRateLimitPerTenSeconds() {
        return rateLimitPerTenSeconds;
    }

    /**
     * The most requests all endpoints of this component send in any 10 seconds; Qonto allows 1000 per IP address unless
     * it granted more. Ignored when rateLimiter is set.
     */
    public void setRateLimitPerTenSeconds(int rateLimitPerTenSeconds) {
        this.rateLimitPerTenSeconds = rateLimitPerTenSeconds;
    }

    public int getRateLimitPerTenMinutes() {
        return rateLimitPerTenMinutes;
    }

    /**
     * The most requests all endpoints of this component send in any 10 minutes; Qonto allows 10000 per IP address
     * unless it granted more. Ignored when rateLimiter is set.
     */
    public void setRateLimitPerTenMinutes(int rateLimitPerTenMinutes) {
        this.rateLimitPerTenMinutes = rateLimitPerTenMinutes;
    }

    public RateLimiter getRateLimiter() {
        return rateLimiter;
    }

    /** A rate limiter to share with other components, instead of one of this component's own. */
    public void setRateLimiter(RateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
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
            return QontoClient.create(QontoClientFactory.clientConfig(options, rateLimiter(), tokenStore));
        });
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
        // the token stores stay: they hold the rotated refresh token, while a store seeded again from the configured
        // one would fail as soon as Qonto's grace period for that spent token is over
        super.doStop();
    }
}
