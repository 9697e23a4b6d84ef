package vn.thiduakhenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.text.Normalizer;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thiduakhenthuong.validation.InvalidInputException;

/** Every server-side rule of SPEC §4.5 and §10 with a bad value: a Vietnamese error, and nothing left behind. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"bpmn/nomination.bpmn", "bpmn/nomination-eligibility.dmn", "bpmn/award-routing.dmn"})
class NominationValidationTests {

  ProcessEngine engine;

  @BeforeEach
  void setUp() {
    ClockUtil.setCurrentTime(Date.from(NominationProcessTests.NOW.toInstant()));
    NominationFixture.wire(engine);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    Mocks.reset();
    engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).list()
        .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
  }

  static Stream<Arguments> badProposals() {
    return Stream.of(
        Arguments.of("nomineeName", null, "không được để trống"),
        Arguments.of("nomineeName", "   ", "không được để trống"),
        Arguments.of("nomineeName", "x".repeat(201), "vượt quá giới hạn 200"),
        Arguments.of("nomineeName", "<script>alert(1)</script>", "thẻ HTML"),
        Arguments.of("nomineeName", 42, "phải là chuỗi"),
        Arguments.of("nomineeTitle", null, "không được để trống"),
        Arguments.of("achievements", "a".repeat(4001), "vượt quá giới hạn 4000"),
        Arguments.of("achievements", "Tốt <img src=x onerror=alert(1)>", "thẻ HTML"),
        Arguments.of("period", "YEARLY", "không hợp lệ; chỉ chấp nhận: ANNUAL, INTERIM_2025, FINAL_2030"),
        Arguments.of("awardType", "MEDAL", "không hợp lệ"),
        Arguments.of("awardType", null, "chưa chọn"),
        Arguments.of("nomineeKind", "TEAM", "không hợp lệ"),
        Arguments.of("taskRating", "good", "không hợp lệ"),
        Arguments.of("achievementBasis", "", "chưa chọn"),
        Arguments.of("year", 2019, "phải từ 2021 đến 2030"),
        Arguments.of("year", "2026", "phải là số nguyên"),
        Arguments.of("year", 2026.5, "phải là số nguyên"),
        Arguments.of("consecutiveExcellentYears", -1, "phải từ 0 đến 50"),
        Arguments.of("initiativeCount", -3, "phải từ 0 đến 100"),
        Arguments.of("initiativeCount", null, "không được để trống"),
        Arguments.of("submissionNumber", "x".repeat(51), "vượt quá giới hạn 50"),
        Arguments.of("submissionDate", "20/11/2026", "không phải ngày hợp lệ"),
        Arguments.of("submissionDate", "2026-02-30", "không phải ngày hợp lệ"),
        Arguments.of("submissionDate", "2026-12-31", "không sau ngày hôm nay"),
        Arguments.of("unitCode", "tnn", "không phải thủ trưởng đơn vị «tnn»"),
        Arguments.of("unexpectedField", "x", "không có trường: unexpectedField"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("badProposals")
  void shouldRefuseABadProposalAndKeepNothing(String field, Object value, String message) {
    Map<String, Object> proposal = NominationFixture.proposal();
    proposal.put(field, value);

    InvalidInputException refused = startExpectingRefusal("tpqldd", proposal);

    assertThat(refused.getMessage()).contains(message);
    if (!field.equals("unexpectedField")) {
      assertThat(refused.getMessage()).contains("(" + field + ")");
    }
    assertNothingKept();
  }

  @Test
  void shouldRefuseAnInterimReviewOutsideTwentyTwentyFive() {
    Map<String, Object> proposal = NominationFixture.proposal();
    proposal.put("period", "INTERIM_2025");

    assertThat(startExpectingRefusal("tpqldd", proposal).getMessage()).contains("(year)", "2025");
    assertNothingKept();
  }

  @Test
  void shouldRefuseAStarterWhoHeadsNoUnit() {
    assertThat(startExpectingRefusal("chuyenvien", NominationFixture.proposal()).getMessage())
        .contains("thủ trưởng của một phòng");
    assertNothingKept();
  }

  @Test
  void shouldAskAHeadOfSeveralUnitsToChooseOne() {
    assertThat(startExpectingRefusal("hailanhdao", NominationFixture.proposal()).getMessage())
        .contains("(unitCode)", "(Chi cục Bảo vệ môi trường, Phòng Quản lý đất đai)");

    Map<String, Object> chosen = NominationFixture.proposal();
    chosen.put("unitCode", "mt");
    ProcessInstance nomination = NominationFixture.start(engine, "hailanhdao", chosen);
    assertThat(engine.getRuntimeService().getVariable(nomination.getId(), "unitCode")).isEqualTo("mt");
  }

  @Test
  void shouldKeepTextTypedWithCombiningMarksAsPrecomposedLetters() {
    // Unikey's «Unicode tổ hợp» and some phones send «ễ» as e, circumflex and tilde: the same name to a reader, other
    // characters to a search, a sort, a comparison or a PDF font; kept as the precomposed letters (NFC) browsers send
    String name = "Nguyễn Thị Hường";
    Map<String, Object> proposal = NominationFixture.proposal();
    proposal.put("nomineeName", "  " + Normalizer.normalize(name, Normalizer.Form.NFD) + " ");
    proposal.put("nomineeTitle", Normalizer.normalize("Chuyên viên", Normalizer.Form.NFD));
    // 200 letters as the form counts them, more characters decomposed
    String longest = "Đặng " + "ế".repeat(195);
    proposal.put("submissionNumber", Normalizer.normalize("12/TTr-QLĐĐ", Normalizer.Form.NFD));
    ProcessInstance nomination = NominationFixture.start(engine, "tpqldd", proposal);
    assertThat(engine.getRuntimeService().getVariable(nomination.getId(), "nomineeName")).isEqualTo(name);
    assertThat(engine.getRuntimeService().getVariable(nomination.getId(), "nomineeTitle")).isEqualTo("Chuyên viên");
    assertThat(engine.getRuntimeService().getVariable(nomination.getId(), "submissionNumber")).isEqualTo("12/TTr-QLĐĐ");

    Map<String, Object> long200 = NominationFixture.proposal();
    long200.put("nomineeName", Normalizer.normalize(longest, Normalizer.Form.NFD));
    ProcessInstance second = NominationFixture.start(engine, "tpqldd", long200);
    assertThat(engine.getRuntimeService().getVariable(second.getId(), "nomineeName")).isEqualTo(longest);
  }

  @Test
  void shouldRefuseAStartWithoutAUser() {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> engine.getRuntimeService().startProcessInstanceByKey("nomination", NominationFixture.proposal()));

    assertThat(refused.getMessage()).contains("đăng nhập");
    assertNothingKept();
  }

  @Test
  void shouldRefuseAnUnknownSubmitAction() {
    Task submit = taskOf(NominationFixture.start(engine, "tpqldd", NominationFixture.proposal()));

    assertRefused(submit, Map.of("submitAction", "SEND_NOW"), "(submitAction)");
  }

  @Test
  void shouldRefuseToSendADossierWithoutItsRequiredDocuments() {
    ProcessInstance nomination = NominationFixture.start(engine, "tpqldd", NominationFixture.proposal());
    Task submit = taskOf(nomination);

    assertRefused(submit, Map.of("submitAction", "SEND"),
        "(submitAction): chưa thể gửi vì hồ sơ còn thiếu Tờ trình, Báo cáo thành tích (tải lên trong thẻ «Hồ sơ»).");

    // with them it goes to the Office
    NominationFixture.attachDossier(nomination);
    engine.getTaskService().complete(submit.getId(), Map.of("submitAction", "SEND"));
    assertThat(taskOf(nomination.getId()).getTaskDefinitionKey()).isEqualTo(Nomination.TASK_CHECK_DOSSIER);
  }

  @Test
  void shouldRequireACommentToSupplementOrReject() {
    Task check = checkTask();

    assertRefused(check, Map.of("dossierDecision", "SUPPLEMENT"), "(officeComment): bắt buộc");
    assertRefused(check, Map.of("dossierDecision", "REJECT", "officeComment", " "), "(officeComment): bắt buộc");
    assertRefused(check, Map.of("dossierDecision", "OK"), "(dossierDecision)");
  }

  @Test
  void shouldRequireANoteAndValidFieldsToResubmit() {
    Task check = checkTask();
    engine.getTaskService().complete(check.getId(), Map.of("dossierDecision", "SUPPLEMENT", "officeComment", "Thiếu hồ sơ"));
    Task supplement = taskOf(check.getProcessInstanceId());

    assertRefused(supplement, Map.of(), "(supplementNote)");
    assertRefused(supplement, Map.of("supplementNote", "Đã bổ sung", "nomineeName", ""), "(nomineeName)");
    assertRefused(supplement, Map.of("supplementNote", "Đã bổ sung", "unitCode", "tnn"), "(unitCode)");
    assertRefused(supplement, Map.of("withdraw", "yes"), "(withdraw)");
  }

  @Test
  void shouldRefuseAnIncompleteCouncilResult() {
    Task check = checkTask();
    engine.getTaskService().complete(check.getId(), Map.of("dossierDecision", "COMPLETE"));
    String businessKey = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(check.getProcessInstanceId()).singleResult().getBusinessKey();

    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> engine.getRuntimeService().createMessageCorrelation("CouncilResult").processInstanceBusinessKey(businessKey)
            .setVariables(Map.of("councilApproved", true, "votesFor", 9, "ballotsCast", 6, "councilMembers", 7,
                "councilSessionId", "HD-1"))
            .correlate());

    assertThat(refused.getMessage()).contains("(votesFor)", "từ 0 đến 6");
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(businessKey)
        .activityId(Nomination.TASK_AWAIT_COUNCIL_RESULT).count()).isOne();
    assertThat(engine.getRuntimeService().getVariable(check.getProcessInstanceId(), "councilApproved")).isNull();
  }

  private Task checkTask() {
    ProcessInstance nomination = NominationFixture.start(engine, "tpqldd", NominationFixture.proposal());
    NominationFixture.attachDossier(nomination);
    Task submit = taskOf(nomination);
    engine.getTaskService().complete(submit.getId(), Map.of("submitAction", "SEND"));
    return taskOf(submit.getProcessInstanceId());
  }

  private void assertRefused(Task task, Map<String, Object> variables, String message) {
    Map<String, Object> before = engine.getRuntimeService().getVariables(task.getProcessInstanceId());
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> engine.getTaskService().complete(task.getId(), variables));

    assertThat(refused).as("refused: " + variables).isNotNull();
    assertThat(refused.getMessage()).contains(message);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task stays").isOne();
    assertThat(engine.getRuntimeService().getVariables(task.getProcessInstanceId())).isEqualTo(before);
  }

  private InvalidInputException startExpectingRefusal(String user, Map<String, Object> proposal) {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> NominationFixture.start(engine, user, proposal));
    assertThat(refused).as("refused").isNotNull();
    return refused;
  }

  private void assertNothingKept() {
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().count()).isZero();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).count())
        .isZero();
  }

  private Task taskOf(ProcessInstance nomination) {
    return taskOf(nomination.getId());
  }

  private Task taskOf(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }
}
