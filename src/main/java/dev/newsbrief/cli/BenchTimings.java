package dev.newsbrief.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-item times of a benchmark, summarised.
 *
 * @param items  inputs per round
 * @param meanMs mean time per item, in milliseconds
 * @param medianMs median time per item
 * @param p95Ms  95th percentile (nearest rank)
 */
record BenchTimings(int items, double meanMs, double medianMs, double p95Ms) {

  /** Summarises {@code nanos}, one entry per timed item (all counted rounds together). */
  static BenchTimings of(int items, long[] nanos) {
    if (nanos.length == 0) {
      return new BenchTimings(items, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double mean = Arrays.stream(sorted).average().orElse(0);
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    long p95 = sorted[(int) Math.ceil(0.95 * n) - 1];
    return new BenchTimings(items, mean / 1e6, median / 1e6, p95 / 1e6);
  }

  /** The output fields, named for what was timed: {@code articles}/{@code articlesPerSecond} or pages. */
  Map<String, Object> fields(String unit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(unit, items);
    m.put("meanMs", round(meanMs));
    m.put("medianMs", round(medianMs));
    m.put("p95Ms", round(p95Ms));
    m.put(unit + "PerSecond", meanMs > 0 ? round(1000 / meanMs) : 0.0);
    return m;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
