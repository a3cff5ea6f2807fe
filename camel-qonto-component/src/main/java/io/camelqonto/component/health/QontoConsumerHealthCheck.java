package io.camelqonto.component.health;

import java.util.Map;

import io.camelqonto.component.management.Redacted;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.ScheduledPollConsumerHealthCheck;

/**
 * Camel's check of a polling consumer, which is DOWN from the first failed poll until the next successful one, with
 * the reason added: the {@link QontoDiagnosis} of the poll's error (401, the missing scope of a 403, 429, no
 * connection, the sandbox's login page...) in the message and in {@code qonto.*} details. The endpoint URI is shown
 * with its IBANs masked, on top of the secrets Camel masks.
 */
public final class QontoConsumerHealthCheck extends ScheduledPollConsumerHealthCheck {

    private final String uri;
    private final String scope;

    /**
     * @param consumer the consumer whose polls are checked
     * @param id       the health check's id, e.g. {@code consumer:<route id>}
     * @param scope    the OAuth scope the consumer's list operation needs
     */
    public QontoConsumerHealthCheck(ScheduledPollConsumer consumer, String id, String scope) {
        super(consumer, id);
        this.uri = Redacted.uri(consumer.getEndpoint().getEndpointUri());
        this.scope = scope;
    }

    @Override
    public Result call(Map<String, Object> options) {
        Result result = super.call(options);
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this).state(result.getState());
        builder.details(result.getDetails());
        builder.detail(ENDPOINT_URI, uri);
        result.getMessage().ifPresent(builder::message);
        result.getError().ifPresent(error -> {
            builder.error(error);
            if (result.getState() == State.DOWN) {
                QontoDiagnosis diagnosis = QontoDiagnosis.of(error, scope);
                builder.message(result.getMessage().map(message -> message + ": ").orElse("")
                        + diagnosis.message());
                builder.details(diagnosis.details());
            }
        });
        return builder.build();
    }
}
