package vn.thiduakhenthuong.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;

/**
 * The benchmark's HTTP path on PostgreSQL, one session small: it takes every nomination to its award
 * as the demo users through /engine-rest and /api, each kind of call made as often as the path says,
 * none refused; and the table shows its rows.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("postgres")
@Import({EmbeddedPostgresConfiguration.class, CallCommands.class})
class HttpPathTests {

  static final int NOMINATIONS = 3;

  @Autowired ProcessEngine engine;
  @Autowired CallCommands commands;
  @LocalServerPort int port;

  @Test
  void shouldTakeASessionThroughHttpAsTheUsers() throws Exception {
    BenchmarkSettings settings = new BenchmarkSettings(NOMINATIONS, 1, NOMINATIONS, List.of(), 0, 10, null, null, null,
        false, null, "target/benchmark");
    HttpPath path = new HttpPath(engine, new CommandCounter(), commands, "http://localhost:" + port);

    HttpPath.Measured measured = path.measured(new PathRunner(settings, path).run());

    assertThat(measured.run().sessions()).isOne();
    assertThat(measured.run().ballotErrors()).isZero();
    assertThat(measured.errors()).as("calls refused").isEmpty();
    // the embedded PostgreSQL runs on this machine: its CPU time is read from its processes
    assertThat(measured.run().jvmCpuMsPerNomination()).isPositive();
    assertThat(measured.run().postgresCpuMsPerNomination()).isPositive();
    HistoryService history = engine.getHistoryService();
    List<HistoricProcessInstance> nominations = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey("nomination").variableValueEquals("year", settings.year(0)).list();
    assertThat(nominations).hasSize(NOMINATIONS);
    for (HistoricProcessInstance nomination : nominations) {
      assertThat(nomination.getEndActivityId()).as(nomination.getBusinessKey()).isEqualTo("EndEvent_Awarded");
      assertThat(nomination.getStartUserId()).isEqualTo(AppPath.unitHead(0));
    }
    // 3 sent, 3 checked, agenda, 7 ballots, minutes, prepared, signed: each opened from its Tasklist filter
    int tasks = NOMINATIONS + NOMINATIONS + 1 + 7 + 1 + 1 + 1;
    Map<String, Integer> expected = Map.ofEntries(Map.entry(HttpPath.START, NOMINATIONS),
        Map.entry(HttpPath.UPLOAD, 2 * NOMINATIONS), Map.entry(HttpPath.DOCUMENTS, NOMINATIONS),
        Map.entry(HttpPath.LIST, tasks), Map.entry(HttpPath.COUNT, tasks), Map.entry(HttpPath.FIND, tasks - 7),
        Map.entry(HttpPath.FORM, tasks), Map.entry(HttpPath.FORM_VARIABLES, tasks),
        Map.entry(HttpPath.SEND, NOMINATIONS), Map.entry(HttpPath.CHECK, NOMINATIONS), Map.entry(HttpPath.SESSION_START, 1),
        Map.entry(HttpPath.AGENDA, 1), Map.entry(HttpPath.BALLOT, 7), Map.entry(HttpPath.MINUTES, 1),
        Map.entry(HttpPath.DECISION_START, 1), Map.entry(HttpPath.DECISION_PREPARE, 1), Map.entry(HttpPath.DECISION_SIGN, 1),
        Map.entry(HttpPath.REGISTRY, 1));
    assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(HttpPath.CALLS);
    expected.forEach((call, count) -> assertThat(measured.calls().count(call)).as(call).isEqualTo(count));
    // the app's side of each call: at least its authentication (a password check) and its own work
    for (String call : HttpPath.CALLS) {
      assertThat(measured.commandsPerCall(call)).as(call).isGreaterThanOrEqualTo(2);
    }

    String table = new ResultTable(settings, "embedded PostgreSQL (zonky)", List.of(measured.run()), List.of(measured.run()),
        List.of(), null).withHttp(measured).markdown();
    assertThat(table).contains("| HTTP: " + HttpPath.BALLOT + ", ms p50 / p95 / p99 | ")
        .contains("| HTTP: nominations/s, the whole path as the users call it (engine transactions per nomination) | ")
        .containsPattern(" \\(7 calls, 0 errors, [0-9.]+ engine commands per call\\) \\|  \\| p95 shown \\(no number set\\); 0 errors \\| PASS \\|");
    System.out.println(table);
  }
}
