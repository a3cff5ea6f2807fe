package io.camelqonto.emulator.internal.auth;

import java.util.Set;

/** The OAuth scopes the emulated endpoints check. */
public final class Scopes {

    public static final String ORGANIZATION_READ = "organization.read";
    public static final String PAYMENT_WRITE = "payment.write";
    public static final String REQUEST_REVIEW_WRITE = "request_review.write";
    public static final String BENEFICIARY_TRUST = "beneficiary.trust";
    public static final String OFFLINE_ACCESS = "offline_access";
    public static final String CLIENT_READ = "client.read";
    public static final String CLIENT_WRITE = "client.write";
    /** Plural, unlike its write scope: Qonto's spelling. */
    public static final String CLIENT_INVOICES_READ = "client_invoices.read";
    public static final String CLIENT_INVOICE_WRITE = "client_invoice.write";
    public static final String PAYMENT_LINK_READ = "payment_link.read";
    public static final String PAYMENT_LINK_WRITE = "payment_link.write";

    /** An API key can read everything the emulator serves, and write nothing that needs OAuth. */
    public static final Set<String> API_KEY = Set.of(ORGANIZATION_READ, CLIENT_READ, CLIENT_WRITE,
            CLIENT_INVOICES_READ, CLIENT_INVOICE_WRITE);

    public static final Set<String> ALL = Set.of(
            ORGANIZATION_READ, PAYMENT_WRITE, REQUEST_REVIEW_WRITE, BENEFICIARY_TRUST, OFFLINE_ACCESS,
            CLIENT_READ, CLIENT_WRITE, CLIENT_INVOICES_READ, CLIENT_INVOICE_WRITE, PAYMENT_LINK_READ,
            PAYMENT_LINK_WRITE);

    private Scopes() {
    }
}
