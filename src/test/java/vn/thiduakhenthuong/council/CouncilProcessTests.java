package vn.thiduakhenthuong.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.spin.Spin.JSON;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thiduakhenthuong.documents.DocumentStore;
import vn.thiduakhenthuong.documents.DocumentType;
import vn.thiduakhenthuong.identity.Callers;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.nomination.NominationTestSupport;
import vn.thiduakhenthuong.testing.SelectCounter;
import vn.thiduakhenthuong.validation.InvalidInputException;

/** Every path of bpmn/council-session.bpmn with the real listeners, nominations and decision tables. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/council-session.bpmn", "bpmn/council-rules.dmn", "bpmn/nomination.bpmn",
    "bpmn/nomination-eligibility.dmn", "bpmn/award-routing.dmn"})
class CouncilProcessTests {

  ProcessEngine engine;
  CouncilStore store;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(java.time.ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, Nomination.ZONE).toInstant()));
    store = CouncilFixture.wire(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void shouldEndWhenNoNominationWaits() {
    ProcessInstance session = CouncilFixture.start(engine, CouncilFixture.session());

    assertThat(session).isEnded().hasPassed("EndEvent_NoCandidates");
    assertThat(session.getBusinessKey()).matches("HD-2026-\\d{4}");
  }

  @Test
  void shouldOfferOnlyNominationsOfThePeriodAndYearWaitingForTheCouncil() {
    ProcessInstance waiting = NominationTestSupport.waitingForCouncil(engine, Map.of());
    NominationTestSupport.waitingForCouncil(engine, Map.of("year", 2025));

    ProcessInstance session = CouncilFixture.start(engine, CouncilFixture.session());

    assertThat(session).isWaitingAt(Council.TASK_CONFIRM_AGENDA);
    assertThat(candidates(session)).containsExactly(waiting.getBusinessKey());
  }

  @Test
  void shouldNeverPutANominationOnTwoOpenSessions() {
    NominationTestSupport.waitingForCouncil(engine, Map.of());
    ProcessInstance first = CouncilFixture.start(engine, CouncilFixture.session());

    ProcessInstance second = CouncilFixture.start(engine, CouncilFixture.session());

    assertThat(first).isWaitingAt(Council.TASK_CONFIRM_AGENDA);
    assertThat(second).isEnded().hasPassed("EndEvent_NoCandidates");
  }

  /** Candidates and agenda of any length with the same queries: one for their variables, not one each. */
  @Test
  void shouldReadCandidatesAndAgendaWithTheSameQueriesHoweverManyTheyAre() {
    agendaQueries(1, 2023);

    List<String> two = agendaQueries(2, 2024);
    List<String> five = agendaQueries(5, 2025);

    // the engine fetches a block of ids (PropertyEntity) whenever its last one is used up
    assertThat(withoutIdBlocks(five)).isEqualTo(withoutIdBlocks(two));
  }

  private static List<String> withoutIdBlocks(List<String> queries) {
    return queries.stream().filter(query -> !query.endsWith("PropertyEntity.selectProperty")).toList();
  }

  private List<String> agendaQueries(int nominations, int year) {
    for (int i = 0; i < nominations; i++) {
      NominationTestSupport.waitingForCouncil(engine, Map.of("year", year, "nomineeName", "Người thứ " + i));
    }
    Map<String, Object> variables = new java.util.HashMap<>(CouncilFixture.session());
    variables.put("year", year);
    ProcessInstance[] session = new ProcessInstance[1];
    List<String> queries = new java.util.ArrayList<>(
        SelectCounter.during(engine, () -> session[0] = CouncilFixture.start(engine, variables)));
    List<String> agenda = candidates(session[0]);
    assertThat(agenda).hasSize(nominations);
    queries.addAll(SelectCounter.during(engine,
        () -> complete(officeTask(session[0]), Map.of(Council.AGENDA_CHOICE, JSON(agenda)))));
    SpinJsonNode rows = (SpinJsonNode) engine.getRuntimeService().getVariable(session[0].getId(), Council.AGENDA);
    assertThat(rows.elements()).extracting(row -> row.prop("nomineeName").stringValue())
        .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, nominations)
            .mapToObj(i -> "Người thứ " + i).toList());
    // the ballot's ticks tell apart two nominees of the same name: the nomination's number and unit
    SpinJsonNode options = (SpinJsonNode) engine.getRuntimeService().getVariable(session[0].getId(), Council.AGENDA_OPTIONS);
    assertThat(options.elements()).allSatisfy(option -> assertThat(option.prop("label").stringValue())
        .isEqualTo(option.prop("value").stringValue() + " – " + rows.elements().stream()
            .filter(row -> row.prop("businessKey").stringValue().equals(option.prop("value").stringValue()))
            .map(row -> row.prop("nomineeName").stringValue() + " (" + row.prop("unitName").stringValue() + ") – "
                + row.prop("awardTypeLabel").stringValue()).findFirst().orElseThrow()));
    return queries;
  }

  @Test
  void shouldTallySecretBallotsAndSendTheResultToEachNomination() {
    ProcessInstance a = NominationTestSupport.waitingForCouncil(engine, Map.of("nomineeName", "Nguyễn Văn A"));
    ProcessInstance b = NominationTestSupport.waitingForCouncil(engine, Map.of("nomineeName", "Trần Thị B"));
    ProcessInstance c = NominationTestSupport.waitingForCouncil(engine, Map.of("nomineeName", "Lê Văn C"));
    ProcessInstance session = sessionWithAgenda(a, b, c);
    assertThat(ballots(session)).hasSize(7);

    // six of seven vote, ctcd is absent: A gets 5, B 4, C 3 (approval needs more than 7/2)
    vote(session, "giamdoc", a, b, c);
    vote(session, "phogiamdoc", a, b, c);
    vote(session, "chanhvp", a, b, c);
    vote(session, "tpqldd", a, b);
    vote(session, "ccmt", a);
    vote(session, "gdvpdk");
    closeVoting(session);

    assertThat(session).isWaitingAt(Council.TASK_CONFIRM_MINUTES)
        .variables().containsEntry(Council.BALLOTS_CAST, 6).containsEntry(Council.QUORUM_REACHED, true);
    String minutes = Minutes.read(engine.getRuntimeService().getVariable(session.getId(), Council.MINUTES_TEXT));
    assertThat(minutes).contains("Nguyễn Văn A", "5/7 phiếu đồng ý – Thông qua", "4/7 phiếu đồng ý – Thông qua",
        "3/7 phiếu đồng ý – Không thông qua", "Thành viên ctcd: vắng");

    assertMinutesPdf(session, a, b, c);
    complete(officeTask(session), Map.of(Council.MINUTES_CONFIRMED, true, Council.MINUTES_NOTE, "Đúng."));

    assertThat(session).isEnded().hasPassed("EndEvent_ResultsSent");
    assertThat(a).isWaitingAt(Nomination.EVENT_AWAIT_DECISION).variables()
        .containsEntry("votesFor", 5).containsEntry("ballotsCast", 6).containsEntry("councilMembers", 7)
        .containsEntry("councilSessionId", session.getBusinessKey()).containsEntry("councilApproved", true);
    assertThat(b).isWaitingAt(Nomination.EVENT_AWAIT_DECISION);
    assertThat(c).isEnded().hasPassed("EndEvent_NotApproved");
    assertThat(store.reservedKeys()).isEmpty();
  }

  @Test
  void shouldKeepNoTraceOfWhatAMemberChose() {
    ProcessInstance a = NominationTestSupport.waitingForCouncil(engine, Map.of());
    ProcessInstance session = sessionWithAgenda(a);

    vote(session, "giamdoc", a);

    assertThat(engine.getRuntimeService().createVariableInstanceQuery().variableName(Council.AGREED).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName(Council.AGREED).count())
        .isZero();
    assertThat(engine.getHistoryService().createHistoricDetailQuery().list())
        .noneMatch(detail -> detail.toString().contains(Council.AGREED));
    assertThat(store.voters(session.getBusinessKey())).containsExactly("giamdoc");
    assertThat(store.tally(session.getBusinessKey())).containsEntry(a.getBusinessKey(), 1);
  }

  @Test
  void shouldLetTheOfficeReopenOnceWithoutQuorumThenClose() {
    ProcessInstance a = NominationTestSupport.waitingForCouncil(engine, Map.of());
    ProcessInstance session = sessionWithAgenda(a);
    vote(session, "giamdoc", a);
    vote(session, "phogiamdoc", a);
    closeVoting(session);
    assertThat(session).isWaitingAt(Council.TASK_DECIDE_NO_QUORUM).variables().containsEntry(Council.BALLOTS_CAST, 2);

    complete(officeTask(session), Map.of(Council.NO_QUORUM_ACTION, "REOPEN"));
    assertThat(ballots(session)).extracting(Task::getAssignee).doesNotContain("giamdoc", "phogiamdoc").hasSize(5);
    vote(session, "ctcd", a);
    closeVoting(session);
    assertThat(session).isWaitingAt(Council.TASK_DECIDE_NO_QUORUM).variables().containsEntry(Council.BALLOTS_CAST, 3);

    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> complete(officeTask(session), Map.of(Council.NO_QUORUM_ACTION, "REOPEN")));
    assertThat(refused.getMessage()).contains("đã được mở lại một lần");
    complete(officeTask(session), Map.of(Council.NO_QUORUM_ACTION, "CLOSE"));

    assertThat(session).isEnded().hasPassed("EndEvent_ClosedWithoutQuorum");
    assertThat(a).isWaitingAt(Nomination.TASK_AWAIT_COUNCIL_RESULT);
    assertThat(CouncilFixture.start(engine, CouncilFixture.session())).as("free for another session")
        .isWaitingAt(Council.TASK_CONFIRM_AGENDA);
  }

  @Test
  void shouldRefuseBadBallotsAndAgendas() {
    ProcessInstance a = NominationTestSupport.waitingForCouncil(engine, Map.of());
    ProcessInstance other = NominationTestSupport.waitingForCouncil(engine, Map.of("year", 2025));
    ProcessInstance gone = NominationTestSupport.waitingForCouncil(engine, Map.of());
    ProcessInstance session = CouncilFixture.start(engine, CouncilFixture.session());
    Task agenda = officeTask(session);
    // a candidate cancelled by an administrator after the session collected it (a withdrawn one leaves the list)
    engine.getRuntimeService().deleteProcessInstance(gone.getId(), "hủy thử");

    assertThat(refusal(agenda, "chuyenvien", Map.of(Council.AGENDA_CHOICE, JSON("[]")))).contains("ít nhất một");
    assertThat(refusal(agenda, "chuyenvien", Map.of(Council.AGENDA_CHOICE, JSON(List.of(other.getBusinessKey())))))
        .contains("không nằm trong danh sách");
    assertThat(refusal(agenda, "chuyenvien", Map.of(Council.AGENDA_CHOICE, "không phải Json"))).contains("danh sách Json");
    assertThat(refusal(agenda, "chuyenvien", Map.of(Council.AGENDA_CHOICE,
        JSON(List.of(a.getBusinessKey(), gone.getBusinessKey())))))
        .contains("«" + gone.getBusinessKey() + "» không còn chờ Hội đồng xét");
    complete(agenda, Map.of(Council.AGENDA_CHOICE, JSON(List.of(a.getBusinessKey()))));

    Task ballot = task(session, "giamdoc");
    assertThat(refusal(ballot, "giamdoc", Map.of(Council.AGREED, JSON(List.of(other.getBusinessKey())))))
        .contains("không có trong chương trình");
    assertThat(refusal(ballot, "ctcd", Map.of(Council.AGREED, JSON(List.of(a.getBusinessKey())))))
        .contains("Chỉ thành viên Hội đồng được giao phiếu này");
    assertThat(store.voters(session.getBusinessKey())).isEmpty();
    assertThat(store.castBallot(session.getBusinessKey(), "giamdoc", List.of())).isTrue();
    assertThat(refusal(ballot, "giamdoc", Map.of(Council.AGREED, JSON(List.of(a.getBusinessKey())))))
        .contains("đã biểu quyết");
  }

  @Test
  void shouldRecordTheMinutesOfASessionOfManyNominationsWithLongNames() {
    // a province session: the minutes' text runs far beyond the 4,000 characters of a String variable's column
    ProcessInstance[] nominations = new ProcessInstance[20];
    for (int i = 0; i < nominations.length; i++) {
      String name = ("Tập thể lao động xuất sắc số %02d của ".formatted(i + 1) + "Phòng Quản lý đất đai ".repeat(7)).strip();
      nominations[i] = NominationTestSupport.waitingForCouncil(engine, Map.of("nomineeName", name));
    }
    ProcessInstance session = sessionWithAgenda(nominations);
    for (String member : CouncilFixture.MEMBERS) {
      if (!member.equals("ctcd")) {
        vote(session, member, nominations);
      }
    }
    closeVoting(session);

    assertThat(session).isWaitingAt(Council.TASK_CONFIRM_MINUTES);
    String minutes = Minutes.read(engine.getRuntimeService().getVariable(session.getId(), Council.MINUTES_TEXT));
    assertThat(minutes.length()).isGreaterThan(4000);
    assertThat(minutes).contains("Tập thể lao động xuất sắc số 20 của Phòng Quản lý đất đai", "6/7 phiếu đồng ý – Thông qua");
    assertThat(engine.getRuntimeService().getVariable(session.getId(), GenerateMinutesDelegate.MINUTES_DOCUMENT_ID)).isNotNull();
  }

  @Test
  void shouldTakeACandidateWithdrawnBeforeTheAgendaOffTheChecklistAndFreeIt() {
    ProcessInstance a = NominationTestSupport.waitingForCouncil(engine, Map.of());
    ProcessInstance withdrawn = NominationTestSupport.waitingForCouncil(engine, Map.of());
    ProcessInstance session = CouncilFixture.start(engine, CouncilFixture.session());
    assertThat(candidates(session)).containsExactly(a.getBusinessKey(), withdrawn.getBusinessKey());

    engine.getRuntimeService().createMessageCorrelation(Nomination.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey(withdrawn.getBusinessKey()).correlate();

    assertThat(withdrawn).isEnded();
    assertThat(candidates(session)).containsExactly(a.getBusinessKey());
    assertThat(engine.getRuntimeService().getVariable(session.getId(), Council.CANDIDATE_COUNT)).isEqualTo(1);
    assertThat(store.reservedKeys()).containsExactly(a.getBusinessKey());
    assertThat(refusal(officeTask(session), "chuyenvien", Map.of(Council.AGENDA_CHOICE,
        JSON(List.of(a.getBusinessKey(), withdrawn.getBusinessKey())))))
        .contains("«" + withdrawn.getBusinessKey() + "» không nằm trong danh sách");
  }

  @Test
  void shouldEndTheSessionWhenEveryCandidateIsWithdrawnBeforeTheAgenda() {
    ProcessInstance a = NominationTestSupport.waitingForCouncil(engine, Map.of());
    ProcessInstance b = NominationTestSupport.waitingForCouncil(engine, Map.of());
    ProcessInstance session = CouncilFixture.start(engine, CouncilFixture.session());

    engine.getRuntimeService().createMessageCorrelation(Nomination.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey(a.getBusinessKey()).correlate();
    assertThat(session).isWaitingAt(Council.TASK_CONFIRM_AGENDA);
    engine.getRuntimeService().createMessageCorrelation(Nomination.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey(b.getBusinessKey()).correlate();

    assertThat(b).isEnded();
    assertThat(session).isEnded().hasPassed("BoundaryEvent_AllWithdrawn", "EndEvent_AllWithdrawn");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(session.getId())
        .taskDefinitionKey(Council.TASK_CONFIRM_AGENDA).singleResult().getDeleteReason()).isNotEqualTo("completed");
    assertThat(store.reservedKeys()).isEmpty();
  }

  @Test
  void shouldKeepAConfirmedAgendaWhenACandidateIsWithdrawnDuringTheVote() {
    ProcessInstance a = NominationTestSupport.waitingForCouncil(engine, Map.of());
    ProcessInstance session = sessionWithAgenda(a);
    SpinJsonNode candidatesBefore = (SpinJsonNode) engine.getRuntimeService().getVariable(session.getId(), Council.CANDIDATES);

    engine.getRuntimeService().createMessageCorrelation(Nomination.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey(a.getBusinessKey()).correlate();

    assertThat(a).isEnded();
    assertThat(session).isWaitingAt(Council.TASK_CAST_BALLOT);
    assertThat(engine.getRuntimeService().getVariable(session.getId(), Council.CANDIDATES)).hasToString(candidatesBefore.toString());
    assertThat(store.reservedKeys()).containsExactly(a.getBusinessKey());
  }

  @Test
  void shouldRefuseABadSessionStartAndKeepNothing() {
    for (Map.Entry<String, Object> bad : List.<Map.Entry<String, Object>>of(Map.entry("votingDays", 0), Map.entry("votingDays", "3"),
        Map.entry("sessionTitle", " "), Map.entry("meetingDate", "2026-13-01"), Map.entry("period", "YEARLY"),
        Map.entry("year", 2040))) {
      Map<String, Object> session = CouncilFixture.session();
      session.put(bad.getKey(), bad.getValue());

      InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
          () -> CouncilFixture.start(engine, session));

      assertThat(refused).as(bad.toString()).isNotNull();
      assertThat(refused.getMessage()).contains("(" + bad.getKey() + ")");
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(Council.PROCESS_KEY).count()).isZero();
  }

  private void assertMinutesPdf(ProcessInstance session, ProcessInstance... agenda) {
    long id = (Long) engine.getRuntimeService().getVariable(session.getId(), GenerateMinutesDelegate.MINUTES_DOCUMENT_ID);
    DocumentStore documents = CouncilFixture.documents(engine);
    String text;
    try (PDDocument pdf = Loader.loadPDF(documents.content(id))) {
      text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "/BB-HĐTĐKT", "Sóc Trăng, ngày 01 tháng 12 năm 2026", "BIÊN BẢN",
        "Phiên họp xét khen thưởng năm 2026", "Nguyễn Văn A", "Trần Thị B", "Lê Văn C", "5/7", "4/7", "3/7",
        "Không thông qua", "vắng", "THƯ KÝ", "CHỦ TỊCH");
    for (ProcessInstance nomination : agenda) {
      assertThat(documents.listFor(nomination.getBusinessKey()))
          .filteredOn(document -> document.type() == DocumentType.BIEN_BAN_HOI_DONG).singleElement().satisfies(document -> {
        assertThat(document.type()).isEqualTo(DocumentType.BIEN_BAN_HOI_DONG);
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.fileName()).isEqualTo("bien-ban-" + session.getBusinessKey() + ".pdf");
      });
    }
  }

  private ProcessInstance sessionWithAgenda(ProcessInstance... nominations) {
    ProcessInstance session = CouncilFixture.start(engine, CouncilFixture.session());
    complete(officeTask(session), Map.of(Council.AGENDA_CHOICE,
        JSON(java.util.Arrays.stream(nominations).map(ProcessInstance::getBusinessKey).toList())));
    return session;
  }

  private void vote(ProcessInstance session, String member, ProcessInstance... agreed) {
    Task ballot = task(session, member);
    engine.getIdentityService().setAuthentication(Callers.authenticationOf(engine.getIdentityService(), member));
    try {
      engine.getTaskService().complete(ballot.getId(), Map.of(Council.AGREED,
          JSON(java.util.Arrays.stream(agreed).map(ProcessInstance::getBusinessKey).toList())));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    executeJobs(session);
  }

  /** The voting deadline passes: the boundary timer closes the ballot. */
  private void closeVoting(ProcessInstance session) {
    executeJobs(session);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(session.getId())
        .activityId(Council.BOUNDARY_VOTING_CLOSED).singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }

  private void executeJobs(ProcessInstance session) {
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(session.getId()).messages().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private List<Task> ballots(ProcessInstance session) {
    return engine.getTaskService().createTaskQuery().processInstanceId(session.getId())
        .taskDefinitionKey(Council.TASK_CAST_BALLOT).list();
  }

  private Task task(ProcessInstance session, String assignee) {
    return engine.getTaskService().createTaskQuery().processInstanceId(session.getId()).taskAssignee(assignee)
        .singleResult();
  }

  private Task officeTask(ProcessInstance session) {
    return engine.getTaskService().createTaskQuery().processInstanceId(session.getId()).taskCandidateGroup("office")
        .singleResult();
  }

  private void complete(Task task, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(
        Callers.authenticationOf(engine.getIdentityService(), task.getAssignee() == null ? "chuyenvien" : task.getAssignee()));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String refusal(Task task, String user, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(Callers.authenticationOf(engine.getIdentityService(), user));
    try {
      InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
          () -> engine.getTaskService().complete(task.getId(), variables));
      assertThat(refused).as("refused: " + variables).isNotNull();
      return refused.getMessage();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private List<String> candidates(ProcessInstance session) {
    SpinJsonNode options = (SpinJsonNode) engine.getRuntimeService().getVariable(session.getId(), Council.CANDIDATES);
    return options.elements().stream().map(o -> o.prop("value").stringValue()).toList();
  }
}
