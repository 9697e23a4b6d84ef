package vn.thiduakhenthuong.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thiduakhenthuong.decision.BatchFlow;

/**
 * Two app processes on one PostgreSQL, no proxy: each client call goes to the other node than the
 * last. Both start at the same moment on an empty database; the whole path runs across them; timers
 * and jobs fire once although both job executors run; the Council's 7 × 20 simultaneous ballots, 20
 * simultaneous signings and two officers collecting at once give no error, no shared nomination and
 * gap-free numbers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeReliabilityTests {

  static final int SESSIONS = 20;
  static final int PROBES = 4;

  static EmbeddedPostgres postgres;
  static JdbcTemplate jdbc;
  static Invariants invariants;
  static List<AppNode> nodes;
  static Api api;
  static Journal journal = new Journal();

  @BeforeAll
  static void startDatabaseAndBothNodesAtOnce() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
    jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    invariants = new Invariants(jdbc);
    String url = postgres.getJdbcUrl("postgres", "postgres");
    nodes = List.of(new AppNode("node-a", url, List.of()), new AppNode("node-b", url, List.of()));
    nodes.forEach(AppNode::start);
    api = new Api(nodes);
  }

  @AfterAll
  static void stop() throws Exception {
    if (nodes != null) {
      nodes.forEach(AppNode::stop);
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void shouldStartTwoNodesAtOnceOnAnEmptyDatabase() {
    for (AppNode node : nodes) {
      node.awaitReady(Duration.ofMinutes(3));
    }
    assertThat(invariants.count("SELECT count(*) FROM act_re_deployment")).as("deployments").isOne();
    assertThat(jdbc.queryForList("SELECT key_ FROM act_re_procdef GROUP BY key_ HAVING max(version_) > 1", String.class))
        .as("process definitions deployed twice").isEmpty();
    assertThat(jdbc.queryForList("SELECT name_ FROM act_ru_filter GROUP BY name_ HAVING count(*) > 1", String.class))
        .as("Tasklist filters created twice").isEmpty();
    assertThat(invariants.count("SELECT count(*) FROM act_ru_filter")).isEqualTo(5);
    assertThat(invariants.count("SELECT count(*) FROM act_id_membership WHERE user_id_ = 'giamdoc'")).isEqualTo(2);
    System.out.printf("Two nodes: both started at once on an empty database: %d deployment, %d process and decision"
            + " definitions, each version 1; %d filters%n", 1,
        invariants.count("SELECT count(*) FROM act_re_procdef") + invariants.count("SELECT count(*) FROM act_re_decision_def"),
        invariants.count("SELECT count(*) FROM act_ru_filter"));
  }

  @Test
  @Order(2)
  void shouldRunTheWholePathAcrossBothNodesWithEveryTimerFiringOnce() throws Exception {
    long began = System.nanoTime();
    WholePath path = new WholePath(api, journal, Duration.ofMinutes(5));
    List<String> probes = path.heldAtCheck("gdcntt", PROBES);
    ExecutorService timers = Executors.newSingleThreadExecutor();
    Future<?> fired = timers.submit(path.beside(() -> {
      // due on both nodes at the same moment: both job executors race for each of them
      List<String> jobs = probes.stream().map(invariants::overdueTimer).toList();
      jobs.forEach(invariants::makeDue);
      for (int i = 0; i < probes.size(); i++) {
        invariants.overdueFiredOnce(probes.get(i), jobs.get(i));
      }
      path.held.clear();
      return null;
    }));
    path.run(6, "two-node");
    fired.get();
    timers.shutdown();

    invariants.nothingStuck();
    int found = invariants.confirmedActionsFound(journal.entries());
    int numbers = invariants.decisionNumbersGapFree(WholePath.YEAR);
    int submissionNumbers = invariants.submissionNumbersGapFree(WholePath.YEAR);
    Invariants.ProvinceFigures province = invariants.provinceDecisionsRecorded();
    int returned = invariants.supplementedAndCheckedAgain();
    int rows = invariants.registryMatchesAwards();
    int jobs = invariants.jobsRanOnce();
    var keys = invariants.businessKeysGapFree(WholePath.YEAR);
    System.out.printf("Two nodes, whole path (calls alternate between nodes): %d actions confirmed, %d found, lost 0;"
            + " nominations DN 1..%d, sessions HD 1..%d, decisions GK 1..%d no gaps; decision numbers 1..%d;"
            + " %d returned for supplement and supplemented; Tờ trình BK 1..%d, TTr 1..%d, province awarded %d/%d;"
            + " registry rows %d; %d overdue timers due on both nodes fired 1× each; %d jobs run, none twice;"
            + " user errors %d; %d s%n",
        journal.entries().size(), found, keys.get("DN"), keys.get("HD"), keys.get("GK"), numbers, returned,
        keys.get("BK"), submissionNumbers, province.awarded(), province.submitted(), rows, PROBES, jobs,
        journal.errors().size(), (System.nanoTime() - began) / 1_000_000_000);
    assertThat(journal.errors()).as("errors users saw").isEmpty();
    assertThat(returned).isEqualTo(WholePath.UNIT_HEADS.size());
    assertThat(province.submitted()).isEqualTo(WholePath.UNIT_HEADS.size());
    assertThat(province.awarded()).isEqualTo(province.submitted() - path.provinceRefuses.size())
        .isLessThan(province.submitted());
    assertThat(rows).as("registry rows: every nomination awarded, but those the province did not; not awarded: %s",
        invariants.notAwarded()).isEqualTo(PROBES + 6 * WholePath.UNIT_HEADS.size() - (province.submitted() - province.awarded()));
  }

  @Test
  @Order(3)
  void shouldKeepBallotsSigningsAndCollectionsRightAcrossNodes() throws Exception {
    long began = System.nanoTime();
    WholePath path = new WholePath(api, journal, Duration.ofMinutes(5));
    List<String> nominations = parallel(SESSIONS, i -> {
      String key = path.propose(WholePath.UNIT_HEADS.get(i % WholePath.UNIT_HEADS.size()), "Phiên riêng " + (i + 1));
      path.completeIfOpen("chuyenvien", key, "Task_CheckDossier", "{\"dossierDecision\":{\"value\":\"COMPLETE\"}}");
      return key;
    });

    // 20 sessions, one nomination each; then all 7 members of all 20 vote at the same moment
    List<String> sessions = new ArrayList<>();
    for (String nomination : nominations) {
      Api.Answer started = api.post("chuyenvien", "/engine-rest/process-definition/key/council-session/start",
          "{\"variables\":{\"period\":{\"value\":\"ANNUAL\"},\"year\":{\"value\":2026},"
              + "\"sessionTitle\":{\"value\":\"Phiên " + nomination + "\"},\"meetingDate\":{\"value\":\"2026-12-05\"}}}");
      assertThat(started.ok()).as(started.body()).isTrue();
      String id = started.json().get("id").asText();
      for (JsonNode task : path.tasksOf(id)) {
        path.complete("chuyenvien", started.json().get("businessKey").asText(), task,
            "{\"agendaNominations\":" + BatchFlow.jsonList(List.of(nomination)) + "}");
      }
      sessions.add(id);
    }
    JsonNode ballots = api.get("admin", "/engine-rest/task?processDefinitionKey=council-session"
        + "&taskDefinitionKey=Task_CastBallot&maxResults=1000").json();
    assertThat(ballots).hasSize(SESSIONS * BatchFlow.MEMBERS.size());
    List<Api.Answer> votes = parallel(ballots.size(), i -> {
      JsonNode ballot = ballots.get(i);
      String member = ballot.get("assignee").asText();
      String agenda = path.variable(ballot.get("processInstanceId").asText(), "agendaNominations");
      boolean agrees = !member.equals("ctcd") && !member.equals("gdvpdk");
      return api.post(member, "/engine-rest/task/" + ballot.get("id").asText() + "/complete",
          "{\"variables\":{\"agreedNominations\":{\"type\":\"Json\",\"value\":"
              + Api.JSON.writeValueAsString(agrees ? agenda : "[]") + "}}}");
    });
    assertThat(votes.stream().filter(vote -> vote.status() != 204).map(Api.Answer::body).toList())
        .as("errors seen by members voting on two nodes").isEmpty();
    for (String session : sessions) {
      awaitTask(path, session, "Task_ConfirmMinutes");
      assertThat(path.variable(session, "ballotsCast")).isEqualTo("7");
      assertThat(path.variable(session, "results")).contains("\"votesFor\":5");
    }
    parallel(sessions.size(), i -> path.completeIfOpen("chanhvp", businessKey(sessions.get(i)), "Task_ConfirmMinutes",
        "{\"minutesConfirmed\":{\"value\":true}}"));

    // two Office officers, one on each node, collect the same 20 approved nominations at the same moment
    List<Api.Answer> collected = parallel(2, i -> api.post(nodes.get(i), i == 0 ? "chuyenvien" : "chanhvp",
        "/engine-rest/process-definition/key/award-decision/start",
        "{\"variables\":{\"period\":{\"value\":\"ANNUAL\"},\"year\":{\"value\":2026}}}"));
    List<String> offered = new ArrayList<>();
    List<String> decisions = new ArrayList<>();
    for (Api.Answer answer : collected) {
      assertThat(answer.ok()).as(answer.body()).isTrue();
      String id = answer.json().get("id").asText();
      for (JsonNode task : path.tasksOf(id)) {
        List<String> candidates = path.optionValues(task, "candidateNominations");
        offered.addAll(candidates);
        path.complete("chuyenvien", answer.json().get("businessKey").asText(), task,
            "{\"decisionNominations\":" + BatchFlow.jsonList(candidates.subList(0, 1)) + "}");
        decisions.add(id);
      }
    }
    assertThat(offered).as("every approved nomination offered to exactly one of the two officers")
        .containsExactlyInAnyOrderElementsOf(nominations);

    // one decision per remaining nomination, then the Director signs all 20 at the same moment
    while (decisions.size() < SESSIONS) {
      Api.Answer started = api.post("chuyenvien", "/engine-rest/process-definition/key/award-decision/start",
          "{\"variables\":{\"period\":{\"value\":\"ANNUAL\"},\"year\":{\"value\":2026}}}");
      String id = started.json().get("id").asText();
      JsonNode prepare = path.tasksOf(id).get(0);
      path.complete("chuyenvien", started.json().get("businessKey").asText(), prepare, "{\"decisionNominations\":"
          + BatchFlow.jsonList(path.optionValues(prepare, "candidateNominations").subList(0, 1)) + "}");
      decisions.add(id);
    }
    List<Api.Answer> signings = parallel(decisions.size(), i -> {
      JsonNode sign = awaitTask(path, decisions.get(i), "Task_SignDecision");
      return api.post("giamdoc", "/engine-rest/task/" + sign.get("id").asText() + "/complete",
          "{\"variables\":{\"signAction\":{\"value\":\"SIGN\"}}}");
    });
    assertThat(signings.stream().filter(signing -> signing.status() != 204).map(Api.Answer::body).toList())
        .as("errors seen by the Director signing on two nodes").isEmpty();

    invariants.nothingStuck();
    int numbers = invariants.decisionNumbersGapFree(WholePath.YEAR);
    int rows = invariants.registryMatchesAwards();
    int jobs = invariants.jobsRanOnce();
    invariants.businessKeysGapFree(WholePath.YEAR);
    Set<String> numbered = new HashSet<>(jdbc.queryForList("SELECT decision_number FROM award_registry r"
        + " WHERE r.business_key IN (" + String.join(",", nominations.stream().map(k -> "'" + k + "'").toList()) + ")",
        String.class));
    assertThat(numbered).as("20 signings, 20 different numbers").hasSize(SESSIONS);
    System.out.printf("Two nodes, concurrency: %d ballots (7 × %d sessions) at once, errors 0, every session 7 ballots;"
            + " 2 officers on 2 nodes collected %d nominations, none shared; %d signings at once, errors 0, decision"
            + " numbers 1..%d no gaps; registry rows %d; %d jobs run, none twice; %d s%n",
        ballots.size(), SESSIONS, offered.size(), signings.size(), numbers, rows, jobs,
        (System.nanoTime() - began) / 1_000_000_000);
  }

  private String businessKey(String processInstanceId) {
    return api.get("admin", "/engine-rest/process-instance/" + processInstanceId).json().get("businessKey").asText();
  }

  private static JsonNode awaitTask(WholePath path, String processInstanceId, String definition) {
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      for (JsonNode task : path.tasksOf(processInstanceId)) {
        if (task.get("taskDefinitionKey").asText().equals(definition)) {
          return task;
        }
      }
      AppNode.sleep(250);
    }
    throw new AssertionError(processInstanceId + " never reached " + definition);
  }

  interface Indexed<T> {
    T call(int index) throws Exception;
  }

  /** Runs {@code count} calls released at the same moment; returns their results in order. */
  private static <T> List<T> parallel(int count, Indexed<T> action) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit((Callable<T>) () -> {
          start.await();
          return action.call(index);
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }
}
