package io.camelqonto.emulator.internal.json;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Converts between Qonto's three money notations: integer cents, JSON numbers and decimal strings. */
public final class Money {

    private Money() {
    }

    /**
     * The JSON number Qonto prints for an amount: its Ruby floats show at least one decimal
     * ({@code 100.0}, {@code 12.5}), never a trailing zero beyond that.
     */
    public static BigDecimal number(long cents) {
        BigDecimal value = BigDecimal.valueOf(cents, 2).stripTrailingZeros();
        return value.scale() < 1 ? value.setScale(1) : value;
    }

    /** The decimal string used by requests and approval requests, e.g. {@code "1250.00"}. */
    public static String string(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    public static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
