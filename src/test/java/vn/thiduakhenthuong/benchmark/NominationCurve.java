package vn.thiduakhenthuong.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Time and memory per nomination as the database fills: at each level of nominations in the database
 * (finished and open, counted in the engine's history), a fixed batch goes through the whole path in
 * the app. Levels are reached by cloning the finished instances already made through the engine
 * (the warm-up and the measured rounds: nominations, sessions, decisions), never through Java.
 */
final class NominationCurve {

  static final double FLAT_TARGET = 1.25;

  /**
   * Levels ({@code -Dbenchmark.curve}, comma-separated, empty for none), the measured batch, and how many batches run
   * at each level ({@code -Dbenchmark.curveRuns}): the level's time is their median, so that one slow batch (the
   * machine's speed moves by a fifth within minutes) does not make a level.
   */
  record Settings(List<Integer> levels, int batch, int runs) {

    static Settings fromSystemProperties() {
      return new Settings(Arrays.stream(System.getProperty("benchmark.curve", "1000,10000").split(","))
          .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).sorted().toList(),
          Integer.getInteger("benchmark.curveBatch", 40), Math.max(1, Integer.getInteger("benchmark.curveRuns", 3)));
    }
  }

  /** One point of the curve: the median batch's time, and the fastest and slowest batch's. */
  record Level(int target, long nominations, int batch, double fillSeconds, double msPerNomination,
      double transactionsPerNomination, double heapAfterGcMb, double heapGrowthPerNominationMb,
      double rssGrowthPerNominationMb, double databaseMb, int runs, double fastestMs, double slowestMs) {}

  private final DataSource dataSource;
  private final AppPath app;
  private final VolumeBuilder volume;
  private final BenchmarkSettings path;
  private final Consumer<String> log;

  NominationCurve(DataSource dataSource, AppPath app, VolumeBuilder volume, BenchmarkSettings path, Consumer<String> log) {
    this.dataSource = dataSource;
    this.app = app;
    this.volume = volume;
    this.path = path;
    this.log = log;
  }

  List<Level> run(Settings settings) throws Exception {
    List<Level> levels = new ArrayList<>();
    if (settings.levels().isEmpty()) {
      return levels;
    }
    VolumeBuilder.Template finished = new VolumeBuilder.Template("finished whole path", queryStrings(
        "SELECT id_ FROM act_hi_procinst WHERE id_ = root_proc_inst_id_ AND end_time_ IS NOT NULL"
            + " AND proc_def_key_ IN ('nomination', 'council-session', 'award-decision') ORDER BY start_time_"));
    long perCopy = queryLong("SELECT count(*) FROM act_hi_procinst WHERE id_ = root_proc_inst_id_"
        + " AND end_time_ IS NOT NULL AND proc_def_key_ = 'nomination'");
    if (perCopy == 0) {
      throw new IllegalStateException("no finished nomination to clone: run the whole path first");
    }
    int wholeSessions = path.threads() * path.sessionSize();
    BenchmarkSettings batch = path.forPath(Math.max(1, Math.round((float) settings.batch() / wholeSessions)) * wholeSessions);
    for (int target : settings.levels()) {
      long missing = target - nominations();
      long start = System.nanoTime();
      if (missing > 0) {
        VolumeBuilder.Built built = volume.copy(finished, (int) Math.ceil((double) missing / perCopy));
        log.accept("curve: %,d copies of %,d finished nominations with their sessions and decisions in %.0f s"
            .formatted(built.copies(), perCopy, built.seconds()));
      }
      double fill = (System.nanoTime() - start) / 1e9;
      long inDatabase = nominations();
      double heapBefore = heapAfterGc();
      long rssBefore = rssKb();
      List<PathRunner.Result> runs = new ArrayList<>();
      for (int run = 0; run < settings.runs(); run++) {
        runs.add(new PathRunner(batch, app).run());
      }
      long rssAfter = rssKb();
      double heapAfter = heapAfterGc();
      runs.sort(java.util.Comparator.comparingDouble(PathRunner.Result::msPerNomination));
      PathRunner.Result result = runs.get(runs.size() / 2);
      int n = result.nominations();
      int all = runs.stream().mapToInt(PathRunner.Result::nominations).sum();
      Level level = new Level(target, inDatabase, n, fill, result.msPerNomination(),
          (double) result.transactions() / n, heapAfter, (heapAfter - heapBefore) / all,
          (rssAfter - rssBefore) / 1024.0 / all, queryLong("SELECT pg_database_size(current_database())") / 1024.0 / 1024,
          runs.size(), runs.get(0).msPerNomination(), runs.get(runs.size() - 1).msPerNomination());
      log.accept(("curve: %,d nominations in the database: %.0f ms (median of %d batches, %.0f-%.0f) and %.1f transactions"
          + " per nomination, heap %.0f MB").formatted(inDatabase, level.msPerNomination(), level.runs(),
          level.fastestMs(), level.slowestMs(), level.transactionsPerNomination(), level.heapAfterGcMb()));
      levels.add(level);
    }
    return levels;
  }

  long nominations() throws SQLException {
    return queryLong("SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = 'nomination'");
  }

  /** The last level's time per nomination over the first's; flat when at most {@link #FLAT_TARGET}. */
  static double slope(List<Level> levels) {
    return levels.get(levels.size() - 1).msPerNomination() / levels.get(0).msPerNomination();
  }

  static void writeCsv(List<Level> levels, Path csv) throws IOException {
    StringBuilder out = new StringBuilder("target,nominations_in_db,batch,fill_s,ms_per_nomination,"
        + "transactions_per_nomination,heap_after_gc_mb,heap_growth_mb_per_nomination,rss_growth_mb_per_nomination,"
        + "database_mb,runs,fastest_ms,slowest_ms\n");
    for (Level l : levels) {
      out.append("%d,%d,%d,%.1f,%.1f,%.2f,%.1f,%.4f,%.4f,%.0f,%d,%.1f,%.1f%n".formatted(l.target(), l.nominations(),
          l.batch(), l.fillSeconds(), l.msPerNomination(), l.transactionsPerNomination(), l.heapAfterGcMb(),
          l.heapGrowthPerNominationMb(), l.rssGrowthPerNominationMb(), l.databaseMb(), l.runs(), l.fastestMs(),
          l.slowestMs()));
    }
    Files.createDirectories(csv.getParent());
    Files.writeString(csv, out, StandardCharsets.UTF_8);
  }

  /** Rows for the benchmark's table (measure | app | bare | target | result). */
  static String rows(List<Level> levels) {
    if (levels.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (Level l : levels) {
      out.append(("| curve at %,d nominations in the database (%,d MB): ms (median of %d batches; fastest-slowest) /"
          + " transactions per nomination, heap after GC MB, heap and RSS growth MB per nomination"
          + " | %.0f (%.0f-%.0f) / %.1f, %.0f MB, %+.3f / %+.3f |  |  |  |\n").formatted(l.nominations(),
          Math.round(l.databaseMb()), l.runs(), l.msPerNomination(), l.fastestMs(), l.slowestMs(),
          l.transactionsPerNomination(), l.heapAfterGcMb(), l.heapGrowthPerNominationMb(), l.rssGrowthPerNominationMb()));
    }
    double slope = slope(levels);
    out.append("| curve: time per nomination at %,d / at %,d nominations | %.2f |  | ≤ %.2f | %s |\n".formatted(
        levels.get(levels.size() - 1).nominations(), levels.get(0).nominations(), slope, FLAT_TARGET,
        slope <= FLAT_TARGET ? "PASS" : "FAIL"));
    return out.toString();
  }

  private static double heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024;
  }

  /** The JVM's resident memory (VmRSS), in kB; 0 where /proc is missing. */
  static long rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private long queryLong(String query) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
        ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  private List<String> queryStrings(String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
        ResultSet result = sql.executeQuery(query)) {
      while (result.next()) {
        values.add(result.getString(1));
      }
    }
    return values;
  }
}
