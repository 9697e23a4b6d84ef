package vn.thiduakhenthuong.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.documents.DocumentStore;

/**
 * The performance benchmark (README, "Performance"): not a test of {@code mvn verify}; run it with
 * {@code mvn -Pbenchmark test}. Prints one table, each figure beside its target, and writes it to
 * {@code target/benchmark/result.md}. It fails only when the path itself breaks, never on a target.
 */
// closed after the class, in order: at the JVM's exit the embedded PostgreSQL's own hook would stop
// the database under the engine while Spring still stops it (30 s of waiting in Surefire)
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("postgres")
@Import({BenchmarkDatabase.class, CallCommands.class})
class PerformanceBenchmark {

  @Autowired ProcessEngine engine;
  @Autowired DocumentStore documents;
  @Autowired CommandCounter appCounter;
  @Autowired DataSource dataSource;
  @Autowired BenchmarkDatabase.Server server;
  @Autowired BenchmarkSettings settings;
  @Autowired CallCommands callCommands;
  @LocalServerPort int port;

  @Test
  void measure() throws Exception {
    log("settings: " + settings + " on " + server.description());
    AppPath app = new AppPath(engine, documents, appCounter);
    List<PathRunner.Result> appRuns = new ArrayList<>();
    List<PathRunner.Result> bareRuns = new ArrayList<>();
    List<PathRunner.Result> ballotsAlone = List.of();
    BenchmarkSettings warmUp = settings.forPath(settings.threads() * settings.sessionSize());
    try (BarePath bare = new BarePath(server.freshDatabase(dataSource, BenchmarkDatabase.BARE_DATABASE),
        server.user, server.password, settings.poolSize())) {
      log("warming up both engines (one session per thread each)");
      new PathRunner(warmUp, app).run();
      new PathRunner(warmUp, bare).run();
      int rounds = Integer.getInteger("benchmark.rounds", 3);
      for (int round = 1; round <= rounds; round++) {
        // alternate which engine goes first, so that neither always meets a warmer machine
        boolean appFirst = round % 2 == 1;
        for (AwardPath path : appFirst ? List.<AwardPath>of(app, bare) : List.<AwardPath>of(bare, app)) {
          log("round " + round + ": " + settings.nominations() + " nominations on the " + path.name() + " engine");
          PathRunner.Result result = new PathRunner(settings, path).run();
          (path == app ? appRuns : bareRuns).add(result);
          log("  %.1f nominations/s, %.0f transactions/s".formatted(result.nominationsPerSecond(),
              result.transactionsPerSecond()));
        }
      }
      int sessionsAlone = Integer.getInteger("benchmark.ballotsAlone", 20);
      if (sessionsAlone > 0) {
        log(sessionsAlone + " sessions one at a time on each engine: the 7 ballots with nothing else running");
        ballotsAlone = List.of(new PathRunner(settings.alone(sessionsAlone), app).run(),
            new PathRunner(settings.alone(sessionsAlone), bare).run());
      }
    }

    HttpPath.Measured http = null;
    if (Boolean.parseBoolean(System.getProperty("benchmark.http", "true"))) {
      log("the whole path through HTTP (/engine-rest, /api): warm-up, then " + settings.nominations() + " nominations");
      http = HttpPath.measure(settings, warmUp, engine, appCounter, callCommands, "http://localhost:" + port);
      log("  %.1f nominations/s".formatted(http.run().nominationsPerSecond()));
    }

    // volume by cloning rows the engine wrote (README, "Volume"): first the finished nominations of the
    // curve, then open tasks on top of them
    VolumeBuilder volume = new VolumeBuilder(dataSource, VolumeBuilder.SPACING_SECONDS);
    NominationCurve.Settings curveSettings = NominationCurve.Settings.fromSystemProperties();
    List<NominationCurve.Level> curve = new NominationCurve(dataSource, app, volume, settings, PerformanceBenchmark::log)
        .run(curveSettings);
    if (!curve.isEmpty()) {
      NominationCurve.writeCsv(curve, Path.of(settings.outputDir(), "curve.csv"));
      CurveChart.write(curve, Path.of(settings.outputDir(), "curve.png"));
    }

    TasklistQueries tasklist = new TasklistQueries(engine, app);
    List<TasklistQueries.Measured> queries = new ArrayList<>();
    for (int openTasks : settings.openTasks()) {
      long start = System.nanoTime();
      tasklist.fillTo(openTasks, settings.threads(), volume);
      log("open tasks: %d (filled in %.0f s)".formatted(tasklist.openTasks(), (System.nanoTime() - start) / 1e9));
      for (String user : TasklistQueries.users().keySet()) {
        queries.addAll(tasklist.measure(user, settings.queryRepeats()));
      }
    }

    StartupProbe.Result startup = null;
    if (settings.startup() && settings.classpathFile() != null) {
      log("starting the app with -Xmx256m: a training start for the class-data archive, then with it and without it");
      startup = StartupProbe.run(StartupProbe.dependencies(settings.classpathFile()), server.appUrl(), server.user,
          server.password, Path.of(settings.outputDir()).toAbsolutePath());
    }

    String table = new ResultTable(settings, server.description(), appRuns, bareRuns, queries, startup).withHttp(http)
        .withBallotsAlone(ballotsAlone).markdown() + NominationCurve.rows(curve);
    Path out = Path.of(settings.outputDir(), "result.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardCharsets.UTF_8);
    Files.writeString(out.resolveSibling("statements.md"), ResultTable.statementsMarkdown(appRuns, bareRuns),
        StandardCharsets.UTF_8);
    System.out.println("\n" + table);
    log("written to " + out.toAbsolutePath() + " (the engine's statements by id: statements.md)");
  }

  private static void log(String message) {
    System.out.println("[benchmark " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
  }
}
