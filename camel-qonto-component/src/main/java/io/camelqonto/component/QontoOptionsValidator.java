package io.camelqonto.component;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.camelqonto.component.consumer.ConsumerCursor;
import io.camelqonto.model.Iban;
import io.camelqonto.model.InvalidInputException;

/**
 * Checks the options of an endpoint when it is created, before anything is sent: a misspelt status or a transactions
 * endpoint without an account fails the route at startup with a message naming the option, instead of returning an
 * empty list at runtime.
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
     * @throws InvalidInputException naming the first offending option, its value and what is allowed
     */
    static void validate(QontoResource resource, QontoConfiguration configuration) {
        new QontoOptionsValidator(resource, configuration).validate();
    }

    private void validate() {
        oneOf("environment", c.getEnvironment(), "production", "sandbox");
        oneOf("scaMode", c.getScaMode(), "fail", "wait", "mock");
        if (c.getOperation() != null) {
            resource.operation(c.getOperation(), "operation");
        }
        checkFilters();
        if (resource == QontoResource.transactions && c.getBankAccountId() == null && c.getIban() == null) {
            throw new InvalidInputException(subject, "bankAccountId",
                    "is required to read transactions (or iban); Qonto lists the transactions of one account");
        }
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
        checkProducerOptions();
        checkConsumerOptions();
    }

    private void checkFilters() {
        List<QontoFilter> own = resource.filters();
        for (Map.Entry<String, QontoFilter> entry : QontoResource.allFilters().entrySet()) {
            boolean applies = own.stream().anyMatch(f -> f.option().equals(entry.getKey()));
            if (!applies && entry.getValue().isSetIn(c)) {
                throw new InvalidInputException(subject, entry.getKey(),
                        "does not apply to " + resource.name() + "; it filters " + resourcesFiltering(entry.getKey()));
            }
        }
        own.forEach(filter -> filter.values(c, subject));
    }

    private static String resourcesFiltering(String option) {
        return Arrays.stream(QontoResource.values())
                .filter(r -> r.filters().stream().anyMatch(f -> f.option().equals(option)))
                .map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    private void checkProducerOptions() {
        if (c.getDebitIban() != null) {
            appliesTo("debitIban", QontoResource.request);
            if (!Iban.isValid(c.getDebitIban())) {
                throw new InvalidInputException(subject, "debitIban",
                        "is not a valid IBAN (" + Iban.mask(c.getDebitIban()) + ")");
            }
        }
        if (c.getDeclinedNote() != null) {
            appliesTo("declinedNote", QontoResource.request);
            if (c.getDeclinedNote().isBlank()) {
                throw new InvalidInputException(subject, "declinedNote", "must not be blank");
            }
        }
        if (c.getIdempotencyKeyExpression() != null
                && resource.operations().values().stream().noneMatch(op -> op.idempotent())) {
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
            if (!resource.cursorFields().contains(c.getCursorField())) {
                throw new InvalidInputException(subject, "cursorField", "'" + c.getCursorField()
                        + "' is not one of: " + String.join(", ", resource.cursorFields()));
            }
        }
    }

    private void appliesTo(String option, QontoResource target) {
        if (resource != target) {
            throw new InvalidInputException(subject, option,
                    "does not apply to " + resource.name() + "; it is an option of " + target.name());
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
