package io.camelqonto.emulator.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelqonto.emulator.internal.domain.Iban;
import io.camelqonto.emulator.internal.json.Timestamps;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the fields of client invoice, quote and payment-link requests, each violation at its JSON pointer.
 * Inferred: the codes follow the Rails conventions of Qonto's other validation errors ({@code blank},
 * {@code invalid}, {@code not_a_string}, {@code not_in_list}).
 */
final class DocumentRequests {

    static final List<String> DISCOUNT_TYPES = List.of("percentage", "absolute", "amount");
    private static final Pattern DECIMAL = Pattern.compile("^\\d+(\\.\\d+)?$");
    private static final Pattern AMOUNT = Pattern.compile("^\\d+(\\.\\d{1,2})?$");
    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private DocumentRequests() {
    }

    /** The request itself, or what it wraps under {@code key}: Qonto takes both forms. */
    static JsonNode unwrap(JsonNode body, String key) {
        return body.path(key).isObject() ? body.get(key) : body;
    }

    static boolean required(JsonNode request, String field, String pointer, Violations violations) {
        JsonNode value = request.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            violations.add("blank", field + " can't be blank", pointer + "/" + field);
            return false;
        }
        return true;
    }

    static Optional<LocalDate> date(JsonNode request, String field, String pointer, Violations violations) {
        if (!request.hasNonNull(field)) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Timestamps.parseDate(request.get(field).asText());
        if (date.isEmpty()) {
            violations.add("invalid_date", field + " must be a valid date, e.g. 2026-01-15", pointer + "/" + field);
        }
        return date;
    }

    static void currency(JsonNode request, String field, String pointer, Violations violations) {
        if (request.hasNonNull(field) && !CURRENCY.matcher(request.get(field).asText()).matches()) {
            violations.add("invalid", field + " must be an ISO 4217 currency code", pointer + "/" + field);
        }
    }

    static void iban(JsonNode request, String field, String pointer, Violations violations) {
        if (required(request, field, pointer, violations) && !Iban.isValid(request.get(field).asText())) {
            violations.add("invalid_iban", field + " is not a valid IBAN", pointer + "/" + field);
        }
    }

    static void email(JsonNode request, String field, String pointer, Violations violations) {
        if (request.hasNonNull(field) && !EMAIL.matcher(request.get(field).asText()).matches()) {
            violations.add("invalid", field + " is not an e-mail address", pointer + "/" + field);
        }
    }

    static void emails(JsonNode values, String field, String pointer, Violations violations) {
        if (!values.isArray() || values.isEmpty()) {
            violations.add("blank", field + " can't be blank", pointer + "/" + field);
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!EMAIL.matcher(values.get(i).asText()).matches()) {
                violations.add("invalid", field + " must hold e-mail addresses", pointer + "/" + field + "/" + i);
            }
        }
    }

    /** Invoice and quote lines: a title, a quantity, a unit price and a VAT rate, all amounts as strings. */
    static void items(JsonNode items, String pointer, Violations violations) {
        if (!items.isArray() || items.isEmpty()) {
            violations.add("blank", "items can't be blank", pointer + "/items");
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = pointer + "/items/" + i;
            required(item, "title", at, violations);
            decimal(item, "quantity", at, DECIMAL, violations);
            money(item.path("unit_price"), "unit_price", at, violations);
            decimal(item, "vat_rate", at, DECIMAL, violations);
            JsonNode discount = item.path("discount");
            if (discount.isObject()) {
                discount(discount, at + "/discount", violations);
            }
        }
    }

    static void discount(JsonNode discount, String pointer, Violations violations) {
        if (!DISCOUNT_TYPES.contains(discount.path("type").asText())) {
            violations.add("not_in_list", "type must be one of: " + String.join(", ", DISCOUNT_TYPES),
                    pointer + "/type");
        }
        decimal(discount, "value", pointer, DECIMAL, violations);
    }

    /** A {@code {value, currency}} object: the value a string amount with at most two decimals. */
    static void money(JsonNode money, String field, String pointer, Violations violations) {
        if (!money.isObject()) {
            violations.add("blank", field + " can't be blank", pointer + "/" + field);
            return;
        }
        decimal(money, "value", pointer + "/" + field, AMOUNT, violations);
        if (!CURRENCY.matcher(money.path("currency").asText()).matches()) {
            violations.add("invalid", "currency must be an ISO 4217 currency code", pointer + "/" + field
                    + "/currency");
        }
    }

    static BigDecimal decimalValue(JsonNode node, String field) {
        return new BigDecimal(node.get(field).asText());
    }

    private static void decimal(JsonNode node, String field, String pointer, Pattern form, Violations violations) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            violations.add("blank", field + " can't be blank", pointer + "/" + field);
        } else if (!value.isTextual()) {
            violations.add("not_a_string", field + " must be a string", pointer + "/" + field);
        } else if (!form.matcher(value.asText()).matches()) {
            violations.add("invalid", field + " is not a valid decimal number", pointer + "/" + field);
        }
    }
}
