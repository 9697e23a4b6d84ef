package vn.thiduakhenthuong.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thiduakhenthuong.DecisionTableFile;

/**
 * Row-by-row tests of {@code bpmn/council-rules.dmn}: the quorum and approval thresholds of the Council
 * (Hội đồng Thi đua - Khen thưởng), both counted against ALL members (SPEC §5; provincial TĐKT regulations
 * after Nghị định 152/2025/NĐ-CP, "biểu quyết theo đa số").
 */
class CouncilRulesDecisionTests {

  private static final String RESOURCE = "bpmn/council-rules.dmn";
  private static final String DECISION_KEY = "council-rules";
  private static final String CITATION =
      "Quy chế hoạt động của Hội đồng TĐKT cấp tỉnh sau Nghị định 152/2025/NĐ-CP (biểu quyết theo đa số)";
  private static final int COUNCIL_MEMBERS = 7;

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = DecisionTableFile.open(RESOURCE)) {
      decision = engine.parseDecision(DECISION_KEY, dmn);
    }
  }

  @Test
  void shouldGiveTwoThirdsQuorumAndHalfApprovalForDirectorCertificate() {
    DmnDecisionResult result = evaluate(award("DIRECTOR_CERTIFICATE"));

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "quorumNumerator", 2,
        "quorumDenominator", 3,
        "approvalNumerator", 1,
        "approvalDenominator", 2));
  }

  @Test
  void shouldGiveTwoThirdsQuorumAndHalfApprovalForProvinceCertificate() {
    DmnDecisionResult result = evaluate(award("PROVINCE_CERTIFICATE"));

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "quorumNumerator", 2,
        "quorumDenominator", 3,
        "approvalNumerator", 1,
        "approvalDenominator", 2));
  }

  @Test
  void shouldGiveNoRulesForUnknownAwardType() {
    assertThat(evaluate(award("CHIEN_SI_THI_DUA_CO_SO"))).isEmpty();
    assertThat(evaluate(award(null))).isEmpty();
  }

  @Test
  void shouldReachQuorumWithFiveOfSevenBallots() {
    for (String awardType : new String[] {"DIRECTOR_CERTIFICATE", "PROVINCE_CERTIFICATE"}) {
      assertThat(rules(awardType).hasQuorum(5, COUNCIL_MEMBERS)).as(awardType).isTrue();
    }
  }

  @Test
  void shouldMissQuorumWithFourOfSevenBallots() {
    for (String awardType : new String[] {"DIRECTOR_CERTIFICATE", "PROVINCE_CERTIFICATE"}) {
      assertThat(rules(awardType).hasQuorum(4, COUNCIL_MEMBERS)).as(awardType).isFalse();
    }
  }

  @Test
  void shouldApproveWithFourOfSevenVotesFor() {
    for (String awardType : new String[] {"DIRECTOR_CERTIFICATE", "PROVINCE_CERTIFICATE"}) {
      assertThat(rules(awardType).isApproved(4, COUNCIL_MEMBERS)).as(awardType).isTrue();
    }
  }

  @Test
  void shouldNotApproveWithThreeOfSevenVotesFor() {
    for (String awardType : new String[] {"DIRECTOR_CERTIFICATE", "PROVINCE_CERTIFICATE"}) {
      assertThat(rules(awardType).isApproved(3, COUNCIL_MEMBERS)).as(awardType).isFalse();
    }
  }

  @Test
  void shouldDeclareTheContractOfTheDecision() throws IOException {
    DmnModelInstance model = DecisionTableFile.model(RESOURCE);
    Decision modelDecision = model.getModelElementById(DECISION_KEY);
    DecisionTable table = (DecisionTable) modelDecision.getExpression();

    assertThat(modelDecision.getName()).isEqualTo("Quy tắc biểu quyết của Hội đồng");
    assertThat(modelDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("180");
    assertThat(modelDecision.getDescription().getTextContent())
        .contains("ballotsCast × quorumDenominator ≥ councilMembers × quorumNumerator")
        .contains("votesFor × approvalDenominator > councilMembers × approvalNumerator")
        .contains(CITATION);
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getText().getTextContent())
        .containsExactly("awardType");
    assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getTypeRef())
        .containsExactly("string");
    assertThat(table.getOutputs()).extracting(output -> output.getName() + ":" + output.getTypeRef())
        .containsExactly("quorumNumerator:integer", "quorumDenominator:integer",
            "approvalNumerator:integer", "approvalDenominator:integer");
  }

  @Test
  void shouldCiteTheSourceInTheAnnotationOfEveryRule() throws IOException {
    Map<String, String> annotations = DecisionTableFile.model(RESOURCE).getModelElementsByType(Rule.class).stream()
        .collect(Collectors.toMap(Rule::getId, rule -> rule.getDescription().getTextContent()));

    assertThat(annotations).containsOnlyKeys("Rule_DirectorCertificate", "Rule_ProvinceCertificate");
    assertThat(annotations.values()).allSatisfy(annotation -> assertThat(annotation)
        .contains("ít nhất 2/3 tổng số thành viên Hội đồng bỏ phiếu")
        .contains("quá 1/2 tổng số thành viên Hội đồng đồng ý")
        .contains(CITATION));
    assertThat(annotations.get("Rule_DirectorCertificate")).contains("Giấy khen");
    assertThat(annotations.get("Rule_ProvinceCertificate")).contains("Bằng khen");
  }

  /** The thresholds of one award type, applied the way the council-session process applies them. */
  private record CouncilRules(int quorumNumerator, int quorumDenominator,
      int approvalNumerator, int approvalDenominator) {

    boolean hasQuorum(int ballotsCast, int councilMembers) {
      return ballotsCast * quorumDenominator >= councilMembers * quorumNumerator;
    }

    boolean isApproved(int votesFor, int councilMembers) {
      return votesFor * approvalDenominator > councilMembers * approvalNumerator;
    }
  }

  private static CouncilRules rules(String awardType) {
    Map<String, Object> entries = evaluate(award(awardType)).getSingleResult().getEntryMap();
    return new CouncilRules(
        (Integer) entries.get("quorumNumerator"),
        (Integer) entries.get("quorumDenominator"),
        (Integer) entries.get("approvalNumerator"),
        (Integer) entries.get("approvalDenominator"));
  }

  private static VariableMap award(String awardType) {
    return Variables.createVariables().putValue("awardType", awardType);
  }

  private static DmnDecisionResult evaluate(VariableMap variables) {
    return engine.evaluateDecision(decision, variables);
  }
}
