package vn.thiduakhenthuong.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/** The one table of a run, in Markdown: each figure beside its target, PASS or FAIL where there is one. */
final class ResultTable {

  static final double RATIO_TARGET = 1.25;
  static final double QUERY_P95_TARGET_MS = 50;
  static final double BALLOT_SESSION_P95_TARGET_MS = 100;
  static final double STARTUP_TARGET_S = 10;
  static final double RSS_TARGET_MB = 400;

  private final BenchmarkSettings settings;
  private final String database;
  private final List<PathRunner.Result> app;
  private final List<PathRunner.Result> bare;
  private final List<TasklistQueries.Measured> queries;
  private final StartupProbe.Result startup;
  private HttpPath.Measured http;
  private List<PathRunner.Result> ballotsAlone = List.of();
  private final StringBuilder out = new StringBuilder();

  ResultTable(BenchmarkSettings settings, String database, List<PathRunner.Result> app, List<PathRunner.Result> bare,
      List<TasklistQueries.Measured> queries, StartupProbe.Result startup) {
    this.settings = settings;
    this.database = database;
    this.app = app;
    this.bare = bare;
    this.queries = queries;
    this.startup = startup;
  }

  /** Adds the rows of the sessions voted one at a time: the app's run, then the bare engine's (none when not run). */
  ResultTable withBallotsAlone(List<PathRunner.Result> appThenBare) {
    this.ballotsAlone = appThenBare;
    return this;
  }

  /** Adds the HTTP path's rows (none when it was not run). */
  ResultTable withHttp(HttpPath.Measured http) {
    this.http = http;
    return this;
  }

