package io.camelqonto.component.management;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import io.camelqonto.client.QontoClient;
import io.camelqonto.client.QontoClientListener;
import io.camelqonto.client.RateLimiter;
import io.camelqonto.component.QontoEndpoint;
import io.camelqonto.component.consumer.QontoConsumer;
import io.camelqonto.component.health.AccessProbe;
import io.camelqonto.component.health.QontoProducerHealthCheck;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything one {@code qonto} component shows about itself, for JMX, the dev console, the health checks and the
 * meters: its clients and what they did, its rate limiter's budget, its running consumers, and the health checks of
 * its producers. Micrometer is optional: the meters exist only when it is on the classpath and a {@code MeterRegistry}
 * is in Camel's registry when the component starts.
 */
public final class QontoMonitoring {

    private static final Logger LOG = LoggerFactory.getLogger(QontoMonitoring.class);
    private static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";
    private static final String MICROMETER_METERS = "io.camelqonto.component.metrics.MicrometerMeters";

    private final Supplier<RateLimiter> rateLimiter;
    private final Supplier<Duration> probeInterval;
    private final Supplier<Boolean> producerChecksEnabled;
    private final Map<QontoClient, ClientActivity> activities = new ConcurrentHashMap<>();
    private final Map<QontoClient, AccessProbe> probes = new ConcurrentHashMap<>();
    private final Map<QontoConsumer, Runnable> consumers = new ConcurrentHashMap<>();
    private final Map<QontoEndpoint, ProducerCheck> producerChecks = new ConcurrentHashMap<>();
    private volatile QontoMeters meters = QontoMeters.NONE;
    private volatile String componentName = "qonto";

    /**
     * @param rateLimiter           the component's limiter, or null before it has one
     * @param probeInterval         how long a producer health check's outcome holds
     * @param producerChecksEnabled the component's {@code healthCheckProducerEnabled}
     */
    public QontoMonitoring(Supplier<RateLimiter> rateLimiter, Supplier<Duration> probeInterval,
            Supplier<Boolean> producerChecksEnabled) {
        this.rateLimiter = rateLimiter;
        this.probeInterval = probeInterval;
        this.producerChecksEnabled = producerChecksEnabled;
    }

