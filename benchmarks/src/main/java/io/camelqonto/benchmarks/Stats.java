package io.camelqonto.benchmarks;

import java.util.List;

/** The median of repeated measurements and their spread (lowest and highest). */
record Stats(double median, double min, double max) {

    static Stats of(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Stats(median, sorted[0], sorted[n - 1]);
    }

    /** The spread as a share of the median, e.g. {@code ±4%}: half the range over the median. */
    String spread() {
        return median == 0 ? "-" : String.format("±%.0f%%", (max - min) / 2 / median * 100);
    }
}
