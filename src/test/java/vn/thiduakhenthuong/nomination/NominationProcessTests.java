package vn.thiduakhenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.thiduakhenthuong.validation.InvalidInputException;

/** Every path of bpmn/nomination.bpmn on the in-memory engine, with the real listeners and DMN tables. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/nomination.bpmn", "bpmn/nomination-eligibility.dmn", "bpmn/award-routing.dmn",
    "forms/nomination-start.form", "forms/nomination-submit-dossier.form", "forms/nomination-check-dossier.form",
    "forms/nomination-supplement-dossier.form"})
class NominationProcessTests {

  /** Friday 27 November 2026, 09:00 in Vietnam. */
  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 9, 0, 0, 0, Nomination.ZONE);

  ProcessEngine engine;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    NominationFixture.wire(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
    engine.getAuthorizationService().createAuthorizationQuery().list()
        .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
  }

  @Test
  void shouldStartWithABusinessKeyAndWaitForTheUnitHeadToSend() {
    ProcessInstance first = start();
    ProcessInstance second = start();

    assertThat(first.getBusinessKey()).matches("DN-2026-\\d{4}");
    assertThat(Integer.parseInt(second.getBusinessKey().substring(8)))
        .isEqualTo(Integer.parseInt(first.getBusinessKey().substring(8)) + 1);
    assertThat(first).isWaitingAt(Nomination.TASK_SUBMIT_DOSSIER).task().isAssignedTo("tpqldd");
    assertThat(first).variables().containsEntry("unitCode", "qldd").containsEntry("starter", "tpqldd")
        .containsEntry("unitName", "Phòng Quản lý đất đai");
  }

  @Test
  void shouldLetTheProposingUnitAndNoOtherSeeTheNomination() {
    ProcessInstance nomination = start();

    List<Authorization> grants = engine.getAuthorizationService().createAuthorizationQuery()
        .resourceId(nomination.getId()).list();

    assertThat(grants).extracting(Authorization::getGroupId).containsOnly("unitqldd");
    assertThat(grants).filteredOn(a -> a.getResourceType() == Resources.PROCESS_INSTANCE.resourceType())
        .singleElement().satisfies(a -> {
          assertThat(a.isPermissionGranted(Permissions.READ)).isTrue();
          assertThat(a.isPermissionGranted(Permissions.UPDATE)).as("to correlate Withdraw").isTrue();
        });
    assertThat(grants).filteredOn(a -> a.getResourceType() == Resources.HISTORIC_PROCESS_INSTANCE.resourceType())
        .singleElement().satisfies(a ->
            assertThat(a.isPermissionGranted(HistoricProcessInstancePermissions.READ)).isTrue());
  }

  @Test
  void shouldEndWithdrawnWhenTheUnitHeadCancelsBeforeSending() {
    ProcessInstance nomination = start();

    complete(taskOf(nomination), withVariables("submitAction", "CANCEL"));

    assertThat(nomination).isEnded().hasPassed("EndEvent_Cancelled");
    assertThat(outcome(nomination)).isEqualTo("WITHDRAWN");
  }

  @Test
  void shouldBeAwardedByTheDirectorsDecision() {
    ProcessInstance nomination = sendToCouncil(start());

    correlateCouncilResult(nomination, true);
    assertThat(nomination).isWaitingAt(Nomination.EVENT_AWAIT_DECISION).variables().containsEntry("awardRoute", "DIRECTOR");
    correlate(nomination, Nomination.MESSAGE_DECISION_ISSUED, Map.of("decisionNumber", "5/QĐ-STNMT", "decisionDate", "2026-12-10"));

    assertThat(nomination).isEnded().hasPassed("EndEvent_Awarded");
    assertThat(outcome(nomination)).isEqualTo("AWARDED");
    assertThat(history(nomination, "decisionNumber")).isEqualTo("5/QĐ-STNMT");
  }

  @Test
  void shouldBeAwardedByTheProvince() {
    ProcessInstance nomination = sendToCouncil(start(provinceProposal()));

    correlateCouncilResult(nomination, true);
    assertThat(nomination).isWaitingAt(Nomination.EVENT_AWAIT_PROVINCE_DECISION);
    correlate(nomination, Nomination.MESSAGE_PROVINCE_DECISION, Map.of("provinceAwarded", true,
        "provinceDecisionNumber", "1520/QĐ-UBND", "provinceDecisionDate", "2026-12-20"));

    assertThat(nomination).isEnded().hasPassed("EndEvent_AwardedByProvince");
    assertThat(outcome(nomination)).isEqualTo("AWARDED");
    assertThat(history(nomination, "decisionNumber")).isEqualTo("1520/QĐ-UBND");
    assertThat(history(nomination, "decisionDate")).isEqualTo("2026-12-20");
  }

  @Test
  void shouldEndNotAwardedWhenTheProvinceDeclines() {
    ProcessInstance nomination = sendToCouncil(start(provinceProposal()));
    correlateCouncilResult(nomination, true);

    correlate(nomination, Nomination.MESSAGE_PROVINCE_DECISION, Map.of("provinceAwarded", false,
        "provinceDecisionNumber", "1520/QĐ-UBND", "provinceDecisionDate", "2026-12-20"));

    assertThat(nomination).isEnded().hasPassed("EndEvent_NotAwardedByProvince");
    assertThat(outcome(nomination)).isEqualTo("NOT_AWARDED_BY_PROVINCE");
  }

  @Test
  void shouldEndNotApprovedWhenTheCouncilSaysNo() {
    ProcessInstance nomination = sendToCouncil(start());

    correlateCouncilResult(nomination, false);

    assertThat(nomination).isEnded().hasPassed("EndEvent_NotApproved");
    assertThat(outcome(nomination)).isEqualTo("NOT_APPROVED");
    assertThat(history(nomination, "votesFor")).isEqualTo(3);
  }

  @Test
  void shouldEndRejectedByTheOffice() {
    ProcessInstance nomination = start();
    complete(taskOf(nomination), withVariables("submitAction", "SEND"));

    complete(taskOf(nomination), withVariables("dossierDecision", "REJECT", "officeComment", "Không thuộc đối tượng của phong trào."));

    assertThat(nomination).isEnded().hasPassed("EndEvent_Rejected");
    assertThat(outcome(nomination)).isEqualTo("REJECTED");
  }

  @Test
  void shouldGoThroughTheSupplementLoopTwice() {
    ProcessInstance nomination = start();
    complete(taskOf(nomination), withVariables("submitAction", "SEND"));

    for (int round = 1; round <= 2; round++) {
      complete(taskOf(nomination), withVariables("dossierDecision", "SUPPLEMENT", "officeComment", "Thiếu Biên bản họp, lần " + round));
      assertThat(nomination).isWaitingAt(Nomination.TASK_SUPPLEMENT_DOSSIER).task().isAssignedTo("tpqldd");
      Map<String, Object> corrected = NominationFixture.proposal();
      corrected.put("nomineeTitle", "Phó Trưởng phòng, lần " + round);
      corrected.put("supplementNote", "Đã bổ sung Biên bản họp, lần " + round);
      complete(taskOf(nomination), corrected);
      assertThat(nomination).isWaitingAt(Nomination.TASK_CHECK_DOSSIER);
    }
    complete(taskOf(nomination), withVariables("dossierDecision", "COMPLETE", "officeComment", ""));

    assertThat(nomination).isWaitingAt(Nomination.TASK_AWAIT_COUNCIL_RESULT)
        .variables().containsEntry("nomineeTitle", "Phó Trưởng phòng, lần 2");
    String history = (String) engine.getRuntimeService().getVariable(nomination.getId(), "reviewHistory");
    assertThat(history.lines()).hasSize(5);
    assertThat(history).contains("Thiếu Biên bản họp, lần 1", "Đã bổ sung Biên bản họp, lần 2", "Hồ sơ đầy đủ");
  }

  @Test
  void shouldGiveTheCheckADueDateFiveWorkingDaysAheadAndRaiseItsPriorityWhenOverdue() {
    ProcessInstance nomination = start();
    complete(taskOf(nomination), withVariables("submitAction", "SEND"));
    Task check = taskOf(nomination);
    // Friday 27 November + 5 working days = Friday 4 December, same time
    assertThat(check.getDueDate()).isEqualTo(Date.from(NOW.plusDays(7).toInstant()));
    assertThat(check.getPriority()).isEqualTo(Nomination.NORMAL_PRIORITY);

    assertThat(job(Nomination.BOUNDARY_CHECK_OVERDUE, nomination).getDuedate()).isEqualTo(check.getDueDate());
    execute(job(Nomination.BOUNDARY_CHECK_OVERDUE, nomination));

    assertThat(nomination).isWaitingAt(Nomination.TASK_CHECK_DOSSIER);
    assertThat(taskOf(nomination).getPriority()).isEqualTo(Nomination.OVERDUE_PRIORITY);
    assertThat(engine.getTaskService().createTaskQuery().dueBefore(Date.from(NOW.plusDays(8).toInstant())).count()).isOne();
  }

  @Test
  void shouldEndWithdrawnWhenTheSupplementIsNotGivenInTenWorkingDays() {
    ProcessInstance nomination = start();
    complete(taskOf(nomination), withVariables("submitAction", "SEND"));
    complete(taskOf(nomination), withVariables("dossierDecision", "SUPPLEMENT", "officeComment", "Thiếu Tờ trình"));

    // Friday 27 November + 10 working days = Friday 11 December
    assertThat(job(Nomination.BOUNDARY_SUPPLEMENT_TIMEOUT, nomination).getDuedate()).isEqualTo(Date.from(NOW.plusDays(14).toInstant()));
    execute(job(Nomination.BOUNDARY_SUPPLEMENT_TIMEOUT, nomination));

    assertThat(nomination).isEnded().hasPassed("EndEvent_SupplementTimedOut");
    assertThat(outcome(nomination)).isEqualTo("WITHDRAWN");
  }

  @Test
  void shouldLetTheUnitHeadWithdrawInTheSupplementForm() {
    ProcessInstance nomination = start();
    complete(taskOf(nomination), withVariables("submitAction", "SEND"));
    complete(taskOf(nomination), withVariables("dossierDecision", "SUPPLEMENT", "officeComment", "Thiếu Tờ trình"));

    complete(taskOf(nomination), withVariables("withdraw", true));

    assertThat(nomination).isEnded().hasPassed("EndEvent_SupplementWithdrawn");
    assertThat(outcome(nomination)).isEqualTo("WITHDRAWN");
  }

  @Test
  void shouldWithdrawByMessageBeforeTheCouncilVotes() {
    ProcessInstance duringCheck = start();
    complete(taskOf(duringCheck), withVariables("submitAction", "SEND"));
    ProcessInstance waitingForCouncil = sendToCouncil(start());

    correlate(duringCheck, Nomination.MESSAGE_WITHDRAW, Map.of());
    correlate(waitingForCouncil, Nomination.MESSAGE_WITHDRAW, Map.of());

    assertThat(duringCheck).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(waitingForCouncil).isEnded().hasPassed("EndEvent_Withdrawn");
    assertThat(outcome(waitingForCouncil)).isEqualTo("WITHDRAWN");
  }

  @Test
  void shouldRefuseWithdrawalAfterTheCouncilVoted() {
    ProcessInstance nomination = sendToCouncil(start());
    correlateCouncilResult(nomination, true);

    assertThatThrownBy(() -> correlate(nomination, Nomination.MESSAGE_WITHDRAW, Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("không thể rút đề nghị sau khi Hội đồng đã biểu quyết");
    assertThat(nomination).isWaitingAt(Nomination.EVENT_AWAIT_DECISION);
  }

  @Test
  void shouldNoteTheRequiredDocumentsAndRefuseACompleteDossierWithoutThem() {
    ProcessInstance nomination = NominationFixture.start(engine, "tpqldd", NominationFixture.proposal());
    // sent without them, as before sending needed them (SubmitDossierListener): the Office's check still does
    Mocks.register("submitDossierListener", (TaskListener) task -> { });
    complete(taskOf(nomination), withVariables("submitAction", "SEND"));
    NominationFixture.wire(engine);
    assertThat(nomination).variables().containsEntry("requiredDocuments",
        "Tờ trình: còn thiếu; Báo cáo thành tích: còn thiếu");

    Task check = taskOf(nomination);
    InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
        () -> engine.getTaskService().complete(check.getId(), Map.of("dossierDecision", "COMPLETE")));
    assertThat(refused.getMessage()).contains("(dossierDecision)", "còn thiếu Tờ trình, Báo cáo thành tích");
    assertThat(nomination).isWaitingAt(Nomination.TASK_CHECK_DOSSIER);

    NominationFixture.attachDossier(nomination);
    complete(taskOf(nomination), withVariables("dossierDecision", "COMPLETE"));
    assertThat(nomination).isWaitingAt(Nomination.TASK_AWAIT_COUNCIL_RESULT);
  }

  @Test
  void shouldRecordTheEligibilityFromTheDecisionTable() {
    Map<String, Object> weak = NominationFixture.proposal();
    weak.put("taskRating", "COMPLETED");
    ProcessInstance nomination = start(weak);
    complete(taskOf(nomination), withVariables("submitAction", "SEND"));

    assertThat(nomination).isWaitingAt(Nomination.TASK_CHECK_DOSSIER)
        .variables().containsEntry("eligible", false);
    assertThat((String) engine.getRuntimeService().getVariable(nomination.getId(), "eligibilityNotes")).contains("Điều 75");
  }

  private ProcessInstance start() {
    return start(NominationFixture.proposal());
  }

  private ProcessInstance start(Map<String, Object> variables) {
    ProcessInstance nomination = NominationFixture.start(engine, "tpqldd", variables);
    NominationFixture.attachDossier(nomination);
    return nomination;
  }

  private static Map<String, Object> provinceProposal() {
    Map<String, Object> variables = NominationFixture.proposal();
    variables.put("awardType", "PROVINCE_CERTIFICATE");
    variables.put("nomineeKind", "COLLECTIVE");
    variables.put("nomineeName", "Phòng Quản lý đất đai");
    return variables;
  }

  private ProcessInstance sendToCouncil(ProcessInstance nomination) {
    complete(taskOf(nomination), withVariables("submitAction", "SEND"));
    complete(taskOf(nomination), withVariables("dossierDecision", "COMPLETE"));
    assertThat(nomination).isWaitingAt(Nomination.TASK_AWAIT_COUNCIL_RESULT);
    return nomination;
  }

  private Task taskOf(ProcessInstance nomination) {
    return engine.getTaskService().createTaskQuery().processInstanceId(nomination.getId()).singleResult();
  }

  private void correlateCouncilResult(ProcessInstance nomination, boolean approved) {
    correlate(nomination, Nomination.MESSAGE_COUNCIL_RESULT, Map.of("councilApproved", approved,
        "votesFor", approved ? 5 : 3, "ballotsCast", 6, "councilMembers", 7, "councilSessionId", "HD-2026-01"));
  }

  private void correlate(ProcessInstance nomination, String message, Map<String, Object> variables) {
    engine.getRuntimeService().createMessageCorrelation(message)
        .processInstanceBusinessKey(nomination.getBusinessKey()).setVariables(variables).correlate();
  }

  private String outcome(ProcessInstance nomination) {
    return (String) history(nomination, "outcome");
  }

  private Object history(ProcessInstance nomination, String variable) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(nomination.getId()).variableName(variable).singleResult().getValue();
  }
}
