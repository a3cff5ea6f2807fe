package io.camelqonto.component.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.camelqonto.client.QontoClientListener;
import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.RateLimiter;
import io.camelqonto.client.error.QontoException;
import io.camelqonto.component.consumer.ConsumerCursor;
import io.camelqonto.component.consumer.QontoConsumer;
import io.camelqonto.component.management.QontoMeters;
import io.camelqonto.component.management.QontoMonitoring;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The component's meters in a Micrometer {@link MeterRegistry}: the registry bound as {@code metricsRegistry} (the
 * name camel-micrometer uses), else the only one in Camel's registry, else the composite among several (Spring Boot's).
 * Every meter carries a {@code component} tag, the component's name; no tag or value carries a credential, a token,
 * an IBAN or an id of Qonto's data.
 */
public final class MicrometerMeters implements QontoMeters, QontoClientListener {

    /** Timer of every attempt, tags {@code operation} and {@code status}. */
    public static final String REQUESTS = "qonto.requests";
    /** Counter of retries, tags {@code operation} and {@code status} (of the answer that led to the retry). */
    public static final String RETRIES = "qonto.retries";
    /** Counter of 429 answers, tag {@code operation}. */
    public static final String RATE_LIMITED = "qonto.rate.limited";
    /** Timer of waits imposed by the rate limit, tag {@code cause}: {@code pacing} or {@code pause}. */
    public static final String RATE_LIMIT_WAIT = "qonto.rate.limit.wait";
    /** Gauge of the requests Qonto's window still allows by this component's count, tag {@code window}. */
    public static final String RATE_LIMIT_REMAINING = "qonto.rate.limit.remaining";
    /** Counter of OAuth token refreshes, tag {@code outcome}: {@code success} or {@code failure}. */
    public static final String TOKEN_REFRESHES = "qonto.token.refreshes";
    /** Gauge of the seconds until the earliest OAuth access token expires. */
    public static final String TOKEN_EXPIRES_IN = "qonto.token.expires.in";
    /** Gauge of the seconds between now and a consumer's cursor, tags {@code route} and {@code resource}. */
    public static final String CONSUMER_LAG = "qonto.consumer.lag";
    /** Counter of the items a consumer's cursor moved past, tags {@code route} and {@code resource}. */
    public static final String CONSUMER_DELIVERED = "qonto.consumer.delivered";

    private static final Logger LOG = LoggerFactory.getLogger(MicrometerMeters.class);
    private static final String NAMED_REGISTRY = "metricsRegistry";
    private static final List<Duration> QONTO_WINDOWS = List.of(Duration.ofSeconds(10), Duration.ofMinutes(10));

    private final MeterRegistry registry;
    private final QontoMonitoring monitoring;
    private final Tags component;
    private final Set<Meter> meters = ConcurrentHashMap.newKeySet();

    private MicrometerMeters(MeterRegistry registry, QontoMonitoring monitoring) {
        this.registry = registry;
        this.monitoring = monitoring;
        this.component = Tags.of("component", monitoring.componentName());
        for (Duration window : QONTO_WINDOWS) {
            meters.add(Gauge.builder(RATE_LIMIT_REMAINING, monitoring, m -> remaining(m, window))
                    .tags(component.and("window", label(window)))
                    .description("Requests Qonto's window still allows, by this component's count")
                    .register(registry));
        }
        meters.add(Gauge.builder(TOKEN_EXPIRES_IN, monitoring, MicrometerMeters::tokenExpiresIn)
                .tags(component).baseUnit("seconds")
                .description("Seconds until the earliest OAuth access token of the component expires")
                .register(registry));
    }

    /**
     * The meters of a component in the registry Camel's registry holds.
     *
     * @param context    the component's Camel context
     * @param monitoring what the component knows of its clients and consumers, which the meters read
     * @return {@link QontoMeters#NONE} when there is no registry
     */
    public static QontoMeters bind(CamelContext context, QontoMonitoring monitoring) {
        MeterRegistry registry = find(context);
        if (registry == null) {
            LOG.debug("No MeterRegistry in the registry: the qonto component keeps no meters");
            return QontoMeters.NONE;
        }
        return new MicrometerMeters(registry, monitoring);
    }

