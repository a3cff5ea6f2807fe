package io.camelqonto.component.webhook;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Parameter;
import io.camelqonto.client.catalog.ValueKind;
import io.camelqonto.component.QontoEndpoint;

/**
 * The endpoint's filters applied to pushed events, so that a webhook endpoint delivers what its resource's list would
 * return: {@code webhook:qonto:transactions?bankAccountId=...&status=completed} delivers the completed transactions
 * of that account only. A filter named like a field of the event (by Qonto's name; {@code x_id} also matches the
 * {@code id} of an object {@code x}) keeps the events whose field has one of its values, and an {@code x_from} or
 * {@code x_to} filter the events whose {@code x} is in range. A filter the event has no field for (such as
 * {@code includes[]}) cannot be told from the event and lets it through.
 */
final class EventFilter {

    private final List<Check> checks;

    private EventFilter(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The filters the endpoint sends with its resource's list, as sent (an IBAN as its account's id). */
    static EventFilter of(QontoEndpoint endpoint, Optional<QontoOperation> list) {
        if (list.isEmpty()) {
            return new EventFilter(List.of());
        }
        QontoOperation operation = list.get();
        Map<String, List<String>> declared = endpoint.getParameters().declared(operation);
        List<Check> checks = new ArrayList<>();
        endpoint.sentParameters(operation, declared).forEach((name, values) -> {
            ValueKind kind = operation.queryParameters().stream().filter(p -> p.name().equals(name))
                    .map(Parameter::kind).findFirst().orElse(ValueKind.TEXT);
            String field = name.endsWith("[]") ? name.substring(0, name.length() - 2) : name;
            switch (kind) {
                case TEXT, TEXTS, CHOICE, CHOICES, IDS, BOOLEAN -> checks.add(new Check(field, values, null));
                case INSTANT -> {
                    if (field.endsWith("_from")) {
                        checks.add(new Check(field.substring(0, field.length() - 5), values, Bound.FROM));
                    } else if (field.endsWith("_to")) {
                        checks.add(new Check(field.substring(0, field.length() - 3), values, Bound.TO));
                    }
                }
                default -> {
                    // dates, months and IBANs cannot be compared with what an event holds
                }
            }
        });
        return new EventFilter(checks);
    }

    boolean accepts(ObjectNode resource) {
        return checks.stream().allMatch(check -> check.accepts(resource));
    }

    private enum Bound { FROM, TO }

    private record Check(String field, List<String> values, Bound bound) {

        boolean accepts(ObjectNode resource) {
            JsonNode value = resource.get(field);
            if ((value == null || value.isNull()) && field.endsWith("_id")) {
                value = resource.path(field.substring(0, field.length() - 3)).get("id");
            }
            if (value == null || value.isNull()) {
                return true;
            }
            if (bound != null) {
                return inRange(value.asText());
            }
            if (value.isArray()) {
                for (JsonNode item : value) {
                    if (values.contains(item.asText())) {
                        return true;
                    }
                }
                return false;
            }
            return values.contains(value.asText());
        }

        private boolean inRange(String text) {
            try {
                Instant value = Instant.parse(text);
                Instant limit = Instant.parse(values.get(0));
                return bound == Bound.FROM ? !value.isBefore(limit) : !value.isAfter(limit);
            } catch (DateTimeParseException unreadable) {
                return true;
            }
        }
    }
}
