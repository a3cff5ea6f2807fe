package io.camelqonto.benchmarks;

/**
 * What one run of a contender cost.
 *
 * @param items          items (or transfers) delivered
 * @param nanos          wall-clock time from the first request to the last item
 * @param cpuNanos       CPU time of every thread but the server's
 * @param allocatedBytes bytes allocated by every thread but the server's
 * @param requests       requests the server answered
 */
record RunResult(long items, long nanos, long cpuNanos, long allocatedBytes, long requests) {

    double perSecond() {
        return items * 1e9 / nanos;
    }

    double cpuMicrosPerItem() {
        return cpuNanos / 1e3 / items;
    }

    double bytesPerItem() {
        return (double) allocatedBytes / items;
    }
}
