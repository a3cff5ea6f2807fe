package io.camelqonto.emulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** The faults injected into the emulator's API and OAuth calls (never into admin calls). Thread-safe. */
public final class Faults {

    private final long seed;
    private final List<ArmedRule> rules = new ArrayList<>();
    private Random random;

    Faults(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /**
     * Adds a rule. When several rules match a call, the one injected first applies; a rule with a
     * {@link FaultRule#rate() rate} that spares the call lets the next matching rule decide.
     *
     * @param rule the fault and the calls it applies to
     */
    public synchronized void inject(FaultRule rule) {
        rules.add(new ArmedRule(rule, rule.times()));
    }

    /** Removes all rules, and restarts the random draws of rate-based rules from the seed. */
    public synchronized void clear() {
        rules.clear();
        random = new Random(seed);
    }

    /** {@return the rules that can still apply, in the order they were injected} */
    public synchronized List<FaultRule> active() {
        return rules.stream().map(ArmedRule::rule).toList();
    }

    synchronized Optional<FaultRule> next(String method, String path) {
        Iterator<ArmedRule> armed = rules.iterator();
        while (armed.hasNext()) {
            ArmedRule candidate = armed.next();
            if (!candidate.rule().matches(method, path)) {
                continue;
            }
            // A rate-based rule that spares this call leaves it to the rules injected after it.
            if (candidate.rule().rate() != null && random.nextDouble() >= candidate.rule().rate()) {
                continue;
            }
            if (candidate.remaining != null && --candidate.remaining == 0) {
                armed.remove();
            }
            return Optional.of(candidate.rule());
        }
        return Optional.empty();
    }

    private static final class ArmedRule {
        private final FaultRule rule;
        private Integer remaining;

        ArmedRule(FaultRule rule, Integer remaining) {
            this.rule = rule;
            this.remaining = remaining;
        }

        FaultRule rule() {
            return rule;
        }
    }
}
