package io.camelqonto.emulator.internal.auth;

import java.util.Set;

/** The OAuth scopes the emulated endpoints check. */
public final class Scopes {

    public static final String ORGANIZATION_READ = "organization.read";
    public static final String PAYMENT_WRITE = "payment.write";
    public static final String REQUEST_REVIEW_WRITE = "request_review.write";
    public static final String BENEFICIARY_TRUST = "beneficiary.trust";
    public static final String OFFLINE_ACCESS = "offline_access";
    public static final String INTERNAL_TRANSFER_WRITE = "internal_transfer.write";
    public static final String REQUEST_TRANSFERS_WRITE = "request_transfers.write";
    // Inferred: Qonto's reference prints international_transfers.write; the clients that reach these endpoints ask
    // for the singular form, as for the other write scopes.
    public static final String INTERNATIONAL_TRANSFER_WRITE = "international_transfer.write";
    public static final String CARD_READ = "card.read";
    public static final String CARD_WRITE = "card.write";
    public static final String REQUEST_CARDS_WRITE = "request_cards.write";
    public static final String MEMBERSHIP_READ = "membership.read";
    public static final String MEMBERSHIP_WRITE = "membership.write";
    public static final String TEAM_READ = "team.read";
    public static final String TEAM_WRITE = "team.write";
    public static final String BANK_ACCOUNT_WRITE = "bank_account.write";
    public static final String EINVOICING_READ = "einvoicing.read";
    public static final String CLIENT_READ = "client.read";
    public static final String CLIENT_WRITE = "client.write";
    /** Plural, unlike its write scope: Qonto's spelling. */
    public static final String CLIENT_INVOICES_READ = "client_invoices.read";
    public static final String CLIENT_INVOICE_WRITE = "client_invoice.write";
    public static final String PAYMENT_LINK_READ = "payment_link.read";
    public static final String PAYMENT_LINK_WRITE = "payment_link.write";
    public static final String WEBHOOK = "webhook";
    public static final String ATTACHMENT_WRITE = "attachment.write";
    public static final String SUPPLIER_INVOICE_READ = "supplier_invoice.read";
    public static final String SUPPLIER_INVOICE_WRITE = "supplier_invoice.write";
    public static final String INSURANCE_CONTRACT_READ = "insurance_contract.read";
    public static final String INSURANCE_CONTRACT_WRITE = "insurance_contract.write";
    /** Granted to Qonto Embed partners only. */
    public static final String EMBED_AUTH_LINK_WRITE = "embed_auth_link.write";

    /** An API key can read everything the emulator serves, and write nothing that needs OAuth. */
    public static final Set<String> API_KEY = Set.of(ORGANIZATION_READ, CLIENT_READ, CLIENT_WRITE,
            CLIENT_INVOICES_READ, CLIENT_INVOICE_WRITE);

    public static final Set<String> ALL = Set.of(
            ORGANIZATION_READ, PAYMENT_WRITE, REQUEST_REVIEW_WRITE, BENEFICIARY_TRUST, OFFLINE_ACCESS,
            INTERNAL_TRANSFER_WRITE, REQUEST_TRANSFERS_WRITE, INTERNATIONAL_TRANSFER_WRITE,
            CARD_READ, CARD_WRITE, REQUEST_CARDS_WRITE, MEMBERSHIP_READ, MEMBERSHIP_WRITE, TEAM_READ, TEAM_WRITE,
            BANK_ACCOUNT_WRITE, EINVOICING_READ,
            CLIENT_READ, CLIENT_WRITE, CLIENT_INVOICES_READ, CLIENT_INVOICE_WRITE, PAYMENT_LINK_READ,
            PAYMENT_LINK_WRITE,
            ATTACHMENT_WRITE, SUPPLIER_INVOICE_READ, SUPPLIER_INVOICE_WRITE, INSURANCE_CONTRACT_READ,
            INSURANCE_CONTRACT_WRITE, EMBED_AUTH_LINK_WRITE, WEBHOOK);

    private Scopes() {
    }
}
