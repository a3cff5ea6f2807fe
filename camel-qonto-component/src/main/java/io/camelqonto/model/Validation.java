package io.camelqonto.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects violations of one input so that a caller learns about every problem at once.
 * Used by the {@code validate()} methods of the input models.
 */
public final class Validation {

    private static final Pattern AMOUNT = Pattern.compile("^\\d+(\\.\\d{1,2})?$");
    private static final Pattern UUID_LIKE = Pattern.compile("^[0-9a-fA-F-]{8,64}$");
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

    private final String subject;
    private final List<Violation> violations = new ArrayList<>();

    private Validation(String subject) {
        this.subject = subject;
    }

    /**
     * Starts checking an input.
     *
     * @param subject what is checked, e.g. {@code SEPA transfer}; it starts the exception's message
     * @return a validation with no violation yet
     */
    public static Validation of(String subject) {
        return new Validation(subject);
    }

    /**
     * Records a violation.
     *
     * @param field  the field refused
     * @param reason why, without the value when it is sensitive
     * @return this validation
     */
    public Validation add(String field, String reason) {
        violations.add(new Violation(field, reason));
        return this;
    }

    /**
     * Refuses a null or blank value.
     *
     * @param field the field checked
     * @param value its value
     * @return this validation
     */
    public Validation required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "is required");
        }
        return this;
    }

    /**
     * Refuses a text longer than {@code max} characters; null passes.
     *
     * @param field the field checked
     * @param value its value
     * @param max   the most characters allowed
     * @return this validation
     */
    public Validation maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters (got " + value.length() + ")");
        }
        return this;
    }

    /**
     * Refuses a value that is not a valid IBAN; null and blank pass (use {@link #required} for those).
     *
     * @param field the field checked
     * @param value its value
     * @return this validation
     */
    public Validation iban(String field, String value) {
        if (value != null && !value.isBlank() && !Iban.isValid(value)) {
            add(field, "is not a valid IBAN (" + Iban.mask(value) + ")");
        }
        return this;
    }

    /**
     * A Qonto money amount: a positive decimal string with at most two decimal places.
     *
     * @param field the field checked
     * @param value its value
     * @return this validation
     */
    public Validation amount(String field, String value) {
        if (value == null || value.isBlank()) {
            return add(field, "is required");
        }
        String trimmed = value.trim();
        if (trimmed.startsWith("-")) {
            return add(field, "must be positive (got " + trimmed + ")");
        }
        if (!AMOUNT.matcher(trimmed).matches()) {
            int dot = trimmed.indexOf('.');
            if (dot >= 0 && trimmed.substring(dot + 1).chars().allMatch(Character::isDigit)
                    && trimmed.substring(0, dot).chars().allMatch(Character::isDigit) && dot > 0) {
                return add(field, "must have at most two decimal places (got " + trimmed + ")");
            }
            return add(field, "must be a decimal number like 100.50 (got " + trimmed + ")");
        }
        if (new java.math.BigDecimal(trimmed).signum() <= 0) {
            add(field, "must be greater than zero (got " + trimmed + ")");
        }
        return this;
    }

    /**
     * Refuses a value that is not shaped like a Qonto id; null passes.
     *
     * @param field the field checked
     * @param value its value
     * @return this validation
     */
    public Validation identifier(String field, String value) {
        if (value != null && !UUID_LIKE.matcher(value).matches()) {
            add(field, "is not a Qonto identifier");
        }
        return this;
    }

    /** One of the values Qonto documents; the message lists them. */
    public Validation oneOf(String field, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return add(field, "is required (one of " + String.join(", ", allowed) + ")");
        }
        if (!allowed.contains(value)) {
            add(field, "must be one of " + String.join(", ", allowed) + " (got " + value + ")");
        }
        return this;
    }

    /** A UUID in its canonical form, as Qonto asks for ids the caller chooses. */
    public Validation uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return add(field, "is required");
        }
        if (!UUID.matcher(value).matches()) {
            add(field, "must be a UUID like 3f1c2a9e-5b7d-4e8a-9c0f-1a2b3c4d5e6f");
        }
        return this;
    }

    /** An ISO 4217 currency code: three capital letters. */
    public Validation currency(String field, String value) {
        if (value == null || value.isBlank()) {
            return add(field, "is required");
        }
        if (!CURRENCY.matcher(value).matches()) {
            add(field, "must be an ISO 4217 currency code like EUR (got " + value + ")");
        }
        return this;
    }

    /**
     * The beneficiary of a transfer: a known one by id, or one given inline, exactly one of the two.
     *
     * @param prefix the path of the transfer, e.g. {@code transfer.} or {@code bulk_transfers[2].}
     */
    public Validation beneficiary(String prefix, String beneficiaryId, NewSepaBeneficiary inline) {
        if (beneficiaryId == null && inline == null) {
            add(prefix + "beneficiary", "is required (either beneficiary_id or beneficiary with name and iban)");
        } else if (beneficiaryId != null && inline != null) {
            add(prefix + "beneficiary", "must be either beneficiary_id or beneficiary, not both");
        } else if (inline != null) {
            inline.validate(this, prefix + "beneficiary.");
        } else if (beneficiaryId.isBlank()) {
            add(prefix + "beneficiary_id", "must not be blank");
        }
        return this;
    }

    /** Qonto asks for at least one attachment on a transfer above 30,000 EUR. */
    public Validation attachmentAbove(String prefix, String amount, List<String> attachmentIds) {
        if (amount != null && AMOUNT.matcher(amount.trim()).matches()
                && new java.math.BigDecimal(amount.trim()).compareTo(NewSepaTransfer.ATTACHMENT_THRESHOLD) > 0
                && (attachmentIds == null || attachmentIds.isEmpty())) {
            add(prefix + "attachment_ids", "needs at least one attachment for an amount above 30000.00");
        }
        return this;
    }

    /** {@return the violations recorded so far, in order} */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Throws {@link InvalidInputException} naming every violation, if there is any. */
    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(subject, violations);
        }
    }
}
