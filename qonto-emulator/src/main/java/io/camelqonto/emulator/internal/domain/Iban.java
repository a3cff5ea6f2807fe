package io.camelqonto.emulator.internal.domain;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/** IBAN arithmetic (ISO 13616): normalisation, the mod-97 check, and building valid IBANs from a BBAN. */
public final class Iban {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Iban() {
    }

    /** Upper case without spaces: how IBANs are stored and compared. */
    public static String normalize(String iban) {
        return iban == null ? "" : iban.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String iban) {
        String value = normalize(iban);
        if (!value.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return false;
        }
        return mod97(value.substring(4) + value.substring(0, 4)) == 1;
    }

    /** A valid IBAN for the given country and BBAN, with computed check digits. */
    public static String of(String countryCode, String bban) {
        int check = 98 - mod97(bban + countryCode + "00");
        return countryCode + String.format(Locale.ROOT, "%02d", check) + bban;
    }

    /**
     * A valid French IBAN. French BBANs carry their own check (the RIB key) in the last two digits, so
     * the result is valid for French banks too, not only for the IBAN checksum.
     */
    public static String french(String bankCode, String branchCode, String accountNumber) {
        long ribKey = 97 - Math.floorMod(
                89L * Long.parseLong(bankCode) + 15L * Long.parseLong(branchCode) + 3L * Long.parseLong(accountNumber),
                97);
        return of("FR", bankCode + branchCode + accountNumber + String.format(Locale.ROOT, "%02d", ribKey));
    }

    /** The French bank code of an IBAN, used to guess a beneficiary's BIC. */
    public static Optional<String> frenchBankCode(String iban) {
        String value = normalize(iban);
        return value.startsWith("FR") && value.length() >= 9 ? Optional.of(value.substring(4, 9)) : Optional.empty();
    }

    private static int mod97(String alphanumeric) {
        StringBuilder digits = new StringBuilder();
        for (char c : alphanumeric.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }
}
