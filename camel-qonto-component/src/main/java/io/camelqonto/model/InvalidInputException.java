package io.camelqonto.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown before anything is sent when an input would be rejected by Qonto or would be unsafe to
 * send. It names every offending field and why; it never carries full IBANs or secrets.
 */
public class InvalidInputException extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidInputException(String subject, List<Violation> violations) {
        super("Invalid " + subject + ": " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String subject, String field, String reason) {
        this(subject, List.of(new Violation(field, reason)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** {@return the fields named by the violations, in order} */
    public List<String> fields() {
        return violations.stream().map(Violation::field).toList();
    }
}
