package io.camelqonto.emulator.internal.auth;

import java.util.Set;

/** The OAuth scopes the emulated endpoints check. */
public final class Scopes {

    public static final String ORGANIZATION_READ = "organization.read";
    public static final String PAYMENT_WRITE = "payment.write";
    public static final String REQUEST_REVIEW_WRITE = "request_review.write";
    public static final String BENEFICIARY_TRUST = "beneficiary.trust";
    public static final String OFFLINE_ACCESS = "offline_access";
    public static final String WEBHOOK = "webhook";

    /** An API key can read everything the emulator serves, and write nothing that needs OAuth. */
    public static final Set<String> API_KEY = Set.of(ORGANIZATION_READ);

    public static final Set<String> ALL = Set.of(
            ORGANIZATION_READ, PAYMENT_WRITE, REQUEST_REVIEW_WRITE, BENEFICIARY_TRUST, OFFLINE_ACCESS, WEBHOOK);

    private Scopes() {
    }
}
