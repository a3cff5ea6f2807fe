package io.camelqonto.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call of a {@link QontoOperation}: path parameters, query parameters (repeatable, e.g.
 * {@code status[]}), body, and the keys that make a write safe to repeat. Immutable; a retry and an
 * SCA replay send exactly the same call.
 */
public final class QontoCall {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final QontoOperation operation;
    private final Map<String, String> pathParams;
    private final List<Map.Entry<String, String>> query;
    private final Object body;
    private final Map<String, Object> topLevelFields;
    private final String idempotencyKey;
    private final String scaSessionToken;

    private QontoCall(Builder b) {
        this.operation = b.operation;
        this.pathParams = Map.copyOf(b.pathParams);
        this.query = List.copyOf(b.query);
        this.body = b.body;
        this.topLevelFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.topLevelFields));
        this.idempotencyKey = b.idempotencyKey;
        this.scaSessionToken = b.scaSessionToken;
    }

    /**
     * Starts a call of an operation.
     *
     * @param operation what to call
     * @return a builder for the call's parameters and body
     */
    public static Builder of(QontoOperation operation) {
        return new Builder(operation);
    }

    /** {@return the operation called} */
    public QontoOperation operation() {
        return operation;
    }

    /** {@return the values of the path's placeholders, by name} */
    public Map<String, String> pathParams() {
        return pathParams;
    }

    /** {@return query parameters in order; a name may repeat} */
    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** {@return the payload: a model record, a {@code Map} or a Jackson node; wrapped per the operation} */
    public Object body() {
        return body;
    }

    /** {@return fields sent beside the wrapped payload, e.g. {@code vop_proof_token}} */
    public Map<String, Object> topLevelFields() {
        return topLevelFields;
    }

    /** {@return the {@code X-Qonto-Idempotency-Key} sent with the call, or null} */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** {@return token of an approved SCA session, when resuming a call that was answered 428 before} */
    public String scaSessionToken() {
        return scaSessionToken;
    }

    /** {@return the path with its placeholders replaced by URL-encoded path parameters} */
    public String path() {
        Matcher m = PLACEHOLDER.matcher(operation.pathTemplate());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = pathParams.get(m.group(1));
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(operation + " needs path parameter '" + m.group(1) + "'");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * A copy with page parameters replaced; used when walking a collection. A {@code current_page}
     * parameter is dropped: Qonto ignores it and answers page 1, which makes a walk loop.
     *
     * @param page the page number, from 1
     * @param perPage the page size
     * @return the call for that page
     */
    public QontoCall withPage(int page, int perPage) {
        Builder b = toBuilder();
        b.query.removeIf(e -> e.getKey().equals("page") || e.getKey().equals("per_page")
                || e.getKey().equals("current_page"));
        b.query("page", String.valueOf(page)).query("per_page", String.valueOf(perPage));
        return b.build();
    }

    /**
     * A copy that resumes the call after the SCA session was approved.
     *
     * @param token the approved session's token
     * @return the call carrying the token
     */
    public QontoCall withScaSessionToken(String token) {
        return toBuilder().scaSessionToken(token).build();
    }

    /** {@return a builder holding everything of this call} */
    public Builder toBuilder() {
        Builder b = new Builder(operation);
        b.pathParams.putAll(pathParams);
        b.query.addAll(query);
        b.body = body;
        b.topLevelFields.putAll(topLevelFields);
        b.idempotencyKey = idempotencyKey;
        b.scaSessionToken = scaSessionToken;
        return b;
    }

    @Override
    public String toString() {
        // the body may hold IBANs and names, so it is left out
        return "QontoCall[" + operation.method() + " " + operation.pathTemplate() + ", idempotencyKey=" + idempotencyKey + "]";
    }

    /** Collects the parameters and the body of a {@link QontoCall}. */
    public static final class Builder {
        private final QontoOperation operation;
        private final Map<String, String> pathParams = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private Object body;
        private final Map<String, Object> topLevelFields = new LinkedHashMap<>();
        private String idempotencyKey;
        private String scaSessionToken;

        private Builder(QontoOperation operation) {
            this.operation = Objects.requireNonNull(operation, "operation");
        }

        /**
         * Sets a placeholder of the operation's path.
         *
         * @param name the placeholder
         * @param value its value, URL-encoded when the path is built
         * @return this builder
         */
        public Builder pathParam(String name, String value) {
            pathParams.put(name, value);
            return this;
        }

        /**
         * Adds a query parameter; null values are skipped so optional filters can be passed as they are.
         *
         * @param name the parameter name
         * @param value its value, or null to skip it
         * @return this builder
         */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.add(Map.entry(name, String.valueOf(value)));
            }
            return this;
        }

        /**
         * Adds one parameter per value, e.g. {@code status[]=pending&status[]=approved}.
         *
         * @param name the parameter name
         * @param values the values, or null for none
         * @return this builder
         */
        public Builder queryAll(String name, Iterable<?> values) {
            if (values != null) {
                values.forEach(v -> query(name, v));
            }
            return this;
        }

        /**
         * Sets the payload.
         *
         * @param body a model record, a {@code Map} or a Jackson node; wrapped per the operation
         * @return this builder
         */
        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        /**
         * Adds a field beside the wrapped payload, e.g. {@code vop_proof_token}; null values are skipped.
         *
         * @param name the field name
         * @param value its value, or null to skip it
         * @return this builder
         */
        public Builder topLevelField(String name, Object value) {
            if (value != null) {
                topLevelFields.put(name, value);
            }
            return this;
        }

        /**
         * Sets the {@code X-Qonto-Idempotency-Key}: retries and replays with the same key run the write once.
         *
         * @param key the key
         * @return this builder
         */
        public Builder idempotencyKey(String key) {
            this.idempotencyKey = key;
            return this;
        }

        /**
         * Sets the token of an approved SCA session, to resume a call that was answered 428.
         *
         * @param token the session token
         * @return this builder
         */
        public Builder scaSessionToken(String token) {
            this.scaSessionToken = token;
            return this;
        }

        /** {@return the call} */
        public QontoCall build() {
            return new QontoCall(this);
        }
    }
}
