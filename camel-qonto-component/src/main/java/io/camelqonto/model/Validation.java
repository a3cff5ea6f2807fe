package io.camelqonto.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects violations of one input so that a caller learns about every problem at once.
 * Used by the {@code validate()} methods of the input models. Reasons never quote an IBAN.
 */
public final class Validation {

    /**
     * The largest amount of a SEPA credit transfer (the scheme's rulebook allows 999,999,999.99 EUR); also far
     * inside what the models' cents (a long) and Qonto's numbers (doubles, exact to 2^53) hold.
     */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    /** Canonical: no sign, no leading zero, no exponent, no grouping, a dot and one or two decimals at most. */
    private static final Pattern AMOUNT = Pattern.compile("^(0|[1-9][0-9]*)(\\.[0-9]{1,2})?$");
    /** Qonto's ids are UUIDs; any id is at least one path segment of letters, digits, - and _. */
    private static final Pattern IDENTIFIER = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern BIC = Pattern.compile("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$");

    private final String subject;
    private final List<Violation> violations = new ArrayList<>();

    private Validation(String subject) {
        this.subject = subject;
    }

    /**
     * Starts the validation of one input.
     *
     * @param subject what the input is, for the message, e.g. {@code SEPA transfer}
     * @return a validation with no violation yet
     */
    public static Validation of(String subject) {
        return new Validation(subject);
    }

    /**
     * Adds a violation.
     *
     * @param field  the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param reason what is wrong with it, never quoting an IBAN
     * @return this validation
     */
    public Validation add(String field, String reason) {
        violations.add(new Violation(field, reason));
        return this;
    }

