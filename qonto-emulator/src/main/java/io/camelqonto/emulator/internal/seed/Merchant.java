package io.camelqonto.emulator.internal.seed;

/**
 * A counterparty that seeded transactions are drawn from, with what Qonto would know about its operations.
 *
 * @param vatRate VAT rate in percent, or null when Qonto would not have detected any
 * @param localCurrency currency the operation was made in, when it is not EUR
 * @param logo slug of the merchant logo, or null
 */
record Merchant(
        String name,
        String operationType,
        String side,
        String category,
        String cashflowCategory,
        String cashflowSubcategory,
        long minCents,
        long maxCents,
        Double vatRate,
        String localCurrency,
        String logo) {

    boolean isDebit() {
        return "debit".equals(side);
    }
}