    private static MeterRegistry find(CamelContext context) {
        MeterRegistry named = context.getRegistry().lookupByNameAndType(NAMED_REGISTRY, MeterRegistry.class);
        if (named != null) {
            return named;
        }
        Set<MeterRegistry> all = context.getRegistry().findByType(MeterRegistry.class);
        if (all.size() == 1) {
            return all.iterator().next();
        }
        MeterRegistry composite = all.stream().filter(CompositeMeterRegistry.class::isInstance).findFirst()
                .orElse(null);
        if (composite == null && !all.isEmpty()) {
            LOG.info("{} MeterRegistry beans and none is composite: bind the one the qonto component should use as"
                     + " {}", all.size(), NAMED_REGISTRY);
        }
        return composite;
    }

    @Override
    public QontoClientListener clientListener() {
        return this;
    }

    @Override
    public void answered(QontoOperation operation, int status, Duration elapsed) {
        keep(registry.timer(REQUESTS, component.and("operation", name(operation), "status", String.valueOf(status))))
                .record(elapsed);
        if (status == 429) {
            keep(registry.counter(RATE_LIMITED, component.and("operation", name(operation)))).increment();
        }
    }

    @Override
    public void unanswered(QontoOperation operation, NoAnswer reason, Duration elapsed) {
        keep(registry.timer(REQUESTS, component.and("operation", name(operation), "status",
                reason.name().toLowerCase(Locale.ROOT)))).record(elapsed);
    }

    @Override
    public void retrying(QontoOperation operation, int attempt, int status) {
        keep(registry.counter(RETRIES, component.and("operation", name(operation), "status",
                status == 0 ? "none" : String.valueOf(status)))).increment();
    }

    @Override
    public void rateLimitWaited(Duration wait, boolean pause) {
        keep(registry.timer(RATE_LIMIT_WAIT, component.and("cause", pause ? "pause" : "pacing"))).record(wait);
    }

    @Override
    public void tokenRefreshed(Instant expiresAt) {
        keep(registry.counter(TOKEN_REFRESHES, component.and("outcome", "success"))).increment();
    }

    @Override
    public void tokenRefreshFailed(QontoException error) {
        keep(registry.counter(TOKEN_REFRESHES, component.and("outcome", "failure"))).increment();
    }

    @Override
    public Runnable bindConsumer(QontoConsumer consumer) {
        Tags tags = component.and("route", String.valueOf(consumer.getRouteId()), "resource", consumer.getResource());
        Meter lag = Gauge.builder(CONSUMER_LAG, consumer, MicrometerMeters::lagSeconds)
                .tags(tags).baseUnit("seconds")
                .description("Seconds between now and the consumer's cursor")
                .register(registry);
        Meter delivered = FunctionCounter.builder(CONSUMER_DELIVERED, consumer,
                        c -> c.getActivity().delivered())
                .tags(tags)
                .description("Items the consumer's cursor moved past")
                .register(registry);
        meters.add(lag);
        meters.add(delivered);
        return () -> {
            remove(lag);
            remove(delivered);
        };
    }

    @Override
    public void close() {
        meters.forEach(registry::remove);
        meters.clear();
    }

    private <M extends Meter> M keep(M meter) {
        meters.add(meter);
        return meter;
    }

    private void remove(Meter meter) {
        meters.remove(meter);
        registry.remove(meter);
    }

    private static String name(QontoOperation operation) {
        return operation.name().toLowerCase(Locale.ROOT);
    }

    /** A window's length as a tag value: {@code 10s}, {@code 10m}. */
    private static String label(Duration window) {
        long seconds = window.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    private static double remaining(QontoMonitoring monitoring, Duration window) {
        return monitoring.rateBudget().stream()
                .filter(usage -> usage.window().length().equals(window))
                .mapToDouble(RateLimiter.Usage::remaining)
                .findFirst().orElse(Double.NaN);
    }

    private static double tokenExpiresIn(QontoMonitoring monitoring) {
        return monitoring.earliestTokenExpiry()
                .map(at -> (double) Duration.between(Instant.now(), at).toSeconds())
                .orElse(Double.NaN);
    }

    private static double lagSeconds(QontoConsumer consumer) {
        ConsumerCursor cursor = consumer.getCursor();
        if (cursor == null || cursor.instant() == null) {
            return Double.NaN;
        }
        return Math.max(0, Duration.between(cursor.instant(), Instant.now()).toMillis()) / (double) TimeUnit.SECONDS
                .toMillis(1);
    }
}