  String markdown() {
    out.append("Benchmark: %d nominations × %d round(s), %d threads, sessions of %d, pool %d, %s, %d cores.%n%n"
        .formatted(settings.nominations(), app.size(), settings.threads(), settings.sessionSize(), settings.poolSize(),
            database, Runtime.getRuntime().availableProcessors()));
    out.append("| measure | app | bare engine | target | result |\n|---|---|---|---|---|\n");
    row("nominations/s", range(app, PathRunner.Result::nominationsPerSecond), range(bare, PathRunner.Result::nominationsPerSecond), "", "");
    row("engine transactions/s", range(app, PathRunner.Result::transactionsPerSecond),
        range(bare, PathRunner.Result::transactionsPerSecond), "", "");
    row("engine transactions per nomination", range(app, r -> (double) r.transactions() / r.nominations()),
        range(bare, r -> (double) r.transactions() / r.nominations()), "", "");
    row("engine SQL statements per nomination: selects / inserts, updates, deletes (MyBatis; not the app's own JDBC)",
        range(app, r -> r.statementsPerNomination("SELECT")) + " / "
            + range(app, r -> r.statementsPerNomination("INSERT", "UPDATE", "DELETE")),
        range(bare, r -> r.statementsPerNomination("SELECT")) + " / "
            + range(bare, r -> r.statementsPerNomination("INSERT", "UPDATE", "DELETE")), "", "");
    row("CPU ms per nomination: the JVM (harness included) / PostgreSQL (all its processes)",
        range(app, PathRunner.Result::jvmCpuMsPerNomination) + " / " + range(app, PathRunner.Result::postgresCpuMsPerNomination),
        range(bare, PathRunner.Result::jvmCpuMsPerNomination) + " / " + range(bare, PathRunner.Result::postgresCpuMsPerNomination),
        "", "");
    row("ms per nomination (wall time / N)", range(app, PathRunner.Result::msPerNomination),
        range(bare, PathRunner.Result::msPerNomination), "", "");
    double ratio = median(app, PathRunner.Result::msPerNomination) / median(bare, PathRunner.Result::msPerNomination);
    row("app/bare time per nomination", "%.2f".formatted(ratio) + byRound(), "", "≤ " + RATIO_TARGET,
        verdict(ratio <= RATIO_TARGET));
    Latencies appSteps = Latencies.merged(app.stream().map(PathRunner.Result::latencies).toList());
    Latencies bareSteps = Latencies.merged(bare.stream().map(PathRunner.Result::latencies).toList());
    for (String step : PathRunner.STEPS) {
      row("step " + step + ", ms p50 / p95 / p99", appSteps.p50p95p99(step), bareSteps.p50p95p99(step), "", "");
    }
    double sessionP95 = appSteps.percentile(PathRunner.BALLOT_SESSION, 95);
    row("ballots: 7 members at once, session p95 (ms)", Latencies.ms(sessionP95),
        Latencies.ms(bareSteps.percentile(PathRunner.BALLOT_SESSION, 95)), "≤ " + (int) BALLOT_SESSION_P95_TARGET_MS,
        verdict(sessionP95 <= BALLOT_SESSION_P95_TARGET_MS));
    if (ballotsAlone.size() == 2) {
      PathRunner.Result appAlone = ballotsAlone.get(0);
      PathRunner.Result bareAlone = ballotsAlone.get(1);
      double aloneP95 = appAlone.latencies().percentile(PathRunner.BALLOT_SESSION, 95);
      row("ballots alone: 7 members at once, one session at a time with nothing else running (%d sessions), session p95 (ms)"
              .formatted(appAlone.sessions()),
          "%s (%d errors)".formatted(Latencies.ms(aloneP95), appAlone.ballotErrors()),
          "%s (%d errors)".formatted(Latencies.ms(bareAlone.latencies().percentile(PathRunner.BALLOT_SESSION, 95)),
              bareAlone.ballotErrors()),
          "≤ " + (int) BALLOT_SESSION_P95_TARGET_MS + ", 0 errors",
          verdict(aloneP95 <= BALLOT_SESSION_P95_TARGET_MS && appAlone.ballotErrors() == 0));
      row("ballots alone: CPU time of the member's thread per ballot, ms p50 / p95 / p99",
          appAlone.latencies().p50p95p99(PathRunner.BALLOT_CPU), bareAlone.latencies().p50p95p99(PathRunner.BALLOT_CPU),
          "", "");
    }
    long appErrors = app.stream().mapToLong(PathRunner.Result::ballotErrors).sum();
    row("ballots: errors seen by members", Long.toString(appErrors),
        Long.toString(bare.stream().mapToLong(PathRunner.Result::ballotErrors).sum()), "0", verdict(appErrors == 0));
    row("ballots: from the 7 submissions until the result is recorded (tally, minutes), session p95 (ms)",
        Latencies.ms(appSteps.percentile(PathRunner.BALLOT_RESULT, 95)),
        Latencies.ms(bareSteps.percentile(PathRunner.BALLOT_RESULT, 95)), "", "");
    row("ballots: conflicts per session (all engine commands: ballots, retried attempts, jobs)",
        "%.1f".formatted(perSession(app, PathRunner.Result::conflicts)),
        "%.1f".formatted(perSession(bare, PathRunner.Result::conflicts)), "", "");
    if (http != null) {
      httpRows();
    }
    for (TasklistQueries.Measured query : queries) {
      double page = query.latencies().percentile("page", 95);
      double count = query.latencies().percentile("count", 95);
      row("Tasklist at %,d open tasks: %s, «%s» (%,d tasks): page of 15 / count, ms p50 / p95".formatted(
              query.openTasks(), query.user(), query.filter(), query.matching()),
          "%s / %s; %s / %s".formatted(Latencies.ms(query.latencies().percentile("page", 50)), Latencies.ms(page),
              Latencies.ms(query.latencies().percentile("count", 50)), Latencies.ms(count)),
          "", "p95 ≤ " + (int) QUERY_P95_TARGET_MS + " (at 100k)",
          verdict(page <= QUERY_P95_TARGET_MS && count <= QUERY_P95_TARGET_MS));
    }
    if (startup != null) {
      row("start-up with -Xmx256m until HTTP answers, as the image starts (class-data archive) (s)",
          "%.1f (without the archive %.1f)".formatted(startup.seconds(), startup.secondsWithoutArchive())
              + note(startup.note()),
          "", "≤ " + (int) STARTUP_TARGET_S, verdict(startup.seconds() <= STARTUP_TARGET_S));
      double rss = startup.peakRssKb() / 1024.0;
      row("peak RSS with -Xmx256m after first requests (MB, VmHWM)",
          "%.0f (without the archive %.0f)".formatted(rss, startup.peakRssKbWithoutArchive() / 1024.0), "",
          "≤ " + (int) RSS_TARGET_MB, verdict(startup.peakRssKb() > 0 && rss <= RSS_TARGET_MB));
    } else {
      row("start-up and peak RSS with -Xmx256m", "not measured (benchmark.startup=false or no classpath file)", "",
          "≤ 10 s, ≤ 400 MB", "—");
    }
    return out.toString();
  }

