package io.camelqonto.emulator.internal.seed;

/**
 * A seeded beneficiary.
 *
 * @param bankCode the national bank code the BBAN starts with (French bank code, German BLZ, Dutch bank id)
 */
record BeneficiarySpec(String name, String country, String bankCode, String bic, String activityTag) {
}
