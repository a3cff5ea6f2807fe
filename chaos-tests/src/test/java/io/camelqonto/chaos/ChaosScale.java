package io.camelqonto.chaos;

/**
 * How big a chaos run is: {@code ci}, short enough for every build, or {@code full} ({@code -Dchaos.scale=full}),
 * the run whose figures the README gives.
 */
enum ChaosScale {

    CI(1_000, 100),
    FULL(20_000, 1_000);

    /** Transactions the consumer must deliver across its crashes. */
    final int transactions;
    /** Transfers created from one input, replayed after a crash. */
    final int transfers;

    ChaosScale(int transactions, int transfers) {
        this.transactions = transactions;
        this.transfers = transfers;
    }

    static ChaosScale current() {
        return "full".equalsIgnoreCase(System.getProperty("chaos.scale", "ci")) ? FULL : CI;
    }
}
