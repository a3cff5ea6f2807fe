package io.camelqonto.emulator.internal.store;

/**
 * The transfers beyond single SEPA transfers, each family in its own table: recurring and bulk SEPA transfers,
 * transfers between the organization's own accounts, the legacy external transfers, and international transfers
 * with their quotes and beneficiaries.
 *
 * @param requestedTransfers the transfers of each multi-transfer request, one document per request, keyed by the
 *                           request's id
 */
public record TransferTables(
        ResourceTable recurringTransfers,
        ResourceTable bulkTransfers,
        ResourceTable internalTransfers,
        ResourceTable externalTransfers,
        ResourceTable internationalQuotes,
        ResourceTable internationalBeneficiaries,
        ResourceTable internationalTransfers,
        ResourceTable requestedTransfers) {

    public static TransferTables empty() {
        return new TransferTables(new ResourceTable(), new ResourceTable(), new ResourceTable(), new ResourceTable(),
                new ResourceTable(), new ResourceTable(), new ResourceTable(), new ResourceTable());
    }
}
