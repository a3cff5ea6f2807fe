package io.camelqonto.component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Action;
import io.camelqonto.client.catalog.CursorField;
import io.camelqonto.client.catalog.Names;
import io.camelqonto.component.consumer.ConsumerCursor;
import io.camelqonto.model.InvalidInputException;

/**
 * Checks the options of an endpoint when it is created, before anything is sent: a misspelt status or a transactions
 * endpoint without an account fails the route at startup with a message naming the option, instead of returning an
 * empty list at runtime. What applies where comes from the catalog rows of the endpoint's resource.
 */
final class QontoOptionsValidator {

    /** Qonto's Verification of Payee results. */
    private static final List<String> MATCH_RESULTS = List.of("MATCH_RESULT_MATCH", "MATCH_RESULT_CLOSE_MATCH",
            "MATCH_RESULT_NO_MATCH", "MATCH_RESULT_NOT_POSSIBLE", "MATCH_RESULT_UNSPECIFIED");

    private final QontoResource resource;
    private final QontoConfiguration c;
    private final String subject;

    private QontoOptionsValidator(QontoResource resource, QontoConfiguration configuration) {
        this.resource = resource;
        this.c = configuration;
        this.subject = "qonto:" + resource.name() + " options";
    }

    /**
     * @param options the catalog options set on the endpoint, by Camel name
     * @param query   the {@code query.} options, by Qonto name
     * @return the checked parameters and inputs
     * @throws InvalidInputException naming the first offending option, its value and what is allowed
     */
    static QueryParameters validate(QontoResource resource, QontoConfiguration configuration, Map<String, ?> options,
            Map<String, ?> query) {
        return new QontoOptionsValidator(resource, configuration).validate(options, query);
    }

    private QueryParameters validate(Map<String, ?> options, Map<String, ?> query) {
        oneOf("environment", c.getEnvironment(), "production", "sandbox");
        oneOf("scaMode", c.getScaMode(), "fail", "wait", "mock");
        if (c.getOperation() != null) {
            resource.operation(c.getOperation(), "operation");
        }
        QueryParameters parameters = QueryParameters.of(resource, options, query, subject);
        checkRequiredParameters(parameters);
        between("perPage", c.getPerPage(), 1, 100);
        between("maxPages", c.getMaxPages(), 1, Integer.MAX_VALUE);
        between("maxAttempts", c.getMaxAttempts(), 1, Integer.MAX_VALUE);
        between("maxConnections", c.getMaxConnections(), 1, Integer.MAX_VALUE);
        positive("connectTimeout", c.getConnectTimeout());
        positive("responseTimeout", c.getResponseTimeout());
        positive("callTimeout", c.getCallTimeout());
        positive("maxResponseSize", c.getMaxResponseSize());
        positive("scaTimeout", c.getScaTimeout());
        positive("scaPollInterval", c.getScaPollInterval());
        between("retryInitialDelay", c.getRetryInitialDelay(), 0, Long.MAX_VALUE);
        between("retryMaxDelay", c.getRetryMaxDelay(), 0, Long.MAX_VALUE);
        between("maxRetryAfter", c.getMaxRetryAfter(), 0, Long.MAX_VALUE);
        positive("webhookTolerance", c.getWebhookTolerance());
        checkProducerOptions();
        checkConsumerOptions();
        return parameters;
    }

    /** Groups like "bankAccountId or iban" of the operations this endpoint runs without a message naming another. */
    private void checkRequiredParameters(QueryParameters parameters) {
        for (QontoOperation operation : resource.operations().values()) {
            boolean runs = operation.action() == (c.getOperation() != null ? c.getOperation() : resource.defaultAction())
                    || resource.consumedOperation().filter(operation::equals).isPresent();
            for (List<String> group : operation.requiredOneOf()) {
                if (runs && group.stream().allMatch(name -> parameters.get(name) == null)) {
                    List<String> names = group.stream().map(Names::camelName).toList();
                    throw new InvalidInputException(subject, names.get(0), "is required to " + operation.action()
                            + " " + resource.name() + (names.size() > 1 ? " (or " + String.join(" or ",
                            names.subList(1, names.size())) + ")" : ""));
                }
            }
        }
    }

    private void checkProducerOptions() {
        if (c.getIdempotencyKeyExpression() != null && !resource.hasIdempotentWrite()) {
            throw new InvalidInputException(subject, "idempotencyKeyExpression",
                    "does not apply to " + resource.name() + ", which has no write that takes an idempotency key");
        }
        List<String> results = Arrays.stream(String.valueOf(c.getAcceptedMatchResults()).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (results.isEmpty()) {
            throw new InvalidInputException(subject, "acceptedMatchResults", "lists no value");
        }
        for (String result : results) {
            if (!MATCH_RESULTS.contains(result)) {
                throw new InvalidInputException(subject, "acceptedMatchResults",
                        "'" + result + "' is not one of: " + String.join(", ", MATCH_RESULTS));
            }
        }
    }

    private void checkConsumerOptions() {
        ConsumerCursor.checkStartFrom(c.getStartFrom());
        if (c.getCursorField() != null) {
            if (!resource.isConsumable()) {
                throw new InvalidInputException(subject, "cursorField",
                        "does not apply to " + resource.name() + ", which cannot be consumed");
            }
            List<String> fields = resource.cursorFields().stream().map(CursorField::name).toList();
            if (fields.isEmpty()) {
                throw new InvalidInputException(subject, "cursorField", "does not apply to " + resource.name()
                        + ", which has no time to resume from: its consumer compares the items with those delivered");
            }
            if (!fields.contains(c.getCursorField())) {
                throw new InvalidInputException(subject, "cursorField", "'" + c.getCursorField()
                        + "' is not one of: " + String.join(", ", fields));
            }
        }
    }

    private void oneOf(String option, String value, String... allowed) {
        if (!Arrays.asList(allowed).contains(value)) {
            throw new InvalidInputException(subject, option,
                    "'" + value + "' is not one of: " + String.join(", ", allowed));
        }
    }

    private void between(String option, long value, long min, long max) {
        if (value < min || value > max) {
            String range = max == Integer.MAX_VALUE || max == Long.MAX_VALUE
                    ? "at least " + min
                    : "between " + min + " and " + max;
            throw new InvalidInputException(subject, option, "must be " + range + " (got " + value + ")");
        }
    }

    private void positive(String option, long value) {
        between(option, value, 1, Long.MAX_VALUE);
    }
}
