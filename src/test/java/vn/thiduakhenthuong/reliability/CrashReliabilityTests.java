package vn.thiduakhenthuong.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A crash at any moment loses nothing confirmed to a user (SPEC §10): the app runs as its own process
 * on a real PostgreSQL while many demo users drive the whole path, and is killed with SIGKILL at
 * random moments, then restarted. While it is down, an overdue timer falls due; after the restart it
 * fires once. At the end everything confirmed is in the database, and nothing is doubled, skipped or
 * stuck.
 */
class CrashReliabilityTests {

  static final int KILLS = 3;
  static final int PER_UNIT_HEAD = 8;

  static EmbeddedPostgres postgres;
  static AppNode node;
  static JdbcTemplate jdbc;

  @BeforeAll
  static void startDatabaseAndApp() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    node = new AppNode("crash", postgres.getJdbcUrl("postgres", "postgres"), List.of());
    node.start();
    node.awaitReady(Duration.ofMinutes(3));
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void shouldLoseNothingConfirmedWhenKilledAtRandomMoments() throws Exception {
    long began = System.nanoTime();
    Journal journal = new Journal();
    Api api = new Api(List.of(node));
    Invariants invariants = new Invariants(jdbc);
    WholePath path = new WholePath(api, journal, Duration.ofMinutes(6));

    // one nomination per kill waits at the Office's check; its overdue timer falls due while the app is down
    List<String> probes = path.heldAtCheck("tpqldd", KILLS);

    ExecutorService killer = Executors.newSingleThreadExecutor();
    Future<List<String>> firedTimers = killer.submit(path.beside(() -> killAtRandomMoments(invariants, probes, path)));
    path.run(PER_UNIT_HEAD, "crash");
    List<String> timers = firedTimers.get();
    killer.shutdown();

    invariants.nothingStuck();
    int found = invariants.confirmedActionsFound(journal.entries());
    Map<String, Integer> keys = invariants.businessKeysGapFree(WholePath.YEAR);
    int numbers = invariants.decisionNumbersGapFree(WholePath.YEAR);
    int submissionNumbers = invariants.submissionNumbersGapFree(WholePath.YEAR);
    Invariants.ProvinceFigures province = invariants.provinceDecisionsRecorded();
    int returned = invariants.supplementedAndCheckedAgain();
    int rows = invariants.registryMatchesAwards();
    int jobs = invariants.jobsRanOnce();
    int awarded = invariants.count("SELECT count(*) FROM act_hi_varinst WHERE name_ = 'outcome' AND text_ = 'AWARDED'");
    int provinceRows = invariants.count("SELECT count(*) FROM award_registry WHERE decision_number LIKE '%/QĐ-UBND'");

    System.out.printf("Crash test: %d kills (SIGKILL), %d actions confirmed, %d found, lost %d, %d calls cut off and"
            + " redone; nominations DN 1..%d, sessions HD 1..%d, decisions GK 1..%d, duplicates 0; decision numbers"
            + " 1..%d no gaps; %d returned for supplement, supplemented and checked again; Tờ trình BK 1..%d, TTr 1..%d"
            + " no gaps, province awarded %d/%d, registry rows %d/%d; registry rows %d/%d awarded; %d overdue timers"
            + " due while down fired 1× each; %d jobs, none twice; user errors %d; %d s%n",
        KILLS, journal.entries().size(), found, journal.entries().size() - found, journal.interrupted.get(),
        keys.get("DN"), keys.get("HD"), keys.get("GK"), numbers, returned, keys.get("BK"), submissionNumbers,
        province.awarded(), province.submitted(), provinceRows, province.awarded(), rows, awarded, timers.size(), jobs,
        journal.errors().size(), (System.nanoTime() - began) / 1_000_000_000);
    assertThat(journal.errors()).as("errors users saw").isEmpty();
    int nominations = KILLS + PER_UNIT_HEAD * WholePath.UNIT_HEADS.size();
    assertThat(returned).as("one returned for supplement per unit head").isEqualTo(WholePath.UNIT_HEADS.size());
    assertThat(province.submitted()).as("every 4th nomination went to the province")
        .isEqualTo(PER_UNIT_HEAD / 4 * WholePath.UNIT_HEADS.size());
    assertThat(province.awarded()).as("the province awarded all but those it refused")
        .isEqualTo(province.submitted() - path.provinceRefuses.size()).isLessThan(province.submitted());
    assertThat(provinceRows).as("registry rows of the province's awards").isEqualTo(province.awarded());
    assertThat(awarded).as("every nomination awarded in the end, but those the province did not; not awarded: %s", invariants.notAwarded())
        .isEqualTo(nominations - (province.submitted() - province.awarded()));
    assertThat(timers).hasSize(KILLS);
    assertThat(node.starts()).isEqualTo(KILLS + 1);
  }

  /**
   * Kills the app {@link #KILLS} times at random moments of the run; while it is down, one held
   * nomination's overdue timer falls due. After each restart that timer fires once; then the held
   * nominations are released to the Office.
   */
  private List<String> killAtRandomMoments(Invariants invariants, List<String> probes, WholePath path) {
    Random random = new Random();
    List<String> fired = new ArrayList<>();
    for (String probe : probes) {
      AppNode.sleep(4_000 + random.nextInt(10_000));
      String timer = invariants.overdueTimer(probe);
      node.kill();
      invariants.makeDue(timer);
      node.start();
      node.awaitReady(Duration.ofMinutes(3));
      invariants.overdueFiredOnce(probe, timer);
      invariants.nothingStuck();
      fired.add(timer);
    }
    path.held.clear();
    return fired;
  }
}
