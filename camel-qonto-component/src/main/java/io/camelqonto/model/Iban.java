package io.camelqonto.model;

import java.util.Locale;
import java.util.Optional;

import org.iban4j.CountryCode;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

/**
 * IBAN checks and masking. Qonto rejects a transfer to a malformed IBAN only after the request was sent; checking the
 * country's length and format (from the SWIFT IBAN registry, as iban4j keeps it) and the ISO 13616 mod-97 checksum
 * locally catches typos before anything leaves. Reasons never quote the IBAN.
 */
public final class Iban {

    private Iban() {
    }

    /**
     * The IBAN without spaces, upper-cased; {@code null} stays {@code null}.
     *
     * @param iban an IBAN as typed
     * @return the compact form
     */
    public static String normalize(String iban) {
        return iban == null ? null : iban.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the value is an IBAN of a registered country, with its length and format, whose checksum holds.
     *
     * @param iban an IBAN, with or without spaces
     * @return true when it is a valid IBAN
     */
    public static boolean isValid(String iban) {
        return problem(iban).isEmpty();
    }

    /**
     * What is wrong with the value as an IBAN, without quoting it.
     *
     * @param iban an IBAN, with or without spaces
     * @return the problem, e.g. {@code "a FR IBAN has 27 characters, not 24"}; empty when it is valid
     */
    public static Optional<String> problem(String iban) {
        String value = normalize(iban);
        if (value == null || value.isEmpty()) {
            return Optional.of("is empty");
        }
        if (!value.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
            return Optional.of("must be two letters of a country, two check digits, then letters and digits");
        }
        CountryCode country = CountryCode.getByCode(value.substring(0, 2));
        if (country == null || !IbanUtil.isSupportedCountry(country)) {
            return Optional.of("'" + value.substring(0, 2) + "' is not a country with IBANs");
        }
        int length = IbanUtil.getIbanLength(country);
        if (value.length() != length) {
            return Optional.of("a " + country.getAlpha2() + " IBAN has " + length + " characters, not " + value.length());
        }
        try {
            IbanUtil.validate(value);
            return Optional.empty();
        } catch (InvalidCheckDigitException e) {
            return Optional.of("its check digits do not match (a typo?)");
        } catch (IbanFormatException | UnsupportedCountryException e) {
            // the library's own message quotes the IBAN: only the kind of violation is kept
            return Optional.of("does not have the format of a " + country.getAlpha2() + " IBAN");
        }
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
