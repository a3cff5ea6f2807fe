package io.camelqonto.component.health;

import java.util.Map;
import java.util.function.Supplier;

import io.camelqonto.client.QontoClient;
import io.camelqonto.component.management.Redacted;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * The health of the producers of one {@code qonto} endpoint: whether Qonto is reachable with the endpoint's
 * credentials, and their OAuth token renewable, as its client's {@link AccessProbe} finds it. Registered in Camel's
 * {@code producers} repository while a producer of the endpoint runs; Camel calls producer checks only with
 * {@code camel.health.producersEnabled=true}, and this one answers UNKNOWN when the component's
 * {@code healthCheckProducerEnabled} is false.
 */
public final class QontoProducerHealthCheck implements HealthCheck {

    /** Detail key: when the outcome was found. */
    public static final String CHECKED_AT = "qonto.checked.at";
    /** Detail key: {@code traffic} or {@code ping}, see {@link AccessProbe.Outcome#evidence()}. */
    public static final String EVIDENCE = "qonto.evidence";
    /** Detail key: when the OAuth access token in use expires. */
    public static final String TOKEN_EXPIRES_AT = "qonto.token.expires.at";

    private final String id;
    private final String uri;
    private final Supplier<QontoClient> client;
    private final Supplier<AccessProbe> probe;
    private volatile boolean enabled = true;

    /**
     * @param id     the check's id
     * @param uri    the endpoint's URI, shown with its secrets and IBANs masked
     * @param client the endpoint's client
     * @param probe  the probe of that client
     */
    public QontoProducerHealthCheck(String id, String uri, Supplier<QontoClient> client, Supplier<AccessProbe> probe) {
        this.id = id;
        this.uri = Redacted.uri(uri);
        this.client = client;
        this.probe = probe;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail(ENDPOINT_URI, uri);
        if (!enabled) {
            builder.message("Disabled");
            builder.detail(CHECK_ENABLED, false);
            return builder.unknown().build();
        }
        AccessProbe.Outcome outcome = probe.get().check();
        builder.detail(CHECKED_AT, outcome.at().toString());
        builder.detail(EVIDENCE, outcome.evidence());
        client.get().accessTokenExpiresAt().ifPresent(at -> builder.detail(TOKEN_EXPIRES_AT, at.toString()));
        if (outcome.up()) {
            return builder.up().build();
        }
        builder.message(outcome.diagnosis().message());
        builder.details(outcome.diagnosis().details());
        return builder.down().build();
    }
}