    /**
     * Requires a value: not null, and not blank text.
     *
     * @param field the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param value the field's value
     * @return this validation
     */
    public Validation required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "is required");
        }
        return this;
    }

    /**
     * Limits the length of a text.
     *
     * @param field the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param value the text, or null
     * @param max   the most characters it may have
     * @return this validation
     */
    public Validation maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters (got " + value.length() + ")");
        }
        return this;
    }

    /**
     * Text Qonto shows or sends on: a control character (a line break, a NUL) has no place in it.
     *
     * @param field the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param value the text, or null
     * @return this validation
     */
    public Validation text(String field, String value) {
        if (value != null && value.chars().anyMatch(Character::isISOControl)) {
            add(field, "holds a control character");
        }
        return this;
    }

    /**
     * An IBAN of a registered country, with its length and format, whose checksum holds; null or blank passes.
     *
     * @param field the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param value the IBAN, or null
     * @return this validation
     */
    public Validation iban(String field, String value) {
        if (value != null && !value.isBlank()) {
            Iban.problem(value).ifPresent(problem -> add(field, "is not a valid IBAN (" + Iban.mask(value) + "): "
                    + problem));
        }
        return this;
    }

    /**
     * A BIC (ISO 9362): 8 or 11 letters and digits; null passes.
     *
     * @param field the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param value the BIC, or null
     * @return this validation
     */
    public Validation bic(String field, String value) {
        if (value != null && !BIC.matcher(value).matches()) {
            add(field, "is not a BIC such as QNTOFRP1XXX (8 or 11 capital letters and digits)");
        }
        return this;
    }

    /**
     * An e-mail address; null passes.
     *
     * @param field the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param value the address, or null
     * @return this validation
     */
    public Validation email(String field, String value) {
        if (value != null && !EMAIL.matcher(value).matches()) {
            add(field, "is not an email address");
        }
        return this;
    }

    /**
     * A Qonto money amount as sent: a decimal string in canonical form with at most two decimal places, greater than
     * zero and at most {@link #MAX_AMOUNT}.
     *
     * @param field the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param value the amount; required
     * @return this validation
     */
    public Validation amount(String field, String value) {
        if (value == null || value.isBlank()) {
            return add(field, "is required");
        }
        if (value.startsWith("-")) {
            return add(field, "must be positive" + got(value));
        }
        if (!AMOUNT.matcher(value).matches()) {
            if (value.matches("^[0-9]+\\.[0-9]{3,}$") && AMOUNT.matcher(value.replaceAll("\\.[0-9]+$", "")).matches()) {
                return add(field, "must have at most two decimal places (got " + value + ")");
            }
            if (value.matches("^0[0-9]+(\\.[0-9]{1,2})?$")) {
                return add(field, "must not start with a zero (got " + value + ")");
            }
            return add(field, "must be a decimal number like 100.50, with a dot and no sign, exponent or grouping"
                              + got(value));
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.signum() <= 0) {
            add(field, "must be greater than zero (got " + value + ")");
        } else if (amount.compareTo(MAX_AMOUNT) > 0) {
            add(field, "must be at most " + MAX_AMOUNT.toPlainString() + ", the largest SEPA transfer" + got(value));
        }
        return this;
    }

    /**
     * A date that must not lie before {@code today}; null passes.
     *
     * @param field the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param value the date, or null
     * @param today the first day allowed
     * @return this validation
     */
    public Validation notBefore(String field, LocalDate value, LocalDate today) {
        if (value != null && value.isBefore(today)) {
            add(field, "is in the past (" + value + "; today is " + today + ")");
        }
        return this;
    }

    /**
     * A Qonto identifier: one path segment of letters, digits, - and _; null passes.
     *
     * @param field the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param value the identifier, or null
     * @return this validation
     */
    public Validation identifier(String field, String value) {
        if (value != null && !IDENTIFIER.matcher(value).matches()) {
            add(field, "is not a Qonto identifier (letters, digits, - and _)");
        }
        return this;
    }

    /**
     * One of the values Qonto documents; the message lists them.
     *
     * @param field   the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param value   the value; required
     * @param allowed the values Qonto documents
     * @return this validation
     */
    public Validation oneOf(String field, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return add(field, "is required (one of " + String.join(", ", allowed) + ")");
        }
        if (!allowed.contains(value)) {
            add(field, "must be one of " + String.join(", ", allowed) + " (got " + value + ")");
        }
        return this;
    }

    /**
     * A UUID in its canonical form, as Qonto asks for ids the caller chooses.
     *
     * @param field the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param value the UUID; required
     * @return this validation
     */
    public Validation uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return add(field, "is required");
        }
        if (!UUID.matcher(value).matches()) {
            add(field, "must be a UUID like 3f1c2a9e-5b7d-4e8a-9c0f-1a2b3c4d5e6f");
        }
        return this;
    }

    /**
     * An ISO 4217 currency code: three capital letters.
     *
     * @param field the field's name as Qonto writes it, e.g. {@code transfer.amount}
     * @param value the code; required
     * @return this validation
     */
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
     * @param prefix        the path of the transfer, e.g. {@code transfer.} or {@code bulk_transfers[2].}
     * @param beneficiaryId the id of a known beneficiary, or null
     * @param inline        the beneficiary given inline, or null
     * @return this validation
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

    /**
     * Qonto asks for at least one attachment on a transfer above 30,000 EUR.
     *
     * @param prefix        the path of the transfer, e.g. {@code transfer.}
     * @param amount        the transfer's amount, a decimal string
     * @param attachmentIds the transfer's attachments, or null
     * @return this validation
     */
    public Validation attachmentAbove(String prefix, String amount, List<String> attachmentIds) {
        if (amount != null && AMOUNT.matcher(amount.trim()).matches()
                && new java.math.BigDecimal(amount.trim()).compareTo(NewSepaTransfer.ATTACHMENT_THRESHOLD) > 0
                && (attachmentIds == null || attachmentIds.isEmpty())) {
            add(prefix + "attachment_ids", "needs at least one attachment for an amount above 30000.00");
        }
        return this;
    }

    /** {@return the violations found so far, in the order they were added} */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /**
     * Whether a violation names this field.
     *
     * @param field the field's name as Qonto writes it
     * @return true when one does
     */
    public boolean names(String field) {
        return violations.stream().anyMatch(violation -> violation.field().equals(field));
    }

    /** Throws {@link InvalidInputException} naming every violation, if there is any. */
    public void throwIfInvalid() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(subject, violations);
        }
    }

    /** The value, when it is a short number: other text in an amount field may be anything, an IBAN included. */
    private static String got(String value) {
        return value.matches("^-?[0-9.,]{1,24}$") ? " (got " + value + ")" : "";
    }
}
