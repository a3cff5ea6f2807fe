package io.camelqonto.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The checks the invoicing and payment-link inputs share, each adding its violations to a {@link Validation}: forms
 * Qonto would refuse are caught before anything is sent. Values Qonto documents as a closed list (a client's kind, a
 * discount's type, an Italian tax code) are checked for their form only, because Qonto adds values without notice.
 */
final class DocumentChecks {

    private static final Pattern DECIMAL = Pattern.compile("^-?\\d+(\\.\\d+)?$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Za-z]{2}$");
    private static final Pattern LOCALE = Pattern.compile("^[a-z]{2}([-_][A-Za-z]{2})?$");
    private static final Pattern WORD = Pattern.compile("^[a-z][a-z0-9_]*$");
    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern URL = Pattern.compile("^https?://[^\\s/?#]+[^\\s]*$");

    private DocumentChecks() {
    }

    /** A required text: present and not blank. */
    static boolean present(Validation validation, String field, String value) {
        if (value == null || value.isBlank()) {
            validation.add(field, "is required");
            return false;
        }
        return true;
    }

    /** An ISO-8601 date ({@code 2025-01-31}); null when absent or malformed. */
    static LocalDate date(Validation validation, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            validation.add(field, "must be an ISO-8601 date such as 2025-01-31 (got " + value + ")");
            return null;
        }
    }

    /** {@code later} may not come before {@code earlier}, when both are valid dates. */
    static void notBefore(Validation validation, String field, LocalDate later, String earlierField,
            LocalDate earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            validation.add(field, "must not be before " + earlierField + " (" + later + " < " + earlier + ")");
        }
    }

    /**
     * A money amount as a decimal string with at most two decimal places, zero or more.
     *
     * @return the amount, or null when absent or invalid
     */
    static BigDecimal amount(Validation validation, String field, String value) {
        BigDecimal amount = decimal(validation, field, value, "like 100.50");
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            validation.add(field, "must not be negative (got " + value.trim() + ")");
            return null;
        }
        if (amount.scale() > 2) {
            validation.add(field, "must have at most two decimal places (got " + value.trim() + ")");
            return null;
        }
        return amount;
    }

    /** A {@code {value, currency}} amount: both present, the value an amount, the currency a code. */
    static void money(Validation validation, String field, Money money, boolean required) {
        if (money == null) {
            if (required) {
                validation.add(field, "is required");
            }
            return;
        }
        if (present(validation, field + ".value", money.value())) {
            amount(validation, field + ".value", money.value());
        }
        if (money.currency() != null || required) {
            currency(validation, field + ".currency", money.currency(), true);
        }
    }

    /** A quantity: a decimal string greater than zero. */
    static void quantity(Validation validation, String field, String value) {
        BigDecimal quantity = decimal(validation, field, value, "like 2 or 1.5");
        if (quantity != null && quantity.signum() <= 0) {
            validation.add(field, "must be greater than zero (got " + value.trim() + ")");
        }
    }

    /** A rate as Qonto writes it: a decimal fraction between 0 and 1 ({@code "0.2"} for 20 %). */
    static void rate(Validation validation, String field, String value) {
        BigDecimal rate = decimal(validation, field, value, "between 0 and 1, like 0.2 for 20 %");
        if (rate != null && (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0)) {
            validation.add(field, "must be between 0 and 1, like 0.2 for 20 % (got " + value.trim() + ")");
        }
    }

    /** An ISO 4217 currency code in capitals, {@code EUR}. */
    static void currency(Validation validation, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                validation.add(field, "is required");
            }
        } else if (!CURRENCY.matcher(value).matches()) {
            validation.add(field, "must be an ISO 4217 currency code such as EUR (got " + value + ")");
        }
    }

    static void country(Validation validation, String field, String value) {
        if (value != null && !COUNTRY.matcher(value).matches()) {
            validation.add(field, "must be an ISO 3166 two-letter country code such as FR (got " + value + ")");
        }
    }

    static void locale(Validation validation, String field, String value) {
        if (value != null && !LOCALE.matcher(value).matches()) {
            validation.add(field, "must be a language code such as fr or en (got " + value + ")");
        }
    }

    /** One of Qonto's lower-case values ({@code company}, {@code percentage}): checked for its form only. */
    static void word(Validation validation, String field, String value, String known) {
        if (value != null && !WORD.matcher(value).matches()) {
            validation.add(field, "must be a lower-case value such as " + known + " (got " + value + ")");
        }
    }

    /** One of the Italian e-invoicing codes ({@code TC04}, {@code RF01}, {@code N2}): checked for its form only. */
    static void code(Validation validation, String field, String value) {
        if (value != null && !CODE.matcher(value).matches()) {
            validation.add(field, "must be a code of letters, digits and dots such as TC04 or N2.1 (got " + value
                    + ")");
        }
    }

    /** An e-mail address; only its form is told, never the address. */
    static void email(Validation validation, String field, String value) {
        if (value != null && !EMAIL.matcher(value.trim()).matches()) {
            validation.add(field, "is not an e-mail address");
        }
    }

    static void emails(Validation validation, String field, List<String> values) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                validation.add(field + "[" + i + "]", "is required");
            } else {
                email(validation, field + "[" + i + "]", values.get(i));
            }
        }
    }

    static void url(Validation validation, String field, String value) {
        if (value != null && !URL.matcher(value.trim()).matches()) {
            validation.add(field, "must be an http or https URL (got " + value + ")");
        }
    }

    /** The Italian tax blocks an invoice or quote may carry. */
    static void taxes(Validation validation, InvoiceTaxes.WelfareFund welfareFund,
            InvoiceTaxes.WithholdingTax withholdingTax, InvoiceTaxes.PaymentReporting paymentReporting) {
        if (welfareFund != null) {
            code(validation, "welfare_fund.type", welfareFund.type());
            rate(validation, "welfare_fund.rate", welfareFund.rate());
        }
        if (withholdingTax != null) {
            code(validation, "withholding_tax.reason", withholdingTax.reason());
            rate(validation, "withholding_tax.rate", withholdingTax.rate());
        }
        if (paymentReporting != null) {
            code(validation, "payment_reporting.conditions", paymentReporting.conditions());
            code(validation, "payment_reporting.method", paymentReporting.method());
        }
    }

    /** The lines of an invoice or quote: at least one when {@code required}, each checked. */
    static void items(Validation validation, List<NewInvoiceItem> items, boolean required) {
        if (items == null || items.isEmpty()) {
            if (required || items != null) {
                validation.add("items", "needs at least one item");
            }
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                validation.add("items[" + i + "]", "is required");
            } else {
                items.get(i).validate(validation, "items[" + i + "].");
            }
        }
    }

    private static BigDecimal decimal(Validation validation, String field, String value, String example) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (!DECIMAL.matcher(trimmed).matches()) {
            validation.add(field, "must be a decimal number in a string, " + example + " (got " + trimmed + ")");
            return null;
        }
        return new BigDecimal(trimmed);
    }
}
