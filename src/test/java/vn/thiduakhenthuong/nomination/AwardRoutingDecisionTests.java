package vn.thiduakhenthuong.nomination;

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
 * Row-by-row tests of {@code bpmn/award-routing.dmn}: who decides the award (Luật Thi đua, khen thưởng
 * 2022, Điều 74, 75 and 80).
 */
class AwardRoutingDecisionTests {

  private static final String RESOURCE = "bpmn/award-routing.dmn";
  private static final String DECISION_KEY = "award-routing";

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
  void shouldRouteDirectorCertificateToTheDirector() {
    DmnDecisionResult result = evaluate(award("DIRECTOR_CERTIFICATE"));

    assertThat(result).hasSize(1);
    assertThat(result.<String>getSingleEntry()).isEqualTo("DIRECTOR");
    assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("awardRoute");
  }

  @Test
  void shouldRouteProvinceCertificateToTheProvince() {
    DmnDecisionResult result = evaluate(award("PROVINCE_CERTIFICATE"));

    assertThat(result).hasSize(1);
    assertThat(result.<String>getSingleEntry()).isEqualTo("PROVINCE");
    assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("awardRoute");
  }

  @Test
  void shouldRouteNoUnknownAwardType() {
    assertThat(evaluate(award("CHIEN_SI_THI_DUA_CO_SO"))).isEmpty();
    assertThat(evaluate(award(null))).isEmpty();
  }

  @Test
  void shouldDeclareTheContractOfTheDecision() throws IOException {
    DmnModelInstance model = DecisionTableFile.model(RESOURCE);
    Decision modelDecision = model.getModelElementById(DECISION_KEY);
    DecisionTable table = (DecisionTable) modelDecision.getExpression();

    assertThat(modelDecision.getName()).isEqualTo("Thẩm quyền khen thưởng");
    assertThat(modelDecision.getCamundaHistoryTimeToLiveString()).isEqualTo("180");
    assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
    assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getText().getTextContent())
        .containsExactly("awardType");
    assertThat(table.getOutputs()).extracting(output -> output.getName() + ":" + output.getTypeRef())
        .containsExactly("awardRoute:string");
  }

  @Test
  void shouldCiteTheLegalSourceInTheAnnotationOfEveryRule() throws IOException {
    Map<String, String> annotations = DecisionTableFile.model(RESOURCE).getModelElementsByType(Rule.class).stream()
        .collect(Collectors.toMap(Rule::getId, rule -> rule.getDescription().getTextContent()));

    assertThat(annotations).containsOnlyKeys("Rule_DirectorCertificate", "Rule_ProvinceCertificate");
    assertThat(annotations.get("Rule_DirectorCertificate"))
        .contains("Giám đốc Sở")
        .contains("Luật Thi đua, khen thưởng 2022, Điều 75")
        .contains("Điều 80");
    assertThat(annotations.get("Rule_ProvinceCertificate"))
        .contains("Chủ tịch UBND tỉnh")
        .contains("Luật Thi đua, khen thưởng 2022, Điều 74, 80");
  }

  private static VariableMap award(String awardType) {
    return Variables.createVariables().putValue("awardType", awardType);
  }

  private static DmnDecisionResult evaluate(VariableMap variables) {
    return engine.evaluateDecision(decision, variables);
  }
}
