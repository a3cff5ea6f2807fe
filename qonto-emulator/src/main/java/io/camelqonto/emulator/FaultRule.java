package io.camelqonto.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A fault to inject into the calls that match it: an error status, a delay, a dropped connection or a body
 * that is not JSON. Build one with {@link #builder()} and hand it to {@link Faults#inject(FaultRule)}.
 *
 * <pre>{@code
 * emulator.faults().inject(FaultRule.builder().method("POST").path("/v2/sepa/transfers")
 *         .dropResponseAfterCommit().build());
 * }</pre>
 */
public final class FaultRule {

    /** What happens to a matching call, besides an optional {@link #latency()}. */
    public enum Action {
        /** The call is processed normally (after the latency). */
        NONE,
        /** The call is not processed; the client gets {@link #status()} with a Qonto-shaped error body. */
        STATUS,
        /** The connection is closed without processing the call and without any response. */
        DROP_CONNECTION,
        /** The call is processed (and its idempotency key cached), then the connection is closed unanswered. */
        DROP_RESPONSE_AFTER_COMMIT,
        /** The call is not processed; the client gets a 200 whose body is not valid JSON. */
        MALFORMED_BODY
    }

    private final String method;
    private final String path;
    private final Action action;
    private final int status;
    private final Integer retryAfterSeconds;
    private final Duration latency;
    private final Integer times;
    private final Double rate;

    private FaultRule(Builder builder) {
        this.method = builder.method;
        this.path = builder.path;
        this.action = builder.action;
        this.status = builder.status;
        this.retryAfterSeconds = builder.retryAfterSeconds;
        this.latency = builder.latency;
        this.rate = builder.rate;
        if (builder.times != null) {
            this.times = builder.times;
        } else {
            this.times = builder.rate == null ? Integer.valueOf(1) : null;
        }
    }

    /** {@return a builder of a rule for the next call of any method on any path} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a call with this method and path is one this rule is about (whatever its budget).
     *
     * @param requestMethod the call's HTTP method
     * @param requestPath the call's path
     * @return true when the rule is about this call
     */
    public boolean matches(String requestMethod, String requestPath) {
        return (method == null || method.equalsIgnoreCase(requestMethod)) && requestPath.startsWith(path);
    }

    /** {@return the HTTP method the rule applies to, or null for any} */
    public String method() {
        return method;
    }

    /** {@return the prefix of the request paths the rule applies to} */
    public String path() {
        return path;
    }

    /** {@return what happens to a matching call} */
    public Action action() {
        return action;
    }

    /** {@return the status answered by a {@link Action#STATUS} rule} */
    public int status() {
        return status;
    }

    /** {@return the {@code Retry-After} header value of a {@link Action#STATUS} rule, or null for none} */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** {@return the delay added to matching calls, zero for none} */
    public Duration latency() {
        return latency;
    }

    /** {@return how many matching calls the rule applies to; null for no limit (a rule with a rate and no count)} */
    public Integer times() {
        return times;
    }

    /** {@return the probability that a matching call gets the fault, or null when every matching call does} */
    public Double rate() {
        return rate;
    }

    @Override
    public String toString() {
        return "FaultRule[" + (method == null ? "*" : method) + " " + path + "*, " + action
                + (action == Action.STATUS ? " " + status : "") + ", latency=" + latency
                + ", times=" + (times == null ? "unlimited" : times) + (rate == null ? "" : ", rate=" + rate) + "]";
    }

    /** Builds a {@link FaultRule}; by default it applies to the next call of any method on any path. */
    public static final class Builder {

        private String method;
        private String path = "/";
        private Action action = Action.NONE;
        private int status;
        private Integer retryAfterSeconds;
        private Duration latency = Duration.ZERO;
        private Integer times;
        private Double rate;

        private Builder() {
        }

        /**
         * Only calls with this HTTP method (case-insensitive); any method when not set.
         *
         * @param method the HTTP method, or null for any
         * @return this builder
         */
        public Builder method(String method) {
            this.method = method == null ? null : method.toUpperCase(Locale.ROOT);
            return this;
        }

        /**
         * Only calls whose path starts with this prefix, e.g. {@code /v2/sepa/transfers}.
         *
         * @param pathPrefix what the paths start with
         * @return this builder
         */
        public Builder path(String pathPrefix) {
            this.path = Objects.requireNonNull(pathPrefix, "pathPrefix");
            return this;
        }

        /**
         * Answers matching calls with this status and a Qonto-shaped error body, without processing them.
         *
         * @param status the HTTP status, 100 to 599
         * @return this builder
         */
        public Builder status(int status) {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("Not an HTTP status: " + status);
            }
            this.action = Action.STATUS;
            this.status = status;
            return this;
        }

        /**
         * The {@code Retry-After} header sent with the {@link #status(int)}, typically with 429 or 503.
         *
         * @param seconds the header value
         * @return this builder
         */
        public Builder retryAfterSeconds(int seconds) {
            this.retryAfterSeconds = seconds;
            return this;
        }

        /**
         * Delays matching calls; combines with any other action.
         *
         * @param latency the delay
         * @return this builder
         */
        public Builder latency(Duration latency) {
            this.latency = Objects.requireNonNull(latency, "latency");
            return this;
        }

        /** {@return this builder}, for a rule that closes the connection without processing the call. */
        public Builder dropConnection() {
            this.action = Action.DROP_CONNECTION;
            return this;
        }

        /** {@return this builder}, for a rule that processes the call, then closes the connection unanswered. */
        public Builder dropResponseAfterCommit() {
            this.action = Action.DROP_RESPONSE_AFTER_COMMIT;
            return this;
        }

        /** {@return this builder}, for a rule that answers 200 with a body that is not JSON. */
        public Builder malformedBody() {
            this.action = Action.MALFORMED_BODY;
            return this;
        }

        /**
         * Applies to the next {@code count} matching calls (default 1, or unlimited with a {@link #rate}).
         *
         * @param count how many calls, at least 1
         * @return this builder
         */
        public Builder times(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("times must be at least 1");
            }
            this.times = count;
            return this;
        }

        /**
         * Each matching call gets the fault with this probability, drawn from the emulator's seeded random.
         *
         * @param probability in (0, 1]
         * @return this builder
         */
        public Builder rate(double probability) {
            if (probability <= 0 || probability > 1) {
                throw new IllegalArgumentException("rate must be in (0, 1]");
            }
            this.rate = probability;
            return this;
        }

        /**
         * {@return the rule}
         *
         * @throws IllegalStateException when the rule would do nothing, or has a Retry-After without a status
         */
        public FaultRule build() {
            if (retryAfterSeconds != null && action != Action.STATUS) {
                throw new IllegalStateException("retryAfterSeconds needs a status");
            }
            if (action == Action.NONE && latency.isZero()) {
                throw new IllegalStateException("A fault needs a status, a latency, a drop or a malformed body");
            }
            return new FaultRule(this);
        }
    }
}