    /**
     * Binds the meters, when Micrometer and a registry are there.
     *
     * @param context the Camel context of the component
     * @param name    the name the component is registered under
     */
    public void start(CamelContext context, String name) {
        componentName = name;
        if (context.getClassResolver().resolveClass(METER_REGISTRY) == null) {
            LOG.debug("Micrometer is not on the classpath: the qonto component keeps no meters");
            return;
        }
        try {
            // only loaded when Micrometer is there, so that the component runs without it
            meters = (QontoMeters) context.getClassResolver().resolveMandatoryClass(MICROMETER_METERS)
                    .getMethod("bind", CamelContext.class, QontoMonitoring.class).invoke(null, context, this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot bind the qonto component's meters", e);
        }
    }

    /** Removes the meters and forgets the clients, which the component closes. */
    public void stop() {
        meters.close();
        meters = QontoMeters.NONE;
        activities.clear();
        probes.clear();
    }

    /** {@return the name the component is registered under in the Camel context; a tag of its meters} */
    public String componentName() {
        return componentName;
    }

    /** {@return a listener for a client the component is about to create; {@link #clientCreated} ties them together} */
    public ClientActivity newClientActivity() {
        return new ClientActivity(this::clientMeters);
    }

    /**
     * Ties a client the component created to the listener it was created with.
     *
     * @param client   the new client
     * @param activity the listener {@link #newClientActivity()} gave for it
     */
    public void clientCreated(QontoClient client, ClientActivity activity) {
        activities.put(client, activity);
    }

    /**
     * The activity of a client the component created.
     *
     * @param client a client of the component's endpoints
     * @return what it did; empty for a client bean, which brings its own listener
     */
    public Optional<ClientActivity> activity(QontoClient client) {
        return Optional.ofNullable(activities.get(client));
    }

    /** {@return the clients the component created, with what they did} */
    public Map<QontoClient, ClientActivity> clients() {
        return Map.copyOf(activities);
    }

    /**
     * The probe of a client: one per client, shared by the producer checks of every endpoint using it.
     *
     * @param client a client of the component's endpoints
     * @return its probe, made on first use
     */
    public AccessProbe probe(QontoClient client) {
        return probes.computeIfAbsent(client, c -> {
            Optional<ClientActivity> activity = activity(c);
            return new AccessProbe(c, () -> activity.map(ClientActivity::lastSuccess).orElse(null),
                    () -> activity.map(ClientActivity::lastRefreshFailure).orElse(null), probeInterval.get());
        });
    }

    /** {@return the limiter's usage of each window; empty before the component made its limiter} */
    public List<RateLimiter.Usage> rateBudget() {
        RateLimiter limiter = rateLimiter.get();
        return limiter == null ? List.of() : limiter.usage();
    }

    /** {@return how long Qonto still wants every caller sharing the limiter to wait; zero when it does not} */
    public Duration rateLimitPause() {
        RateLimiter limiter = rateLimiter.get();
        return limiter == null ? Duration.ZERO : limiter.pauseRemaining();
    }

    /**
     * {@return the earliest expiry of the OAuth access tokens the component's clients use; empty when none is known}
     */
    public Optional<Instant> earliestTokenExpiry() {
        return activities.keySet().stream()
                .map(QontoClient::accessTokenExpiresAt)
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    /**
     * The sum of one count over the component's clients.
     *
     * @param count reads the count from a client's activity, e.g. {@code ClientActivity::requests}
     * @return the sum
     */
    public long total(ToLongFunction<ClientActivity> count) {
        return activities.values().stream().mapToLong(count).sum();
    }

    /** {@return the component's consumers that are running} */
    public List<QontoConsumer> consumers() {
        return new ArrayList<>(consumers.keySet());
    }

    /**
     * A consumer of the component started: its meters are bound and the dev console shows it.
     *
     * @param consumer the consumer
     */
    public void consumerStarted(QontoConsumer consumer) {
        consumers.put(consumer, meters.bindConsumer(consumer));
    }

    /**
     * A consumer of the component stopped: its meters are removed and the dev console no longer shows it.
     *
     * @param consumer the consumer
     */
    public void consumerStopped(QontoConsumer consumer) {
        Runnable unbind = consumers.remove(consumer);
        if (unbind != null) {
            unbind.run();
        }
    }

    /**
     * A producer of this endpoint started: the endpoint's producer health check is registered in Camel's
     * {@code producers} repository, when there is one, for as long as one of its producers runs.
     *
     * @param endpoint the producer's endpoint
     */
    public void producerStarted(QontoEndpoint endpoint) {
        producerChecks.compute(endpoint, (e, check) -> {
            if (check != null) {
                return check.oneMore();
            }
            WritableHealthCheckRepository repository = HealthCheckHelper.getHealthCheckRepository(
                    e.getCamelContext(), "producers", WritableHealthCheckRepository.class);
            QontoProducerHealthCheck health = new QontoProducerHealthCheck("producer:qonto-" + e.getId(),
                    e.getEndpointUri(), e::getClient, () -> probe(e.getClient()));
            health.setEnabled(producerChecksEnabled.get());
            if (repository != null) {
                repository.addHealthCheck(health);
            }
            return new ProducerCheck(health, repository, 1);
        });
    }

    /**
     * A producer of this endpoint stopped: the endpoint's producer health check is removed once none of its producers
     * runs.
     *
     * @param endpoint the producer's endpoint
     */
    public void producerStopped(QontoEndpoint endpoint) {
        producerChecks.computeIfPresent(endpoint, (e, check) -> {
            if (check.producers() > 1) {
                return check.oneLess();
            }
            if (check.repository() != null) {
                check.repository().removeHealthCheck(check.health());
            }
            return null;
        });
    }

    /**
     * The producer health check of an endpoint, while one of its producers runs.
     *
     * @param endpoint an endpoint of the component
     * @return the check; empty when none of the endpoint's producers runs
     */
    public Optional<QontoProducerHealthCheck> producerHealthCheck(QontoEndpoint endpoint) {
        return Optional.ofNullable(producerChecks.get(endpoint)).map(ProducerCheck::health);
    }

    private QontoClientListener clientMeters() {
        return meters.clientListener();
    }

    /** A producer check, where it is registered, and how many producers of its endpoint run. */
    private record ProducerCheck(QontoProducerHealthCheck health, WritableHealthCheckRepository repository,
            int producers) {
        ProducerCheck oneMore() {
            return new ProducerCheck(health, repository, producers + 1);
        }

        ProducerCheck oneLess() {
            return new ProducerCheck(health, repository, producers - 1);
        }
    }
}
