package io.camelqonto.model;

import java.math.BigInteger;
import java.util.Locale;

/**
 * IBAN checks and masking. Qonto rejects a transfer to a malformed IBAN only after the request
 * was sent; checking the ISO 13616 mod-97 checksum locally catches typos before anything leaves.
 */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /**
     * The IBAN without spaces, upper-cased; {@code null} stays {@code null}.
     *
     * @param iban an IBAN as typed
     * @return the compact form
     */
    public static String normalize(String iban) {
        return iban == null ? null : iban.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the value is a well-formed IBAN whose mod-97 checksum holds.
     *
     * @param iban an IBAN, with or without spaces
     * @return true when it is well-formed and its checksum holds
     */
    public static boolean isValid(String iban) {
        String value = normalize(iban);
        if (value == null || value.length() < 15 || value.length() > 34 || !value.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
            return false;
        }
        String rearranged = value.substring(4) + value.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /**
     * Masks an IBAN for logs and messages: country, check digits and the last four characters stay
     * visible ({@code FR76********************1234}), enough to tell accounts apart and no more.
     *
     * @param iban an IBAN, with or without spaces
     * @return the masked IBAN, or null for null
     */
    public static String mask(String iban) {
        String value = normalize(iban);
        if (value == null) {
            return null;
        }
        if (value.length() <= 8) {
            return "****";
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }
}