  /** User-facing latency per kind of call; issue 9 sets no number for it, so only errors fail. */
  private void httpRows() {
    PathRunner.Result run = http.run();
    row("HTTP: nominations/s, the whole path as the users call it (engine transactions per nomination)",
        "%.1f (%.1f)".formatted(run.nominationsPerSecond(), (double) run.transactions() / run.nominations()), "", "", "");
    for (String call : HttpPath.CALLS) {
      long errors = http.errors(call);
      row("HTTP: " + call + ", ms p50 / p95 / p99", http.calls().p50p95p99(call)
              + " (%d calls, %d errors, %.1f engine commands per call)".formatted(http.calls().count(call), errors,
              http.commandsPerCall(call)),
          "", "p95 shown (no number set); 0 errors", verdict(errors == 0));
    }
  }

  private void row(String measure, String app, String bare, String target, String result) {
    out.append("| ").append(String.join(" | ", measure, app, bare, target, result)).append(" |\n");
  }

  private static String note(String note) {
    return note.isEmpty() ? "" : " (" + note + ")";
  }

  private static String verdict(boolean pass) {
    return pass ? "PASS" : "FAIL";
  }

  private static double perSession(List<PathRunner.Result> runs, ToDoubleFunction<PathRunner.Result> value) {
    double sessions = runs.stream().mapToInt(PathRunner.Result::sessions).sum();
    return runs.stream().mapToDouble(value).sum() / sessions;
  }

  /** With several rounds, the ratio of each round (the app's and the bare engine's run of the same round, one after the other). */
  private String byRound() {
    if (app.size() < 2 || app.size() != bare.size()) {
      return "";
    }
    List<String> ratios = new ArrayList<>();
    for (int round = 0; round < app.size(); round++) {
      ratios.add("%.2f".formatted(app.get(round).msPerNomination() / bare.get(round).msPerNomination()));
    }
    return " (by round: " + String.join(", ", ratios) + ")";
  }

  private static double median(List<PathRunner.Result> runs, ToDoubleFunction<PathRunner.Result> value) {
    double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
    return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  /** The median, and the range when there were several rounds. */
  private static String range(List<PathRunner.Result> runs, ToDoubleFunction<PathRunner.Result> value) {
    String median = "%.1f".formatted(median(runs, value));
    if (median.equals("NaN")) {
      return "unknown";
    }
    if (runs.size() < 2) {
      return median;
    }
    double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
    return median + " (%.1f–%.1f)".formatted(sorted[0], sorted[sorted.length - 1]);
  }

  /**
   * The engine's statements per nomination by MyBatis statement id, app beside bare, all measured rounds
   * together, those the app runs more of first: where the app's extra database work is.
   */
  static String statementsMarkdown(List<PathRunner.Result> app, List<PathRunner.Result> bare) {
    Map<String, Double> appPer = perNomination(app);
    Map<String, Double> barePer = perNomination(bare);
    Set<String> ids = new TreeSet<>(appPer.keySet());
    ids.addAll(barePer.keySet());
    StringBuilder out = new StringBuilder("| statement | app per nomination | bare per nomination | app - bare |\n|---|---|---|---|\n");
    ids.stream()
        .sorted(Comparator.comparingDouble(
            (String id) -> appPer.getOrDefault(id, 0.0) - barePer.getOrDefault(id, 0.0)).reversed())
        .forEach(id -> out.append("| %s | %.2f | %.2f | %+.2f |%n".formatted(id, appPer.getOrDefault(id, 0.0),
            barePer.getOrDefault(id, 0.0), appPer.getOrDefault(id, 0.0) - barePer.getOrDefault(id, 0.0))));
    return out.toString();
  }

  private static Map<String, Double> perNomination(List<PathRunner.Result> runs) {
    Map<String, Double> per = new HashMap<>();
    int nominations = runs.stream().mapToInt(PathRunner.Result::nominations).sum();
    runs.forEach(r -> r.statements().forEach((id, count) -> per.merge(id, count / (double) nominations, Double::sum)));
    return per;
  }
}
