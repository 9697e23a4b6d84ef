package vn.thiduakhenthuong.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Durations per named step, from any thread; percentiles by nearest rank, in milliseconds. */
final class Latencies {

  private final Map<String, List<Long>> samples = new LinkedHashMap<>();

  <T> T time(String step, Supplier<T> action) {
    long start = System.nanoTime();
    T result = action.get();
    record(step, System.nanoTime() - start);
    return result;
  }

  void run(String step, Runnable action) {
    time(step, () -> {
      action.run();
      return null;
    });
  }

  synchronized void record(String step, long nanos) {
    samples.computeIfAbsent(step, s -> new ArrayList<>()).add(nanos);
  }

  /** All samples of several runs together. */
  static Latencies merged(List<Latencies> runs) {
    Latencies all = new Latencies();
    for (Latencies run : runs) {
      synchronized (run) {
        run.samples.forEach((step, values) -> values.forEach(value -> all.record(step, value)));
      }
    }
    return all;
  }

  synchronized List<String> steps() {
    return List.copyOf(samples.keySet());
  }

  synchronized int count(String step) {
    return samples.getOrDefault(step, List.of()).size();
  }

  /** The p-th percentile (0-100) of a step in ms, or NaN when the step has no sample. */
  synchronized double percentile(String step, double p) {
    List<Long> values = samples.get(step);
    if (values == null || values.isEmpty()) {
      return Double.NaN;
    }
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1_000_000.0;
  }

  String p50p95p99(String step) {
    return count(step) == 0 ? "—"
        : "%s / %s / %s".formatted(ms(percentile(step, 50)), ms(percentile(step, 95)), ms(percentile(step, 99)));
  }

  static String ms(double millis) {
    return Double.isNaN(millis) ? "—" : millis < 10 ? "%.1f".formatted(millis) : "%.0f".formatted(millis);
  }
}
