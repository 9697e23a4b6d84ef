package vn.thiduakhenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thiduakhenthuong.DecisionTableFile;

/**
 * Row-by-row tests of {@code bpmn/nomination-eligibility.dmn} (SPEC §5), on the plain DMN engine.
 *
 * <p>Sources: Luật Thi đua, khen thưởng 2022 (số 06/2022/QH15), Điều 75 (Giấy khen) and Điều 74
 * (Bằng khen của Chủ tịch UBND cấp tỉnh). Each test also checks which row of the FIRST table
 * matched, so a row that shadows another is caught even when both give the same output.
 */
class NominationEligibilityDecisionTests {

  private static final String RESOURCE = "bpmn/nomination-eligibility.dmn";
  private static final String DECISION_KEY = "nomination-eligibility";

  private static final String GIAY_KHEN_ARTICLE = "Luật Thi đua, khen thưởng 2022, Điều 75";
  private static final String BANG_KHEN_ARTICLE = "Luật Thi đua, khen thưởng 2022, Điều 74";
  private static final String MANUAL_CHECK_NOTE =
      "Không xác định được tiêu chuẩn; Văn phòng Sở kiểm tra thủ công.";

  /** Ids of the rules that matched the last evaluation, filled by the engine's listener. */
  private static final List<String> matchedRules = new ArrayList<>();

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    DmnDecisionTableEvaluationListener recordMatchedRules = event -> {
      matchedRules.clear();
      event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matchedRules::add);
    };
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
        .customPostDecisionTableEvaluationListeners(List.of(recordMatchedRules))
        .buildEngine();
    try (InputStream dmn = DecisionTableFile.open(RESOURCE)) {
      decision = engine.parseDecision(DECISION_KEY, dmn);
    }
  }

  // ---------------------------------------------------------------- Giấy khen (Điều 75)

  @ParameterizedTest(name = "{0} rated {1}")
  @CsvSource({"INDIVIDUAL, GOOD", "INDIVIDUAL, EXCELLENT", "COLLECTIVE, GOOD", "COLLECTIVE, EXCELLENT"})
  void shouldFindNomineeRatedGoodOrBetterEligibleForDirectorCertificate(String kind, String rating) {
    Evaluation result = evaluate(nomination()
        .awardType("DIRECTOR_CERTIFICATE").nomineeKind(kind).taskRating(rating));

    assertThat(result.matchedRule()).isEqualTo("Rule_DirectorEligible");
    assertThat(result.eligible()).isTrue();
    assertThat(result.notes())
        .startsWith("Đủ tiêu chuẩn")
        .contains("Giấy khen của Giám đốc Sở")
        .contains(GIAY_KHEN_ARTICLE);
  }

  @Test
  void shouldNotAskForConsecutiveYearsOrInitiativesForDirectorCertificate() {
    Evaluation result = evaluate(nomination()
        .awardType("DIRECTOR_CERTIFICATE").achievementBasis("CONSECUTIVE_YEARS").taskRating("GOOD")
        .consecutiveExcellentYears(0).initiativeCount(0));

    assertThat(result.matchedRule()).isEqualTo("Rule_DirectorEligible");
    assertThat(result.eligible()).isTrue();
    assertThat(result.notes()).contains(GIAY_KHEN_ARTICLE);
  }

  @ParameterizedTest(name = "rated {0}")
  @ValueSource(strings = {"COMPLETED", "NOT_COMPLETED"})
  void shouldFindNomineeRatedBelowGoodNotEligibleForDirectorCertificate(String rating) {
    Evaluation result = evaluate(nomination()
        .awardType("DIRECTOR_CERTIFICATE").taskRating(rating).consecutiveExcellentYears(5).initiativeCount(5));

    assertThat(result.matchedRule()).isEqualTo("Rule_DirectorNotEligible");
    assertThat(result.eligible()).isFalse();
    assertThat(result.notes())
        .startsWith("Chưa đủ tiêu chuẩn")
        .contains("hoàn thành tốt nhiệm vụ trở lên")
        .contains(GIAY_KHEN_ARTICLE);
  }

  @Test
  void shouldFindUnratedNomineeNotEligibleForDirectorCertificate() {
    Evaluation result = evaluate(nomination().awardType("DIRECTOR_CERTIFICATE").taskRating(null));

    assertThat(result.matchedRule()).isEqualTo("Rule_DirectorNotEligible");
    assertThat(result.eligible()).isFalse();
    assertThat(result.notes()).contains(GIAY_KHEN_ARTICLE);
  }

  // ---------------------------------------------------------------- Bằng khen, phong trào / đột xuất (Điều 74)

  @ParameterizedTest(name = "{0}, {1}, rated {2}")
  @CsvSource({
      "MOVEMENT, INDIVIDUAL, GOOD",
      "MOVEMENT, COLLECTIVE, EXCELLENT",
      "AD_HOC, INDIVIDUAL, EXCELLENT",
      "AD_HOC, COLLECTIVE, GOOD"})
  void shouldFindMovementOrAdHocAchievementRatedGoodOrBetterEligibleForProvinceCertificate(
      String basis, String kind, String rating) {
    Evaluation result = evaluate(nomination()
        .awardType("PROVINCE_CERTIFICATE").achievementBasis(basis).nomineeKind(kind).taskRating(rating)
        .consecutiveExcellentYears(0).initiativeCount(0));

    assertThat(result.matchedRule()).isEqualTo("Rule_ProvinceMovementEligible");
    assertThat(result.eligible()).isTrue();
    assertThat(result.notes())
        .startsWith("Đủ tiêu chuẩn")
        .contains("Bằng khen của Chủ tịch UBND tỉnh")
        .contains(BANG_KHEN_ARTICLE);
  }

  @ParameterizedTest(name = "{0}, rated {1}")
  @CsvSource({
      "MOVEMENT, COMPLETED",
      "MOVEMENT, NOT_COMPLETED",
      "AD_HOC, COMPLETED",
      "AD_HOC, NOT_COMPLETED"})
  void shouldFindMovementOrAdHocAchievementRatedBelowGoodNotEligibleForProvinceCertificate(
      String basis, String rating) {
    Evaluation result = evaluate(nomination()
        .awardType("PROVINCE_CERTIFICATE").achievementBasis(basis).taskRating(rating));

    assertThat(result.matchedRule()).isEqualTo("Rule_ProvinceMovementNotEligible");
    assertThat(result.eligible()).isFalse();
    assertThat(result.notes())
        .startsWith("Chưa đủ tiêu chuẩn")
        .contains("hoàn thành tốt nhiệm vụ trở lên")
        .contains(BANG_KHEN_ARTICLE);
  }

  // ---------------------------------------------------------------- Bằng khen, nhiều năm liên tục, cá nhân (Điều 74)

  @Test
  void shouldFindIndividualWithTwoExcellentYearsAndTwoInitiativesEligibleForProvinceCertificate() {
    Evaluation result = evaluate(consecutiveYears("INDIVIDUAL").consecutiveExcellentYears(2).initiativeCount(2));

    assertThat(result.matchedRule()).isEqualTo("Rule_ProvinceConsecutiveIndividualEligible");
    assertThat(result.eligible()).isTrue();
    assertThat(result.notes())
        .startsWith("Đủ tiêu chuẩn")
        .contains("cá nhân")
        .contains(BANG_KHEN_ARTICLE);
  }

  @Test
  void shouldFindIndividualWithMoreThanTwoExcellentYearsAndInitiativesEligibleForProvinceCertificate() {
    Evaluation result = evaluate(consecutiveYears("INDIVIDUAL").consecutiveExcellentYears(5).initiativeCount(3));

    assertThat(result.matchedRule()).isEqualTo("Rule_ProvinceConsecutiveIndividualEligible");
    assertThat(result.eligible()).isTrue();
    assertThat(result.notes()).contains(BANG_KHEN_ARTICLE);
  }

  @Test
  void shouldFindIndividualWithOneExcellentYearNotEligibleForProvinceCertificate() {
    Evaluation result = evaluate(consecutiveYears("INDIVIDUAL").consecutiveExcellentYears(1).initiativeCount(2));

    assertIndividualConsecutiveYearsNotEligible(result);
  }

  @Test
  void shouldFindIndividualWithOneInitiativeNotEligibleForProvinceCertificate() {
    Evaluation result = evaluate(consecutiveYears("INDIVIDUAL").consecutiveExcellentYears(2).initiativeCount(1));

    assertIndividualConsecutiveYearsNotEligible(result);
  }

  @Test
  void shouldFindIndividualWithoutExcellentYearsOrInitiativesNotEligibleForProvinceCertificate() {
    Evaluation result = evaluate(consecutiveYears("INDIVIDUAL").consecutiveExcellentYears(0).initiativeCount(0));

    assertIndividualConsecutiveYearsNotEligible(result);
  }

  @Test
  void shouldFindIndividualWithUnknownCountsNotEligibleForProvinceCertificate() {
    Evaluation result = evaluate(consecutiveYears("INDIVIDUAL").consecutiveExcellentYears(null).initiativeCount(null));

    assertIndividualConsecutiveYearsNotEligible(result);
  }

  private static void assertIndividualConsecutiveYearsNotEligible(Evaluation result) {
    assertThat(result.matchedRule()).isEqualTo("Rule_ProvinceConsecutiveIndividualNotEligible");
    assertThat(result.eligible()).isFalse();
    assertThat(result.notes())
        .startsWith("Chưa đủ tiêu chuẩn")
        .contains("ít nhất 2 năm liên tục hoàn thành xuất sắc nhiệm vụ")
        .contains("ít nhất 2 sáng kiến")
        .contains(BANG_KHEN_ARTICLE);
  }

  // ---------------------------------------------------------------- Bằng khen, nhiều năm liên tục, tập thể (Điều 74)

  @Test
  void shouldFindCollectiveWithTwoExcellentYearsEligibleForProvinceCertificateWithoutInitiatives() {
    Evaluation result = evaluate(consecutiveYears("COLLECTIVE").consecutiveExcellentYears(2).initiativeCount(0));

    assertThat(result.matchedRule()).isEqualTo("Rule_ProvinceConsecutiveCollectiveEligible");
    assertThat(result.eligible()).isTrue();
    assertThat(result.notes())
        .startsWith("Đủ tiêu chuẩn")
        .contains("tập thể")
        .contains(BANG_KHEN_ARTICLE);
  }

  @Test
  void shouldFindCollectiveWithOneExcellentYearNotEligibleForProvinceCertificate() {
    Evaluation result = evaluate(consecutiveYears("COLLECTIVE").consecutiveExcellentYears(1).initiativeCount(3));

    assertThat(result.matchedRule()).isEqualTo("Rule_ProvinceConsecutiveCollectiveNotEligible");
    assertThat(result.eligible()).isFalse();
    assertThat(result.notes())
        .startsWith("Chưa đủ tiêu chuẩn")
        .contains("ít nhất 2 năm liên tục hoàn thành xuất sắc nhiệm vụ")
        .doesNotContain("sáng kiến")
        .contains(BANG_KHEN_ARTICLE);
  }

  // ---------------------------------------------------------------- no rule applies

  @Test
  void shouldLeaveNominationWithoutAwardTypeToTheOffice() {
    assertLeftToTheOffice(evaluate(nomination().awardType(null)));
  }

  @Test
  void shouldLeaveUnknownAwardTypeToTheOffice() {
    assertLeftToTheOffice(evaluate(nomination().awardType("CHIEN_SI_THI_DUA_CO_SO")));
  }

  @Test
  void shouldLeaveProvinceCertificateWithoutAchievementBasisToTheOffice() {
    assertLeftToTheOffice(evaluate(nomination().awardType("PROVINCE_CERTIFICATE").achievementBasis(null)));
  }

  @Test
  void shouldLeaveConsecutiveYearsNominationWithoutNomineeKindToTheOffice() {
    assertLeftToTheOffice(evaluate(consecutiveYears(null).consecutiveExcellentYears(3).initiativeCount(3)));
  }

  private static void assertLeftToTheOffice(Evaluation result) {
    assertThat(result.matchedRule()).isEqualTo("Rule_Unknown");
    assertThat(result.eligible()).isFalse();
    assertThat(result.notes()).isEqualTo(MANUAL_CHECK_NOTE);
  }

  // ---------------------------------------------------------------- the model itself

  @Test
  void shouldDeclareTheContractOfTheDecision() throws IOException {
    DmnModelInstance model;
    try (InputStream dmn = DecisionTableFile.open(RESOURCE)) {
      model = Dmn.readModelFromStream(dmn);
    }
    Decision modelDecision = model.getModelElementById(DECISION_KEY);
    DecisionTable table = (DecisionTable) modelDecision.getExpression();

    assertThat(modelDecision.getName()).isEqualTo("Tiêu chuẩn khen thưởng");
    assertThat(modelDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("180");
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getText().getTextContent())
        .containsExactly("awardType", "nomineeKind", "taskRating", "achievementBasis",
            "consecutiveExcellentYears", "initiativeCount");
    assertThat(table.getInputs()).extracting(Input::getId)
        .containsExactly("Input_AwardType", "Input_NomineeKind", "Input_TaskRating", "Input_AchievementBasis",
            "Input_ConsecutiveExcellentYears", "Input_InitiativeCount");
    assertThat(table.getOutputs()).extracting(output -> output.getName() + ":" + output.getTypeRef())
        .containsExactly("eligible:boolean", "eligibilityNotes:string");
    assertThat(decision.getName()).isEqualTo("Tiêu chuẩn khen thưởng");
  }

  @Test
  void shouldCiteTheLegalSourceInTheAnnotationOfEveryRule() throws IOException {
    DmnModelInstance model;
    try (InputStream dmn = DecisionTableFile.open(RESOURCE)) {
      model = Dmn.readModelFromStream(dmn);
    }
    Map<String, String> annotations = model.getModelElementsByType(Rule.class).stream()
        .collect(Collectors.toMap(Rule::getId, rule -> rule.getDescription().getTextContent()));

    assertThat(annotations).containsOnlyKeys(
        "Rule_DirectorEligible", "Rule_DirectorNotEligible",
        "Rule_ProvinceMovementEligible", "Rule_ProvinceMovementNotEligible",
        "Rule_ProvinceConsecutiveIndividualEligible", "Rule_ProvinceConsecutiveIndividualNotEligible",
        "Rule_ProvinceConsecutiveCollectiveEligible", "Rule_ProvinceConsecutiveCollectiveNotEligible",
        "Rule_Unknown");
    annotations.forEach((id, annotation) -> {
      if (id.startsWith("Rule_Director")) {
        assertThat(annotation).as(id).contains(GIAY_KHEN_ARTICLE);
      } else if (id.startsWith("Rule_Province")) {
        assertThat(annotation).as(id).contains(BANG_KHEN_ARTICLE);
      } else {
        assertThat(annotation).as(id).contains("Văn phòng Sở kiểm tra thủ công");
      }
    });
  }

  // ---------------------------------------------------------------- fixture

  /** A nomination for a Giấy khen: an individual rated GOOD for a movement achievement. */
  private static NominationInput nomination() {
    return new NominationInput();
  }

  /** A nomination for a Bằng khen on the basis of several consecutive years; counts left to the test. */
  private static NominationInput consecutiveYears(String nomineeKind) {
    return nomination()
        .awardType("PROVINCE_CERTIFICATE")
        .achievementBasis("CONSECUTIVE_YEARS")
        .nomineeKind(nomineeKind)
        .taskRating("EXCELLENT");
  }

  private static Evaluation evaluate(NominationInput input) {
    matchedRules.clear();
    DmnDecisionResultEntries output = engine.evaluateDecision(decision, input.toVariables()).getSingleResult();
    assertThat(matchedRules).as("rows matched by the FIRST hit policy").hasSize(1);
    return new Evaluation(matchedRules.get(0), output.getEntry("eligible"), output.getEntry("eligibilityNotes"));
  }


  private record Evaluation(String matchedRule, Boolean eligible, String notes) {
  }

  /** The decision's input variables, as the nomination process passes them. */
  private static final class NominationInput {
    private String awardType = "DIRECTOR_CERTIFICATE";
    private String nomineeKind = "INDIVIDUAL";
    private String taskRating = "GOOD";
    private String achievementBasis = "MOVEMENT";
    private Integer consecutiveExcellentYears = 0;
    private Integer initiativeCount = 0;

    NominationInput awardType(String value) {
      awardType = value;
      return this;
    }

    NominationInput nomineeKind(String value) {
      nomineeKind = value;
      return this;
    }

    NominationInput taskRating(String value) {
      taskRating = value;
      return this;
    }

    NominationInput achievementBasis(String value) {
      achievementBasis = value;
      return this;
    }

    NominationInput consecutiveExcellentYears(Integer value) {
      consecutiveExcellentYears = value;
      return this;
    }

    NominationInput initiativeCount(Integer value) {
      initiativeCount = value;
      return this;
    }

    VariableMap toVariables() {
      return Variables.createVariables()
          .putValue("awardType", awardType)
          .putValue("nomineeKind", nomineeKind)
          .putValue("taskRating", taskRating)
          .putValue("achievementBasis", achievementBasis)
          .putValue("consecutiveExcellentYears", consecutiveExcellentYears)
          .putValue("initiativeCount", initiativeCount);
    }
  }
}
