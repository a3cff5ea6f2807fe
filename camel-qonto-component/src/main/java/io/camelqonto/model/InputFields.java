package io.camelqonto.model;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields of an input that its model does not declare. They are sent to Qonto as given, so that a field Qonto adds
 * can be set before the model knows it; that is right only for names written as Qonto writes them.
 */
final class InputFields {

    private static final Pattern QONTO_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private InputFields() {
    }

    /** Adds a violation for each undeclared field whose name Qonto could not know. */
    static Validation check(Validation validation, String prefix, Map<String, Object> fields) {
        fields.keySet().stream().filter(name -> !QONTO_NAME.matcher(name).matches()).forEach(name ->
                validation.add(prefix + name, "is not a field name as Qonto writes them (snake_case)"));
        return validation;
    }

    /** Adds a violation when a whole number that must not be negative is. */
    static Validation notNegative(Validation validation, String field, Integer value) {
        if (value != null && value < 0) {
            validation.add(field, "must not be negative (got " + value + ")");
        }
        return validation;
    }
}
