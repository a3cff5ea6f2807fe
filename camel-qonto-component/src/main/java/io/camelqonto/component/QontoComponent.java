package io.camelqonto.component;

import java.util.HashMap;
import java.util.Map;

import io.camelqonto.client.QontoClient;
import io.camelqonto.client.RateLimiter;
import io.camelqonto.client.auth.TokenStore;
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
 * <p>Qonto counts requests per IP address, so the component owns one rate limiter for all its endpoints. Endpoints
 * with the same client options share one client (one connection pool), and endpoints of the same OAuth grant share
 * one token store: Qonto rotates refresh tokens, and two stores seeded with the same refresh token would lock each
 * other out. The component closes the clients it created when it stops, and keeps the token stores for a restart.</p>
 */
@Component("qonto")
public class QontoComponent extends HealthCheckComponent {

    private static final Logger LOG = LoggerFactory.getLogger(QontoComponent.class);

    @Metadata(description = "The options every endpoint starts from, typically the credentials and the environment;"
                            + " an endpoint's own options override them.")
    private QontoConfiguration configuration = new QontoConfiguration();

    private final RateLimiter rateLimiter = RateLimiter.qontoDefault();
    private final Map<Object, QontoClient> clients = new HashMap<>();
    private final Map<Object, TokenStore> tokenStores = new HashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        QontoResource resource = QontoResource.fromPath(remaining);
        QontoConfiguration endpointConfiguration
                = configuration != null ? configuration.copy() : new QontoConfiguration();
        QontoEndpoint endpoint = new QontoEndpoint(uri, this, resource, endpointConfiguration);
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

    /** The client for these options: a shared one when another endpoint already uses the same options. */
    synchronized QontoClient clientFor(QontoConfiguration options) {
        return clients.computeIfAbsent(QontoClientFactory.clientKey(options), key -> {
            TokenStore tokenStore = QontoClientFactory.usesOAuth(options)
                    ? tokenStores.computeIfAbsent(QontoClientFactory.tokenStoreKey(options),
                            storeKey -> QontoClientFactory.newTokenStore(options))
                    : null;
            return QontoClient.create(QontoClientFactory.clientConfig(options, rateLimiter, tokenStore));
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
