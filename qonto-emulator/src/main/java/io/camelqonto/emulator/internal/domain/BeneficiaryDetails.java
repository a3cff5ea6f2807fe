package io.camelqonto.emulator.internal.domain;

/** What a client gives to create a beneficiary; {@code bic}, {@code email} and {@code activityTag} are optional. */
public record BeneficiaryDetails(String name, String iban, String bic, String email, String activityTag) {
}
