package vn.thiduakhenthuong.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.identity.Callers;

/**
 * The Council on PostgreSQL through /engine-rest, as the demo users: 7 members × 20 sessions vote at
 * the same moment and nobody sees an error or loses a ballot, and no transaction even meets a conflict
 * to retry; nobody, not even an administrator,
 * can read what a member chose.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("postgres")
@Import({EmbeddedPostgresConfiguration.class, ConflictRecorder.class})
class CouncilConcurrencyTests {

  static final List<String> MEMBERS = List.of("giamdoc", "phogiamdoc", "chanhvp", "tpqldd", "ccmt", "gdvpdk", "ctcd");
  static final int SESSIONS = 20;

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate template;
  @Autowired ConflictRecorder recorder;

  @Test
  void shouldCountEveryBallotWhenAllMembersOfTwentySessionsVoteAtOnce() throws Exception {
    List<ProcessInstance> sessions = new ArrayList<>();
    for (int i = 0; i < SESSIONS; i++) {
      String nomination = nominationWaitingForCouncil("Cán bộ số " + (i + 1), "ANNUAL", 2026);
      sessions.add(sessionWithAgenda(nomination));
    }
    List<Task> ballots = engine.getTaskService().createTaskQuery().processDefinitionKey(Council.PROCESS_KEY)
        .taskDefinitionKey(Council.TASK_CAST_BALLOT).list();
    assertThat(ballots).hasSize(SESSIONS * MEMBERS.size());

    RestClient rest = new RestClient(template);
    List<String> agreedWith = new ArrayList<>();
    for (Task ballot : ballots) {
      boolean agrees = !ballot.getAssignee().equals("ctcd") && !ballot.getAssignee().equals("gdvpdk");
      String agenda = (String) engine.getRuntimeService().getVariable(ballot.getProcessInstanceId(),
          Council.AGENDA_CHOICE).toString();
      agreedWith.add(agrees ? agenda : "[]");
    }
    assertThat(voteAtOnce(rest, ballots, agreedWith)).as("errors seen by members").isEmpty();

    waitUntilAllAtMinutes(sessions);
    // each member's completion writes only its own task and inner execution; the multi-instance
    // counters are updated by the continuation jobs, which run one after another per session
    assertThat(recorder.conflicts()).as("optimistic locking conflicts (ballots and their jobs)").isEmpty();
    for (ProcessInstance session : sessions) {
      Map<String, Object> variables = engine.getRuntimeService().getVariables(session.getId());
      assertThat(variables).containsEntry(Council.BALLOTS_CAST, 7).containsEntry(Council.QUORUM_REACHED, true);
      assertThat(variables.get(Council.RESULTS).toString()).contains("\"votesFor\":5", "Thông qua");
    }
    assertNobodyCanReadABallot(rest, sessions.get(0));
    assertMinutesServedToThoseInvolvedOnly(rest, sessions.get(0));
  }

  /**
   * Members who agree with the same nominees name them in different orders (Tasklist keeps the order
   * of the clicks): their votes must not lock the tally rows crosswise, or PostgreSQL aborts one of
   * the ballots as a deadlock and the member sees an error.
   */
  @Test
  void shouldCountBallotsThatNameTheSameNomineesInOppositeOrders() throws Exception {
    List<String> agenda = waitingNominations("Người thứ ", 4, "ANNUAL", 2025);
    ProcessInstance session = sessionWithAgenda(agenda, 2025);
    List<Task> ballots = ballotsOf(session);
    List<String> reversed = new ArrayList<>(agenda);
    java.util.Collections.reverse(reversed);

    List<String> agreedWith = new ArrayList<>();
    for (int i = 0; i < ballots.size(); i++) {
      agreedWith.add(org.camunda.spin.Spin.JSON(i % 2 == 0 ? agenda : reversed).toString());
    }
    assertThat(voteAtOnce(new RestClient(template), ballots, agreedWith)).as("errors seen by members").isEmpty();
    waitUntilAllAtMinutes(List.of(session));
    String results = engine.getRuntimeService().getVariable(session.getId(), Council.RESULTS).toString();
    assertThat(results.split("\"votesFor\":7", -1)).as(results).hasSize(agenda.size() + 1);
  }

  /**
   * PostgreSQL keeps on every row the id of the transaction that wrote it ({@code xmin}), readable by
   * anyone who may read the table. A ballot's transaction also writes that its member voted
   * ({@code council_ballot}): had it updated only the counts of the nominees its member agreed with, each
   * count would name the last member who agreed with that nominee. Members vote one after another here,
   * each agreeing with different nominees; afterwards no count may tell one ballot from another.
   */
  @Test
  void shouldLeaveNoTraceOfWhoAgreedWithWhomInTheRowVersions() throws Exception {
    List<String> agenda = waitingNominations("Phiếu kín ", 3, "ANNUAL", 2024);
    ProcessInstance session = sessionWithAgenda(agenda, 2024);
    List<Task> ballots = ballotsOf(session);
    RestClient rest = new RestClient(template);
    for (int i = 0; i < ballots.size(); i++) {
      // the first agrees with all three, the next three with one each, the last three with nobody
      List<String> agreed = i == 0 ? agenda : i <= 3 ? List.of(agenda.get(i - 1)) : List.of();
      assertThat(voteAtOnce(rest, List.of(ballots.get(i)), List.of(org.camunda.spin.Spin.JSON(agreed).toString())))
          .as("errors seen by a member").isEmpty();
    }
    waitUntilAllAtMinutes(List.of(session));

    org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getDataSource());
    List<String> countVersions = jdbc.queryForList(
        "SELECT xmin::text FROM council_tally WHERE session_id = ?", String.class, session.getBusinessKey());
    assertThat(countVersions).hasSize(agenda.size());
    assertThat(new java.util.HashSet<>(countVersions)).as("transactions that last wrote the counts").hasSize(1);
    List<String> ballotVersions = jdbc.queryForList(
        "SELECT xmin::text FROM council_ballot WHERE session_id = ?", String.class, session.getBusinessKey());
    assertThat(ballotVersions).as("one transaction per ballot").doesNotHaveDuplicates().hasSize(MEMBERS.size());
    String results = engine.getRuntimeService().getVariable(session.getId(), Council.RESULTS).toString();
    assertThat(results.split("\"votesFor\":2", -1)).as(results).hasSize(agenda.size() + 1);
  }

  private void assertMinutesServedToThoseInvolvedOnly(RestClient rest, ProcessInstance session) {
    String nomination = org.camunda.spin.Spin.JSON(engine.getRuntimeService()
        .getVariable(session.getId(), Council.AGENDA_CHOICE).toString()).elements().get(0).stringValue();
    String list = "/api/nominations/" + nomination + "/documents";

    ResponseEntity<String> listed = rest.get(list, "tpqldd:demo");
    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(listed.getBody()).contains("\"type\":\"BIEN_BAN_HOI_DONG\"", "\"contentType\":\"application/pdf\"",
        "\"fileName\":\"bien-ban-" + session.getBusinessKey() + ".pdf\"");
    String id = listed.getBody().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
    ResponseEntity<byte[]> pdf = template.exchange("/api/documents/" + id, org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(basic("chuyenvien")), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");

    assertThat(rest.get(list, "tptnn:demo").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.get(list, "tptnn:demo").getBody()).contains("không có quyền");
    assertThat(rest.get("/api/documents/" + id, "tptnn:demo").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.get(list, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.get("/api/nominations/DN-1999-0001/documents", "tpqldd:demo").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.get("/api/documents/abc", "tpqldd:demo").getBody()).contains("không hợp lệ");
  }

  private static org.springframework.http.HttpHeaders basic(String user) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setBasicAuth(user, "demo");
    return headers;
  }

  @Test
  void shouldNeverShareANominationBetweenSessionsStartedAtTheSameMoment() throws Exception {
    List<String> waiting = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      waiting.add(nominationWaitingForCouncil("Tổng kết " + i, "FINAL_2030", 2030));
    }
    String body = "{\"variables\":{\"period\":{\"value\":\"FINAL_2030\"},\"year\":{\"value\":2030},"
        + "\"sessionTitle\":{\"value\":\"Tổng kết 2030\"},\"meetingDate\":{\"value\":\"2026-12-01\"}}}";
    RestClient rest = new RestClient(template);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService officers = Executors.newFixedThreadPool(4);
    List<Future<ResponseEntity<String>>> started = new ArrayList<>();
    for (String officer : List.of("chuyenvien", "chanhvp", "chuyenvien", "chanhvp")) {
      started.add(officers.submit(() -> {
        start.await();
        return rest.postJson("/engine-rest/process-definition/key/council-session/start", officer + ":demo", body);
      }));
    }
    start.countDown();
    List<String> offered = new ArrayList<>();
    for (Future<ResponseEntity<String>> answer : started) {
      ResponseEntity<String> response = answer.get();
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
      String id = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(response.getBody())
          .get("id").asText();
      Object candidates = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
          .variableName(Council.CANDIDATES).singleResult().getValue();
      org.camunda.spin.Spin.JSON(candidates.toString()).elements()
          .forEach(option -> offered.add(option.prop("value").stringValue()));
    }
    officers.shutdown();

    assertThat(offered).as("every waiting nomination offered to exactly one session")
        .containsExactlyInAnyOrderElementsOf(waiting);
  }

  @Test
  void shouldTakeCandidatesWithdrawnAtTheSameMomentOffTheChecklist() throws Exception {
    List<String> waiting = waitingNominations("Rút cùng lúc ", 6, "INTERIM_2025", 2025);
    ProcessInstance session = sessionCollecting("INTERIM_2025", 2025);
    List<String> withdrawn = waiting.subList(0, 5);

    withdrawAtTheSameMoment(withdrawn);

    String candidates = engine.getRuntimeService().getVariable(session.getId(), Council.CANDIDATES).toString();
    assertThat(org.camunda.spin.Spin.JSON(candidates).elements()).as(candidates)
        .map(option -> option.prop("value").stringValue()).containsExactly(waiting.get(5));
    assertThat(engine.getRuntimeService().getVariable(session.getId(), Council.CANDIDATE_COUNT)).isEqualTo(1);
    assertThat(withdrawn).allSatisfy(key -> assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(key).count()).as(key).isZero());
  }

  @Test
  void shouldEndASessionWhoseCandidatesAreAllWithdrawnAtTheSameMoment() throws Exception {
    List<String> waiting = waitingNominations("Rút hết ", 4, "ANNUAL", 2022);
    ProcessInstance session = sessionCollecting("ANNUAL", 2022);

    withdrawAtTheSameMoment(waiting);

    HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(session.getId()).singleResult();
    assertThat(ended.getEndTime()).isNotNull();
    assertThat(ended.getEndActivityId()).isEqualTo("EndEvent_AllWithdrawn");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(session.getId()).count()).isZero();
  }

  private List<String> waitingNominations(String namePrefix, int count, String period, int year) {
    List<String> waiting = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      waiting.add(nominationWaitingForCouncil(namePrefix + i, period, year));
    }
    return waiting;
  }

  /** The session's 7 ballots, by member. */
  private List<Task> ballotsOf(ProcessInstance session) {
    List<Task> ballots = engine.getTaskService().createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(Council.TASK_CAST_BALLOT).orderByTaskAssignee().asc().list();
    assertThat(ballots).hasSize(MEMBERS.size());
    return ballots;
  }

  private ProcessInstance sessionCollecting(String period, int year) {
    return as("chuyenvien", () -> engine.getRuntimeService().startProcessInstanceByKey(Council.PROCESS_KEY,
        Map.of("period", period, "year", year, "sessionTitle", "Sơ kết " + year, "meetingDate", "2026-12-01",
            "votingDays", 3)));
  }

  /** The unit head withdraws them all at once through REST; every withdrawal must succeed. */
  private void withdrawAtTheSameMoment(List<String> keys) throws Exception {
    RestClient rest = new RestClient(template);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService unitHead = Executors.newFixedThreadPool(keys.size());
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    for (String key : keys) {
      answers.add(unitHead.submit(() -> {
        start.await();
        return rest.postJson("/engine-rest/message", "tpqldd:demo",
            "{\"messageName\":\"Withdraw\",\"businessKey\":\"" + key + "\"}");
      }));
    }
    start.countDown();
    for (Future<ResponseEntity<String>> answer : answers) {
      ResponseEntity<String> response = answer.get();
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    unitHead.shutdown();
  }

  private void assertNobodyCanReadABallot(RestClient rest, ProcessInstance session) {
    String id = session.getId();
    for (String user : List.of("ctcd:demo", "chuyenvien:demo", "tpqldd:demo", "admin:demo")) {
      for (String path : List.of("/engine-rest/variable-instance?variableName=agreedNominations",
          "/engine-rest/history/variable-instance?variableName=agreedNominations",
          "/engine-rest/history/variable-instance?processInstanceId=" + id,
          "/engine-rest/history/detail?processInstanceId=" + id,
          "/engine-rest/history/user-operation?processInstanceId=" + id)) {
        ResponseEntity<String> answer = rest.get(path, user);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).as(user + " " + path).doesNotContain("agreedNominations");
      }
    }
  }

  /** Each ballot submitted by its member at the same moment, agreeing with the given JSON list; the errors seen. */
  private static List<String> voteAtOnce(RestClient rest, List<Task> ballots, List<String> agreedWith)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService members = Executors.newFixedThreadPool(Math.min(ballots.size(), MEMBERS.size() * 2));
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    for (int i = 0; i < ballots.size(); i++) {
      Task ballot = ballots.get(i);
      String body = "{\"variables\":{\"agreedNominations\":{\"type\":\"Json\",\"value\":"
          + quote(agreedWith.get(i)) + "}}}";
      answers.add(members.submit(() -> {
        start.await();
        return rest.postJson("/engine-rest/task/" + ballot.getId() + "/complete", ballot.getAssignee() + ":demo", body);
      }));
    }
    start.countDown();
    List<String> errors = new ArrayList<>();
    for (Future<ResponseEntity<String>> answer : answers) {
      ResponseEntity<String> response = answer.get();
      if (response.getStatusCode() != HttpStatus.NO_CONTENT) {
        errors.add(response.getStatusCode() + " " + response.getBody());
      }
    }
    members.shutdown();
    return errors;
  }

  private void waitUntilAllAtMinutes(List<ProcessInstance> sessions) throws InterruptedException {
    List<String> ids = sessions.stream().map(ProcessInstance::getId).collect(Collectors.toList());
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      long atMinutes = engine.getTaskService().createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new))
          .taskDefinitionKey(Council.TASK_CONFIRM_MINUTES).count();
      if (atMinutes == sessions.size()) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("not every session reached the minutes in time");
  }

  private String nominationWaitingForCouncil(String nominee, String period, int year) {
    ProcessInstance nomination = as("tpqldd", () -> engine.getRuntimeService().startProcessInstanceByKey("nomination",
        Map.ofEntries(Map.entry("period", period), Map.entry("year", year), Map.entry("awardType", "DIRECTOR_CERTIFICATE"),
            Map.entry("nomineeKind", "INDIVIDUAL"), Map.entry("nomineeName", nominee), Map.entry("nomineeTitle", "Chuyên viên"),
            Map.entry("achievements", "Hoàn thành xuất sắc nhiệm vụ"), Map.entry("taskRating", "EXCELLENT"),
            Map.entry("consecutiveExcellentYears", 1), Map.entry("initiativeCount", 0),
            Map.entry("achievementBasis", "MOVEMENT"), Map.entry("submissionNumber", "1/TTr"),
            Map.entry("submissionDate", "2026-01-05"))));
    new RestClient(template).uploadDossier(nomination.getBusinessKey(), "tpqldd:demo");
    as("tpqldd", () -> complete(nomination.getId(), Map.of("submitAction", "SEND")));
    as("chuyenvien", () -> complete(nomination.getId(), Map.of("dossierDecision", "COMPLETE")));
    return nomination.getBusinessKey();
  }

  private ProcessInstance sessionWithAgenda(String nomination) {
    return sessionWithAgenda(List.of(nomination), 2026);
  }

  private ProcessInstance sessionWithAgenda(List<String> nominations, int year) {
    ProcessInstance session = as("chuyenvien", () -> engine.getRuntimeService().startProcessInstanceByKey(
        Council.PROCESS_KEY, Map.of("period", "ANNUAL", "year", year, "sessionTitle", "Phiên " + nominations.get(0),
            "meetingDate", "2026-12-01", "votingDays", 3)));
    as("chuyenvien", () -> complete(session.getId(),
        Map.of(Council.AGENDA_CHOICE, org.camunda.spin.Spin.JSON(nominations))));
    return session;
  }

  private Object complete(String processInstanceId, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
    engine.getTaskService().complete(task.getId(), variables);
    return null;
  }

  private <T> T as(String user, java.util.function.Supplier<T> action) {
    engine.getIdentityService().setAuthentication(Callers.authenticationOf(engine.getIdentityService(), user));
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static String quote(String json) {
    return "\"" + json.replace("\"", "\\\"") + "\"";
  }
}
