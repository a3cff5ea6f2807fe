package io.camelqonto.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown before anything is sent when an input would be rejected by Qonto or would be unsafe to
 * send. It names every offending field and why; it never carries full IBANs or secrets.
 */
public class InvalidInputException extends IllegalArgumentException {

    /** Every field refused and why. */
    private final List<Violation> violations;

    /**
     * @param subject    what was checked, e.g. {@code SEPA transfer}
     * @param violations every field refused and why
     */
    public InvalidInputException(String subject, List<Violation> violations) {
        super("Invalid " + subject + ": " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /**
     * @param subject what was checked
     * @param field   the field refused
     * @param reason  why
     */
    public InvalidInputException(String subject, String field, String reason) {
        this(subject, List.of(new Violation(field, reason)));
    }

    /** {@return every field refused and why, in order} */
    public List<Violation> violations() {
        return violations;
    }

    /** {@return the fields named by the violations, in order} */
    public List<String> fields() {
        return violations.stream().map(Violation::field).toList();
    }
}
