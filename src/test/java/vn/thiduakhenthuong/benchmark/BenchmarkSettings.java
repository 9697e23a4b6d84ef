package vn.thiduakhenthuong.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * What a run measures, from system properties ({@code -Dbenchmark.nominations=...}); the defaults keep
 * a first run under about five minutes on a 2-core machine.
 */
record BenchmarkSettings(int nominations, int threads, int sessionSize, List<Integer> openTasks,
    int queryRepeats, int poolSize, String dbUrl, String dbUser, String dbPassword, boolean startup,
    String classpathFile, String outputDir) {

  /** Each thread works on its own year, so that its sessions and decisions collect only its nominations. */
  static final int FIRST_YEAR = 2021;
  static final int MAX_THREADS = 10;

  static BenchmarkSettings fromSystemProperties() {
    int threads = Integer.getInteger("benchmark.threads", 4);
    if (threads < 1 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("benchmark.threads must be 1.." + MAX_THREADS + " (one year 2021-2030 each)");
    }
    int sessionSize = Integer.getInteger("benchmark.sessionSize", 5);
    int nominations = Integer.getInteger("benchmark.nominations", 80);
    // whole sessions per thread
    int perThread = Math.max(1, Math.round((float) nominations / threads / sessionSize)) * sessionSize;
    return new BenchmarkSettings(perThread * threads, threads, sessionSize,
        Arrays.stream(System.getProperty("benchmark.openTasks", "2000").split(",")).map(String::trim)
            .filter(s -> !s.isEmpty()).map(Integer::valueOf).sorted().toList(),
        Integer.getInteger("benchmark.queryRepeats", 20),
        Integer.getInteger("benchmark.poolSize", 10),
        blankToNull(System.getProperty("benchmark.dbUrl")),
        System.getProperty("benchmark.dbUser", "postgres"),
        System.getProperty("benchmark.dbPassword", ""),
        Boolean.parseBoolean(System.getProperty("benchmark.startup", "true")),
        blankToNull(System.getProperty("benchmark.classpathFile")),
        System.getProperty("benchmark.outputDir", "target/benchmark"));
  }

  /** These settings for a whole-path run of {@code nominations} only: no Tasklist, no start-up. */
  BenchmarkSettings forPath(int nominations) {
    return new BenchmarkSettings(nominations, threads, sessionSize, List.of(), 0, poolSize, null, null, null, false,
        null, null);
  }

  /** These settings for {@code sessions} sessions one after another by one thread: nothing else runs while they vote. */
  BenchmarkSettings alone(int sessions) {
    return new BenchmarkSettings(sessions * sessionSize, 1, sessionSize, List.of(), 0, poolSize, null, null, null, false,
        null, null);
  }

  int nominationsPerThread() {
    return nominations / threads;
  }

  int year(int thread) {
    return FIRST_YEAR + thread;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
