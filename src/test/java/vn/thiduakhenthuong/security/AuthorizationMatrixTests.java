package vn.thiduakhenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.decision.BatchFlow;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.security.AuthorizationMatrix.Action;
import vn.thiduakhenthuong.security.AuthorizationMatrix.Role;
import vn.thiduakhenthuong.security.AuthorizationMatrix.Verdict;
import vn.thiduakhenthuong.testing.Spreadsheets;

/**
 * Every role of SPEC §3 against every action of {@link AuthorizationMatrix}, over HTTP on the real
 * configuration and PostgreSQL, as the demo users: /engine-rest with HTTP Basic, /api likewise.
 * Actions that change something are tried with valid input, so that only a refusal of the person
 * (401, 403, or our 400 "only ... may") stops them; each role expected to succeed gets its own
 * fresh instance. What was seen is written to target/authorization-matrix.md.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class AuthorizationMatrixTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UNIT_HEAD = "tpqldd";

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate template;
  RestClient rest;
  BatchFlow flow;
  int names;

  /** What one call answered: the verdict and, for the report, its evidence. */
  record Seen(Verdict verdict, String evidence) {}

  @Test
  void shouldGrantEachRoleExactlyWhatSpecSection3Says() throws IOException {
    rest = new RestClient(template);
    flow = new BatchFlow(engine, rest);
    Map<Action, BiFunction<Role, Verdict, Seen>> probes = probes();

    Map<Action, Map<Role, Seen>> seen = new EnumMap<>(Action.class);
    List<String> deviations = new ArrayList<>();
    for (Action action : actions()) {
      assertThat(probes).as("a probe for " + action).containsKey(action);
      Map<Role, Seen> row = new EnumMap<>(Role.class);
      // the roles expected to be refused first, on the shared instance, before anybody changes it
      for (Role role : Stream.of(Role.values()).sorted(Comparator.comparing(r -> action.expected(r) == Verdict.ALLOW))
          .toList()) {
        Seen answer = probes.get(action).apply(role, action.expected(role));
        row.put(role, answer);
        if (answer.verdict() != action.expected(role)) {
          deviations.add(action + " as " + role + " (" + role.user + "): expected " + action.expected(role)
              + ", saw " + answer.verdict() + " — " + answer.evidence());
        }
      }
      seen.put(action, row);
    }

    Path report = Path.of("target", reportName());
    Files.createDirectories(report.getParent());
    Files.writeString(report, AuthorizationMatrix.table(actions(), action -> Stream.of(Role.values()).map(role -> {
      Seen cell = seen.get(action).get(role);
      String mark = cell.verdict() == Verdict.ALLOW ? "✅" : "—";
      return cell.verdict() == action.expected(role) ? mark : mark + " ❌";
    })), StandardCharsets.UTF_8);
    System.out.printf("Authorization matrix: %d actions × %d roles = %d checks over HTTP, %d deviations (%s)%n",
        actions().size(), Role.values().length, actions().size() * Role.values().length,
        deviations.size(), report.toAbsolutePath());
    assertThat(deviations).as("deviations from SPEC §3").isEmpty();
  }

  /** The rows played here: all but those that need another setting (AuthorizationMatrixDeputyTests). */
  Set<Action> actions() {
    Set<Action> actions = EnumSet.allOf(Action.class);
    actions.removeAll(AuthorizationMatrix.deputyMaySign());
    return actions;
  }

  String reportName() {
    return "authorization-matrix.md";
  }

  // ---------------------------------------------------------------- the probes, one per action

  private Map<Action, BiFunction<Role, Verdict, Seen>> probes() {
    // made first: the sign steps need Council sessions that no other waiting nomination disturbs
    Target decision = new Target(this::decisionAwaitingSignature).made();
    Target submission = new Target(this::submissionAwaitingSignature).made();
    Target session = new Target(this::sessionWithOpenBallots).made();
    String shared = submitted();
    String sharedId = instanceId(shared);
    String document = read(rest.get("/api/nominations/" + shared + "/documents", "admin:demo").getBody())
        .get(0).get("id").asText();

    Map<Action, BiFunction<Role, Verdict, Seen>> probes = new EnumMap<>(Action.class);
    probes.put(Action.START_NOMINATION, (role, expected) -> status(rest.tryStartNomination(role.credentials(),
        "Người thử quyền " + (++names))));
    probes.put(Action.START_COUNCIL_SESSION, (role, expected) -> status(start("council-session", role,
        ",\"sessionTitle\":{\"value\":\"Phiên thử quyền\"},\"meetingDate\":{\"value\":\"" + Nomination.today() + "\"}")));
    probes.put(Action.START_AWARD_DECISION, (role, expected) -> status(start("award-decision", role, "")));
    probes.put(Action.START_PROVINCE_SUBMISSION, (role, expected) -> status(start("province-submission", role, "")));

    probes.put(Action.SEE_NOMINATION, (role, expected) ->
        listed(rest.get("/engine-rest/process-instance?businessKey=" + shared, role.credentials())));
    probes.put(Action.SEE_NOMINATION_TASKS, (role, expected) ->
        listed(rest.get("/engine-rest/task?processInstanceBusinessKey=" + shared, role.credentials())));
    probes.put(Action.READ_VARIABLES, (role, expected) ->
        status(rest.get("/engine-rest/process-instance/" + sharedId + "/variables", role.credentials())));
    probes.put(Action.READ_HISTORY, (role, expected) ->
        listed(rest.get("/engine-rest/history/variable-instance?processInstanceId=" + sharedId, role.credentials())));
    probes.put(Action.LIST_DOCUMENTS, (role, expected) ->
        status(rest.get("/api/nominations/" + shared + "/documents", role.credentials())));
    probes.put(Action.DOWNLOAD_DOCUMENT, (role, expected) ->
        status(rest.get("/api/documents/" + document, role.credentials())));

    probes.put(Action.REMOVE_DOCUMENT, changing(new Target(this::submitted), (key, role) -> status(rest.delete(
        "/api/nominations/" + key + "/documents/" + read(rest.get("/api/nominations/" + key + "/documents", "admin:demo")
            .getBody()).get(0).get("id").asText(), role.credentials()))));
    probes.put(Action.COMPLETE_SUBMIT_DOSSIER, changing(new Target(this::submitted), (key, role) ->
        complete(key, Nomination.TASK_SUBMIT_DOSSIER, UNIT_HEAD, role, "{\"submitAction\":{\"value\":\"SEND\"}}")));
    probes.put(Action.COMPLETE_CHECK_DOSSIER, changing(new Target(this::atCheck), (key, role) ->
        complete(key, Nomination.TASK_CHECK_DOSSIER, null, role, "{\"dossierDecision\":{\"value\":\"COMPLETE\"}}")));
    probes.put(Action.COMPLETE_SUPPLEMENT_DOSSIER, changing(new Target(this::atSupplement), (key, role) ->
        complete(key, Nomination.TASK_SUPPLEMENT_DOSSIER, UNIT_HEAD, role,
            "{\"supplementNote\":{\"value\":\"Đã bổ sung báo cáo thành tích có xác nhận\"}}")));

    probes.put(Action.COMPLETE_CONFIRM_AGENDA, changing(new Target(() -> sessionAtAgenda(OFFICE_STEPS_YEAR)),
        (key, role) -> complete(key, "Task_ConfirmAgenda", null, role, agendaOf(key))));
    probes.put(Action.SEE_BALLOT_TASK, (role, expected) -> listed(rest.get("/engine-rest/task?taskId="
        + flow.task(session.get(), "Task_CastBallot", UNIT_HEAD).getId(), role.credentials())));
    probes.put(Action.CHANGE_BALLOT_TASK, (role, expected) -> {
      String ballot = flow.task(session.get(), "Task_CastBallot", UNIT_HEAD).getId();
      // PUT task/{id} writes every field of the task: those it has, and a follow-up date
      JsonNode current = read(rest.get("/engine-rest/task/" + ballot, "admin:demo").getBody());
      com.fasterxml.jackson.databind.node.ObjectNode task = JSON.createObjectNode();
      for (String field : List.of("name", "description", "priority", "assignee", "owner", "delegationState", "due",
          "parentTaskId", "caseInstanceId", "tenantId")) {
        task.set(field, current.get(field));
      }
      task.put("followUp", "2026-12-31T08:00:00.000+0700");
      return status(rest.putJson("/engine-rest/task/" + ballot, role.credentials(), task.toString()));
    });
    probes.put(Action.CAST_BALLOT, changing(session, (key, role) -> {
      Seen cast = complete(key, "Task_CastBallot", UNIT_HEAD, role,
          "{\"agreedNominations\":" + BatchFlow.jsonList(agenda.get(key)) + "}");
      if (cast.verdict() == Verdict.ALLOW) {
        votedSession = key;
      }
      return cast;
    }));
    probes.put(Action.SEE_HOW_MEMBER_VOTED, (role, expected) -> ballotShown(votedSession, role));

    probes.put(Action.COMPLETE_DECIDE_NO_QUORUM, changing(new Target(this::sessionWithoutQuorum), (key, role) ->
        complete(key, "Task_DecideNoQuorum", null, role, "{\"noQuorumAction\":{\"value\":\"CLOSE\"}}")));
    probes.put(Action.COMPLETE_CONFIRM_MINUTES, changing(new Target(this::sessionAtMinutes), (key, role) ->
        complete(key, "Task_ConfirmMinutes", null, role, "{\"minutesConfirmed\":{\"value\":true}}")));
    probes.put(Action.COMPLETE_PREPARE_DECISION, changing(new Target(() -> batchAtPrepare("award-decision")),
        (key, role) -> complete(key, "Task_PrepareDecision", null, role,
            "{\"decisionNominations\":" + BatchFlow.jsonList(chosen.get(key)) + "}")));
    probes.put(Action.READ_DRAFT, (role, expected) ->
        status(rest.get("/api/batches/" + instanceId(decision.get()) + "/draft", role.credentials())));
    probes.put(Action.SIGN_DECISION, changing(decision, (key, role) ->
        complete(key, "Task_SignDecision", null, role, "{\"signAction\":{\"value\":\"SIGN\"}}")));
    probes.put(Action.SIGN_DECISION_DEPUTY_MAY_SIGN, changing(new Target(this::decisionToSign), (key, role) ->
        complete(key, "Task_SignDecision", null, role, "{\"signAction\":{\"value\":\"SIGN\"}}")));
    probes.put(Action.COMPLETE_PREPARE_SUBMISSION, changing(new Target(() -> batchAtPrepare("province-submission")),
        (key, role) -> complete(key, "Task_PrepareSubmission", null, role,
            "{\"submissionNominations\":" + BatchFlow.jsonList(chosen.get(key)) + "}")));
    probes.put(Action.SIGN_SUBMISSION, changing(submission, (key, role) ->
        complete(key, "Task_SignSubmission", null, role, "{\"signAction\":{\"value\":\"SIGN\"}}")));

    probes.put(Action.COMPLETE_SEND_TO_PROVINCE, changing(new Target(this::submissionToSend), (key, role) ->
        complete(key, "Task_SendToProvince", null, role, SENT)));
    probes.put(Action.COMPLETE_RECORD_PROVINCE_DECISION, changing(new Target(this::submissionSent), (key, role) ->
        complete(key, "Task_RecordProvinceDecision", null, role, "{\"provinceDecisionNumber\":{\"value\":\"77/QĐ-UBND\"},"
            + "\"provinceDecisionDate\":{\"value\":\"" + Nomination.today() + "\"},"
            + "\"provinceAwardedNominations\":" + BatchFlow.jsonList(chosen.get(key)) + "}")));
    probes.put(Action.CORRELATE_WITHDRAW, changing(new Target(this::submitted),
        (key, role) -> message(role, "Withdraw", key, "")));
    probes.put(Action.CORRELATE_COUNCIL_RESULT, changing(new Target(() -> awaitingCouncil("DIRECTOR_CERTIFICATE")),
        (key, role) -> message(role, "CouncilResult", key, COUNCIL_APPROVED)));
    probes.put(Action.CORRELATE_DECISION_ISSUED, changing(
        new Target(() -> approved("DIRECTOR_CERTIFICATE", Nomination.EVENT_AWAIT_DECISION)),
        (key, role) -> message(role, "DecisionIssued", key,
            "\"decisionNumber\":{\"value\":\"99/QĐ-STNMT\"},\"decisionDate\":{\"value\":\"2026-12-01\"}")));
    probes.put(Action.CORRELATE_PROVINCE_DECISION, changing(
        new Target(() -> approved("PROVINCE_CERTIFICATE", Nomination.EVENT_AWAIT_PROVINCE_DECISION)),
        (key, role) -> message(role, "ProvinceDecision", key, "\"provinceAwarded\":{\"value\":true},"
            + "\"provinceDecisionNumber\":{\"value\":\"88/QĐ-UBND\"},\"provinceDecisionDate\":{\"value\":\"2026-12-20\"}")));

    probes.put(Action.FOLLOW_ON_UNIT_PAGE, (role, expected) -> either(
        onUnitPage(rest.get("/api/me/nominations", role.credentials()), shared),
        inUnitSpreadsheet(rest.getBytes("/api/me/nominations.xlsx", role.credentials()), shared)));
    probes.put(Action.WITHDRAW_ON_UNIT_PAGE, changing(new Target(this::submitted), (key, role) ->
        status(rest.postJson("/api/me/nominations/" + key + "/withdraw", role.credentials(), "{}"))));
    probes.put(Action.READ_REGISTRY, (role, expected) -> status(rest.get("/api/registry?year=2026", role.credentials())));
    probes.put(Action.DEPLOY, (role, expected) -> status(rest.deploy(role.credentials(),
        "authorization-check-" + role.name().toLowerCase().replace('_', '-'))));
    return probes;
  }

  private static final String COUNCIL_APPROVED = "\"councilApproved\":{\"value\":true},\"votesFor\":{\"value\":6},"
      + "\"ballotsCast\":{\"value\":7},\"councilMembers\":{\"value\":7},\"councilSessionId\":{\"value\":\"HD-THU\"}";

  /**
   * An instance in the state an action needs, made when first asked for; the action, once done,
   * uses it up, and the next role gets a new one. Refused roles go first, so they share one.
   */
  static final class Target {
    private final Supplier<String> make;
    private String current;

    Target(Supplier<String> make) {
      this.make = make;
    }

    String get() {
      if (current == null) {
        current = make.get();
      }
      return current;
    }

    Target made() {
      get();
      return this;
    }

    void usedUp() {
      current = null;
    }
  }

  private static BiFunction<Role, Verdict, Seen> changing(Target target, BiFunction<String, Role, Seen> call) {
    return (role, expected) -> {
      Seen seen = call.apply(target.get(), role);
      if (seen.verdict() == Verdict.ALLOW) {
        target.usedUp();
      }
      return seen;
    };
  }

  // ---------------------------------------------------------------- how an answer reads

  /** 2xx: done. 400 (our "only ... may" or bad state), 401, 403, 404: refused. Anything else is a bug. */
  private static Seen status(ResponseEntity<String> answer) {
    int code = answer.getStatusCode().value();
    String evidence = code + " " + shorten(answer.getBody());
    if (answer.getStatusCode().is2xxSuccessful()) {
      return new Seen(Verdict.ALLOW, evidence);
    }
    assertThat(code).as("an answer that is neither success nor refusal: " + evidence).isIn(400, 401, 403, 404);
    return new Seen(Verdict.DENY, evidence);
  }

  /** A query: allowed when it shows the item, refused when it shows nothing or refuses. */
  private static Seen listed(ResponseEntity<String> answer) {
    Seen status = status(answer);
    if (status.verdict() == Verdict.DENY) {
      return status;
    }
    return new Seen(read(answer.getBody()).size() > 0 ? Verdict.ALLOW : Verdict.DENY, status.evidence());
  }

  /** «Đề nghị của đơn vị»: allowed when its list shows the nomination. */
  private static Seen onUnitPage(ResponseEntity<String> answer, String businessKey) {
    Seen status = status(answer);
    if (status.verdict() == Verdict.DENY) {
      return status;
    }
    boolean shown = answer.getBody().contains("\"businessKey\":\"" + businessKey + "\"");
    return new Seen(shown ? Verdict.ALLOW : Verdict.DENY, status.evidence());
  }

  /** The page's spreadsheet: whether it lists {@code businessKey}, or the refusal. */
  private static Seen inUnitSpreadsheet(ResponseEntity<byte[]> answer, String businessKey) {
    if (!answer.getStatusCode().is2xxSuccessful()) {
      return status(ResponseEntity.status(answer.getStatusCode()).body(answer.getBody() == null ? "" : new String(answer.getBody(), StandardCharsets.UTF_8)));
    }
    try {
      boolean listed = Spreadsheets.firstSheet(answer.getBody()).stream()
          .anyMatch(cells -> cells.size() > 1 && cells.get(1).equals(businessKey));
      return new Seen(listed ? Verdict.ALLOW : Verdict.DENY, "spreadsheet " + (listed ? "lists " : "has no ") + businessKey);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** Allowed where either way allows it: a nomination shown by one way only is shown. */
  private static Seen either(Seen one, Seen other) {
    Verdict verdict = one.verdict() == Verdict.ALLOW || other.verdict() == Verdict.ALLOW ? Verdict.ALLOW : Verdict.DENY;
    return new Seen(verdict, one.evidence() + "; " + other.evidence());
  }

  /** Anywhere the variable {@code agreedNominations} of the session could show: runtime or history. */
  private Seen ballotShown(String session, Role role) {
    assertThat(session).as("a session in which tpqldd has voted").isNotNull();
    String id = instanceId(session);
    List<String> evidence = new ArrayList<>();
    for (String path : List.of("/engine-rest/process-instance/" + id + "/variables",
        "/engine-rest/history/variable-instance?processInstanceId=" + id,
        "/engine-rest/history/detail?processInstanceId=" + id,
        "/engine-rest/variable-instance?processInstanceIdIn=" + id)) {
      ResponseEntity<String> answer = rest.get(path, role.credentials());
      status(answer);
      if (answer.getStatusCode().is2xxSuccessful() && answer.getBody().contains("agreedNominations")) {
        evidence.add(path + " " + shorten(answer.getBody()));
      }
    }
    return new Seen(evidence.isEmpty() ? Verdict.DENY : Verdict.ALLOW, String.join("; ", evidence));
  }

  // ---------------------------------------------------------------- the calls

  private ResponseEntity<String> start(String processKey, Role role, String extra) {
    return rest.postJson("/engine-rest/process-definition/key/" + processKey + "/start", role.credentials(),
        "{\"variables\":{\"period\":{\"value\":\"FINAL_2030\"},\"year\":{\"value\":2030}" + extra + "}}");
  }

  /** Completes the open {@code taskKey} (the one assigned to {@code assignee}, if given) as {@code role}. */
  private Seen complete(String businessKey, String taskKey, String assignee, Role role, String variables) {
    String taskId = flow.task(businessKey, taskKey, assignee).getId();
    return status(rest.postJson("/engine-rest/task/" + taskId + "/complete", role.credentials(),
        "{\"variables\":" + variables + "}"));
  }

  private Seen message(Role role, String name, String businessKey, String variables) {
    return status(rest.postJson("/engine-rest/message", role.credentials(), "{\"messageName\":\"" + name
        + "\",\"businessKey\":\"" + businessKey + "\",\"processVariables\":{" + variables + "}}"));
  }

  // ---------------------------------------------------------------- instances in the needed state

  /** Proposed by tpqldd with its dossier attached, waiting at Task_SubmitDossier. */
  private String submitted() {
    String key = rest.startNomination(UNIT_HEAD + ":demo", "Người thử quyền " + (++names));
    rest.uploadDossier(key, UNIT_HEAD + ":demo");
    return key;
  }

  private String atCheck() {
    String key = submitted();
    flow.complete(key, Nomination.TASK_SUBMIT_DOSSIER, UNIT_HEAD, "{\"submitAction\":{\"value\":\"SEND\"}}");
    return key;
  }

  private String atSupplement() {
    String key = atCheck();
    flow.complete(key, Nomination.TASK_CHECK_DOSSIER, "chuyenvien", "{\"dossierDecision\":{\"value\":\"SUPPLEMENT\"},"
        + "\"officeComment\":{\"value\":\"Thiếu xác nhận của thủ trưởng trên báo cáo thành tích\"}}");
    return key;
  }

  private String awaitingCouncil(String awardType) {
    return flow.nomination("Người thử quyền " + (++names), "INDIVIDUAL", awardType, "ANNUAL", 2026);
  }

  /** Approved by the Council (the administrator reports it) and routed: waits at {@code waitingAt}. */
  private String approved(String awardType, String waitingAt) {
    String key = awaitingCouncil(awardType);
    BatchFlow.ok(rest.postJson("/engine-rest/message", "admin:demo", "{\"messageName\":\"CouncilResult\","
        + "\"businessKey\":\"" + key + "\",\"processVariables\":{" + COUNCIL_APPROVED + "}}"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
        .activityIdIn(waitingAt).count()).as(key + " waits at " + waitingAt).isOne();
    return key;
  }

  /** A decision of the Director over one nominee approved by the Council, waiting for the signature. */
  private String decisionAwaitingSignature() {
    String nominee = awaitingCouncil("DIRECTOR_CERTIFICATE");
    flow.approveByCouncil(List.of(nominee), "ANNUAL", 2026);
    String decision = flow.startBatch("award-decision", "chuyenvien", "ANNUAL", 2026);
    flow.complete(decision, "Task_PrepareDecision", "chuyenvien",
        "{\"decisionNominations\":" + BatchFlow.jsonList(List.of(nominee)) + "}");
    return decision;
  }

  /** A submission to the province of one nominee approved by the Council, waiting for the signature. */
  private String submissionAwaitingSignature() {
    String nominee = awaitingCouncil("PROVINCE_CERTIFICATE");
    flow.approveByCouncil(List.of(nominee), "ANNUAL", 2026);
    String submission = flow.startBatch("province-submission", "chuyenvien", "ANNUAL", 2026);
    flow.complete(submission, "Task_PrepareSubmission", "chuyenvien",
        "{\"submissionNominations\":" + BatchFlow.jsonList(List.of(nominee)) + "}");
    return submission;
  }

  /** A session of 2025 with one nomination on the agenda and the seven ballots open. */
  private String sessionWithOpenBallots() {
    return sessionVoting(2025);
  }

  /** A session of {@code year} at Task_ConfirmAgenda; its own new nomination, in {@code agenda}, is the one to put on it. */
  private String sessionAtAgenda(int year) {
    String key = flow.nomination("Người thử phiên họp " + (++names), "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", year);
    String session = BatchFlow.field(BatchFlow.ok(rest.postJson("/engine-rest/process-definition/key/council-session/start",
        "chuyenvien:demo", "{\"variables\":{\"period\":{\"value\":\"ANNUAL\"},\"year\":{\"value\":" + year + "},"
        + "\"sessionTitle\":{\"value\":\"Phiên thử quyền\"},\"meetingDate\":{\"value\":\"" + year + "-12-01\"}}}")),
        "businessKey");
    flow.waitForTask(session, "Task_ConfirmAgenda");
    agenda.put(session, List.of(key));
    return session;
  }

  private String agendaOf(String session) {
    return "{\"agendaNominations\":" + BatchFlow.jsonList(agenda.get(session)) + "}";
  }

  /** A session of {@code year} with its nomination on the agenda and the seven ballots open. */
  private String sessionVoting(int year) {
    String session = sessionAtAgenda(year);
    flow.complete(session, "Task_ConfirmAgenda", "chuyenvien", agendaOf(session));
    flow.waitForTask(session, "Task_CastBallot");
    return session;
  }

  /** Nobody voted before the deadline (its timer run now): the Office decides what follows. */
  private String sessionWithoutQuorum() {
    String session = sessionVoting(OFFICE_STEPS_YEAR);
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(instanceId(session)).activityId("BoundaryEvent_VotingClosed").singleResult().getId());
    flow.waitForTask(session, "Task_DecideNoQuorum");
    return session;
  }

  /** Every member voted for the nomination: the minutes wait for the secretary. */
  private String sessionAtMinutes() {
    String session = sessionVoting(OFFICE_STEPS_YEAR);
    for (String member : BatchFlow.MEMBERS) {
      flow.complete(session, "Task_CastBallot", member, "{\"agreedNominations\":" + BatchFlow.jsonList(agenda.get(session)) + "}");
    }
    flow.waitForTask(session, "Task_ConfirmMinutes");
    return session;
  }

  // ---------------------------------------------------------------- decisions and submissions of OFFICE_STEPS_YEAR

  /** Sessions, decisions and submissions for the Office's steps are of this year, which no other probe uses. */
  private static final int OFFICE_STEPS_YEAR = 2024;
  /** How many nominees one Council session approves when a decision or submission finds none free. */
  private static final int APPROVED_AT_ONCE = 4;
  private static final String SENT = "{\"sentDate\":{\"value\":\"" + Nomination.today() + "\"},"
      + "\"sentReference\":{\"value\":\"Hệ thống quản lý văn bản\"}}";

  /** The nomination each decision or submission takes, the first it collected. */
  private final Map<String, List<String>> chosen = new HashMap<>();

  /**
   * A decision or submission waiting at its Prepare step; it collects every approved nominee still
   * free, and when there is none (it ends at once), a Council session approves a few more first.
   */
  private String batchAtPrepare(String processKey) {
    String batch = flow.startBatch(processKey, "chuyenvien", "ANNUAL", OFFICE_STEPS_YEAR);
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(batch).count() == 0) {
      List<String> nominees = new ArrayList<>();
      for (int i = 0; i < APPROVED_AT_ONCE; i++) {
        nominees.add(flow.nomination("Người thử khen thưởng " + (++names), "INDIVIDUAL",
            processKey.equals("award-decision") ? "DIRECTOR_CERTIFICATE" : "PROVINCE_CERTIFICATE", "ANNUAL",
            OFFICE_STEPS_YEAR));
      }
      flow.approveByCouncil(nominees, "ANNUAL", OFFICE_STEPS_YEAR);
      batch = flow.startBatch(processKey, "chuyenvien", "ANNUAL", OFFICE_STEPS_YEAR);
    }
    chosen.put(batch, flow.options(batch, "candidateNominations").subList(0, 1));
    return batch;
  }

  /** A decision of OFFICE_STEPS_YEAR prepared by the Office, waiting for the signature. */
  private String decisionToSign() {
    String decision = batchAtPrepare("award-decision");
    flow.complete(decision, "Task_PrepareDecision", "chuyenvien",
        "{\"decisionNominations\":" + BatchFlow.jsonList(chosen.get(decision)) + "}");
    return decision;
  }

  /** A submission signed by the Director: the Office sends it. */
  private String submissionToSend() {
    String submission = batchAtPrepare("province-submission");
    flow.complete(submission, "Task_PrepareSubmission", "chuyenvien",
        "{\"submissionNominations\":" + BatchFlow.jsonList(chosen.get(submission)) + "}");
    flow.complete(submission, "Task_SignSubmission", "giamdoc", "{\"signAction\":{\"value\":\"SIGN\"}}");
    flow.waitForTask(submission, "Task_SendToProvince");
    return submission;
  }

  /** A submission sent: the Office records the province's decision. */
  private String submissionSent() {
    String submission = submissionToSend();
    flow.complete(submission, "Task_SendToProvince", "chuyenvien", SENT);
    flow.waitForTask(submission, "Task_RecordProvinceDecision");
    return submission;
  }

  /** The agenda of each session with open ballots, and the session in which tpqldd has voted. */
  private final Map<String, List<String>> agenda = new HashMap<>();
  private String votedSession;

  private String instanceId(String businessKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getId();
  }

  private static JsonNode read(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError(body, e);
    }
  }

  private static String shorten(String body) {
    return body == null ? "" : body.length() <= 160 ? body : body.substring(0, 160) + "…";
  }
}
