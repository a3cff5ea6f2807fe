package io.camelqonto.emulator.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IbanTest {

    @Test
    void checksTheMod97Checksum() {
        assertThat(Iban.isValid("FR7630004000011234567890173")).isTrue();
        assertThat(Iban.isValid("fr76 3000 4000 0112 3456 7890 173")).isTrue();
        assertThat(Iban.isValid("DE89370400440532013000")).isTrue();
        assertThat(Iban.isValid("FR7630004000011234567890174")).isFalse();
        assertThat(Iban.isValid("FR76")).isFalse();
        assertThat(Iban.isValid(null)).isFalse();
    }

    @Test
    void buildsFrenchIbansWithTheRibKey() {
        assertThat(Iban.french("30004", "00001", "12345678901")).isEqualTo("FR7630004000011234567890173");
    }

    @Test
    void computesCheckDigitsForAnyCountry() {
        assertThat(Iban.of("DE", "370400440532013000")).isEqualTo("DE89370400440532013000");
    }
}
