package io.camelqonto.emulator.internal.seed;

/**
 * A member of the seeded organization. Countries are ISO 3166-1 alpha-2 codes.
 *
 * @param birthdate ISO date, or null for an invited member who has not signed up yet (so has given no identity)
 * @param ubo whether the member is an ultimate beneficial owner
 */
record MemberSpec(
        String firstName,
        String lastName,
        String role,
        String status,
        String birthdate,
        String nationality,
        String birthCountry,
        String residenceCountry,
        boolean ubo) {
}
