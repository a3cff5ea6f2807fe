package io.camelqonto.emulator.internal.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The business data of one emulated organization. Not thread-safe: the emulator's state lock guards it.
 *
 * @param organization the organization document without its {@code bank_accounts}, which live in their table
 * @param membershipId the membership the API acts as (initiator of new transfers, approver of requests)
 * @param invoicing clients, client invoices, credit notes, quotes and payment links
 * @param documents supplier invoices, insurance contracts, uploaded files and Embed auth links
 */
public record DataStore(
        ObjectNode organization,
        String membershipId,
        IdFactory ids,
        ResourceTable bankAccounts,
        ResourceTable transactions,
        ResourceTable requests,
        ResourceTable transfers,
        ResourceTable beneficiaries,
        ResourceTable labels,
        ResourceTable attachments,
        ResourceTable memberships,
        ResourceTable statements,
        ResourceTable teams,
        ResourceTable cards,
        TransferTables transferTables,
        InvoicingData invoicing,
        DocumentData documents) {

    public String organizationSlug() {
        return organization.get("slug").asText();
    }
}
