package io.camelqonto.component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.camelqonto.client.QontoOperation;
import io.camelqonto.client.catalog.Parameter;
import io.camelqonto.client.catalog.ValueKind;
import io.camelqonto.model.InvalidInputException;

/**
 * The checked query parameters and inputs of an endpoint, by Qonto name, and the ones given with {@code query.}
 * that the catalog does not know. Immutable; a message's overrides make a new instance.
 */
public final class QueryParameters {

    static final QueryParameters NONE = new QueryParameters(null, Map.of(), Map.of());

    private static final Parameter UNKNOWN = new Parameter("unknown", ValueKind.TEXT, List.of(), false, "");

    private final QontoResource resource;
    /** Catalog parameters and inputs, by Qonto name. */
    private final Map<String, List<String>> known;
    /** {@code query.} parameters the catalog does not know, by Qonto name. */
    private final Map<String, List<String>> extra;

    private QueryParameters(QontoResource resource, Map<String, List<String>> known, Map<String, List<String>> extra) {
        this.resource = resource;
        this.known = Collections.unmodifiableMap(new LinkedHashMap<>(known));
        this.extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /**
     * Checks options by Camel name and {@code query.} entries by Qonto name against the resource's catalog rows.
     *
     * @throws InvalidInputException naming the first option that does not apply here or holds an invalid value
     */
    static QueryParameters of(QontoResource resource, Map<String, ?> options, Map<String, ?> query, String subject) {
        Map<String, Parameter> declared = resource.options();
        Map<String, List<String>> known = new LinkedHashMap<>();
        options.forEach((option, value) -> {
            Parameter parameter = declared.get(option);
            if (parameter == null) {
                throw new InvalidInputException(subject, option, "does not apply to " + resource.name() + "; it"
                        + " applies to " + String.join(", ", QontoResource.resourcesWithOption(option)));
            }
            known.put(parameter.name(), ParameterValues.normalize(parameter, option, value, subject));
        });
        Map<String, List<String>> extra = new LinkedHashMap<>();
        if (query != null) {
            query.forEach((name, value) -> {
                Parameter parameter = byQontoName(declared, name);
                String label = "query." + name;
                if (parameter != null) {
                    known.put(parameter.name(), ParameterValues.normalize(parameter, label, value, subject));
                } else {
                    checkName(name, label, subject);
                    extra.put(name, ParameterValues.normalize(UNKNOWN, label, value, subject));
                }
            });
        }
        return new QueryParameters(resource, known, extra);
    }

    /**
     * These parameters with a message's overrides, keyed by Camel or Qonto name and checked like the URI's.
     *
     * @param overrides the message's parameters, by Camel or Qonto name; null or empty for none
     * @param subject   what is being sent, for messages
     * @return the parameters with the overrides applied; this instance when there are none
     * @throws InvalidInputException naming the first key that is unknown here or holds an invalid value
     */
    public QueryParameters with(Map<?, ?> overrides, String subject) {
        if (overrides == null || overrides.isEmpty()) {
            return this;
        }
        Map<String, Parameter> declared = resource.options();
        Map<String, List<String>> known = new LinkedHashMap<>(this.known);
        Map<String, List<String>> extra = new LinkedHashMap<>(this.extra);
        overrides.forEach((key, value) -> {
            String name = String.valueOf(key);
            Parameter parameter = declared.containsKey(name) ? declared.get(name) : byQontoName(declared, name);
            if (parameter != null) {
                known.put(parameter.name(), ParameterValues.normalize(parameter, name, value, subject));
            } else {
                checkName(name, name, subject);
                extra.put(name, ParameterValues.normalize(UNKNOWN, name, value, subject));
            }
        });
        return new QueryParameters(resource, known, extra);
    }

    /**
     * The query parameters an operation declares that are set here, then the {@code query.} ones.
     *
     * @param operation the operation about to run
     * @return the values by Qonto name; the {@code query.} ones only for a GET
     */
    public Map<String, List<String>> declared(QontoOperation operation) {
        Map<String, List<String>> sent = new LinkedHashMap<>();
        for (Parameter parameter : operation.queryParameters()) {
            List<String> values = known.get(parameter.name());
            if (values != null) {
                sent.put(parameter.name(), values);
            }
        }
        if ("GET".equals(operation.method())) {
            sent.putAll(extra);
        }
        return sent;
    }

    /**
     * The values of an input or query parameter.
     *
     * @param qontoName the parameter's name as Qonto writes it, e.g. {@code debit_iban}
     * @return its values, or null when it is not set
     */
    public List<String> get(String qontoName) {
        return known.get(qontoName);
    }

    private static Parameter byQontoName(Map<String, Parameter> declared, String name) {
        return declared.values().stream()
                .filter(p -> p.name().equals(name) || p.baseName().equals(name)).findFirst().orElse(null);
    }

    private static void checkName(String name, String label, String subject) {
        if (!name.matches("[a-z][a-z0-9_]*(\\[])?")) {
            throw new InvalidInputException(subject, label,
                    "is not a Qonto query parameter name (lower case letters, digits and _, optionally ending in [])");
        }
    }
}
