package io.camelqonto.component;

import java.math.BigInteger;

/** Valid IBANs for tests, built with their ISO 13616 check digits, and a way to spoil one. */
final class TestIbans {

    private TestIbans() {
    }

    /** A French IBAN with valid check digits; {@code n} makes it unique. */
    static String french(int n) {
        String bban = "30004" + "00001" + String.format("%011d", 10_000_000L + n) + "00";
        int check = 98 - mod97(bban + "FR00");
        return "FR" + String.format("%02d", check) + bban;
    }

    /** The same IBAN with its check digits off by one: well formed, but its checksum fails. */
    static String withBadChecksum(String iban) {
        int check = Integer.parseInt(iban.substring(2, 4));
        return iban.substring(0, 2) + String.format("%02d", check == 98 ? 2 : check + 1) + iban.substring(4);
    }

    private static int mod97(String alphanumeric) {
        StringBuilder digits = new StringBuilder();
        for (char c : alphanumeric.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }
}
