package vn.thiduakhenthuong.benchmark;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import vn.thiduakhenthuong.council.Council;
import vn.thiduakhenthuong.decision.Decisions;
import vn.thiduakhenthuong.documents.DocumentStore;
import vn.thiduakhenthuong.documents.DocumentType;
import vn.thiduakhenthuong.identity.Callers;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.nomination.NominationTestSupport;

/**
 * The whole path in the app's Spring context through the engine's Java API, each call as the demo
 * user who takes the step (identity, groups and tenants set, so authorizations are checked as for REST).
 * Tasks are found without an identity, as a client that already knows their ids.
 */
final class AppPath implements AwardPath {

  static final List<String> UNIT_HEADS = List.of("tpqldd", "tptnn", "ccmt", "gdvpdk", "gdcntt");
  static final String OFFICE = "chuyenvien";
  static final String DIRECTOR = "giamdoc";
  static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private final ProcessEngine engine;
  private final DocumentStore documents;
  private final CommandCounter counter;
  private final Map<String, Authentication> authentications = new ConcurrentHashMap<>();

  AppPath(ProcessEngine engine, DocumentStore documents, CommandCounter counter) {
    this.engine = engine;
    this.documents = documents;
    this.counter = counter;
  }

  @Override
  public String name() {
    return "app";
  }

  @Override
  public ProcessEngine engine() {
    return engine;
  }

  @Override
  public CommandCounter counter() {
    return counter;
  }

  static String unitHead(int thread) {
    return UNIT_HEADS.get(thread % UNIT_HEADS.size());
  }

  static Map<String, Object> proposal(int year, String nominee) {
    Map<String, Object> variables = NominationTestSupport.proposal();
    variables.put("year", year);
    variables.put("nomineeName", nominee);
    return variables;
  }

  @Override
  public Ref start(int thread, int year, String nominee) {
    ProcessInstance started = as(unitHead(thread), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(Nomination.PROCESS_KEY, proposal(year, nominee)));
    return new Ref(started.getId(), started.getBusinessKey());
  }

  @Override
  public void attachDossier(int thread, Ref nomination) {
    for (DocumentType type : List.of(DocumentType.TO_TRINH, DocumentType.BAO_CAO_THANH_TICH)) {
      documents.save(type, type.name().toLowerCase() + ".pdf", "application/pdf", PDF, unitHead(thread),
          List.of(nomination.key()));
    }
  }

  @Override
  public void send(int thread, Ref nomination) {
    complete(unitHead(thread), nomination, Nomination.TASK_SUBMIT_DOSSIER, Map.of("submitAction", "SEND"));
  }

  @Override
  public void check(Ref nomination) {
    complete(OFFICE, nomination, Nomination.TASK_CHECK_DOSSIER, Map.of("dossierDecision", "COMPLETE"));
  }

  @Override
  public Ref startSession(int year, List<Ref> nominations) {
    Map<String, Object> variables = Map.of("period", "ANNUAL", "year", year,
        "sessionTitle", "Phiên họp xét khen thưởng năm " + year, "meetingDate", "2026-12-01", "votingDays", 3);
    ProcessInstance session = as(OFFICE,
        () -> engine.getRuntimeService().startProcessInstanceByKey(Council.PROCESS_KEY, variables));
    return new Ref(session.getId(), session.getBusinessKey());
  }

  @Override
  public void confirmAgenda(Ref session, List<Ref> nominations) {
    complete(OFFICE, session, Council.TASK_CONFIRM_AGENDA, Map.of(Council.AGENDA_CHOICE, keys(nominations)));
  }

  @Override
  public void castBallot(Task ballot, List<Ref> nominations) {
    as(ballot.getAssignee(), () -> {
      engine.getTaskService().complete(ballot.getId(), Map.of(Council.AGREED, keys(nominations)));
      return null;
    });
  }

  @Override
  public void confirmMinutes(Ref session) {
    complete(OFFICE, session, Council.TASK_CONFIRM_MINUTES, Map.of(Council.MINUTES_CONFIRMED, true));
  }

  @Override
  public Ref startDecision(int year) {
    ProcessInstance decision = as(OFFICE, () -> engine.getRuntimeService()
        .startProcessInstanceByKey("award-decision", Map.of("period", "ANNUAL", "year", year)));
    return new Ref(decision.getId(), decision.getBusinessKey());
  }

  @Override
  public void prepareDecision(Ref decision, List<Ref> nominations) {
    complete(OFFICE, decision, Decisions.TASK_PREPARE_DECISION, Map.of(Decisions.DECISION_CHOICE, keys(nominations)));
  }

  @Override
  public void signDecision(Ref decision) {
    complete(DIRECTOR, decision, Decisions.TASK_SIGN_DECISION, Map.of(Decisions.SIGN_ACTION, "SIGN"));
  }

  private void complete(String user, Ref instance, String taskKey, Map<String, Object> variables) {
    Task task = task(instance, taskKey);
    as(user, () -> {
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    });
  }

  private static Object keys(List<Ref> nominations) {
    return Spin.JSON(nominations.stream().map(Ref::key).toList());
  }

  <T> T as(String user, Supplier<T> action) {
    engine.getIdentityService().setAuthentication(
        authentications.computeIfAbsent(user, u -> Callers.authenticationOf(engine.getIdentityService(), u)));
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
