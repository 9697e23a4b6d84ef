package vn.thiduakhenthuong.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.junit.jupiter.api.Test;
import vn.thiduakhenthuong.DecisionTableFile;

/**
 * The FEEL engine that keeps its built-in functions and parsed expressions must decide exactly as
 * feel-scala does: every decision table of bpmn/ over every combination of the values its rules
 * name (and one value none names, and none at all), once with each engine; a large table through an
 * odd stride of its combinations.
 */
class ReusedFeelFunctionsTests {

  static final List<String> TABLES = List.of("bpmn/nomination-eligibility.dmn", "bpmn/council-rules.dmn",
      "bpmn/award-routing.dmn");
  static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  static final Pattern NUMBER = Pattern.compile("-?\\d+");

  final DmnEngine feelScala = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  final DmnEngine reusing = reusingEngine();

  static DmnEngine reusingEngine() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new ReusedFeelFunctionsPlugin.Factory(configuration));
    return configuration.buildEngine();
  }

  @Test
  void everyTableDecidesAsFeelScalaDoesForEveryCombination() {
    int compared = 0;
    for (String table : TABLES) {
      DmnModelInstance model = DecisionTableFile.model(table);
      Map<String, List<Object>> values = candidateValues(model);
      DmnDecision expected = feelScala.parseDecisions(DecisionTableFile.open(table)).get(0);
      DmnDecision actual = reusing.parseDecisions(DecisionTableFile.open(table)).get(0);
      List<Map<String, Object>> all = combinations(values);
      // every combination of a small table; an odd stride through a large one (seconds, not minutes)
      int stride = Math.max(1, all.size() / 1000) | 1;
      for (int i = 0; i < all.size(); i += stride) {
        Map<String, Object> inputs = all.get(i);
        assertThat(outcome(reusing, actual, inputs)).as(table + " " + inputs)
            .isEqualTo(outcome(feelScala, expected, inputs));
        compared++;
      }
    }
    assertThat(compared).as("combinations compared").isGreaterThan(500);
    System.out.println("FEEL: " + compared + " combinations decided alike by both engines");
  }

  @Test
  void aFailingExpressionFailsWithFeelScalasOwnMessage() {
    FeelEngine ours = new ReusedFeelFunctionsPlugin.Factory(
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration()).createInstance();
    FeelEngine theirs = new org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory().createInstance();
    var context = Variables.createVariables().putValue("x", 2).asVariableContext();
    assertThat((Object) ours.evaluateSimpleExpression("x * 21", context)).isEqualTo(42L);
    assertThat(ours.evaluateSimpleUnaryTests(">= 2", "x", context)).isTrue();
    assertThat(ours.evaluateSimpleUnaryTests("\"A\",\"B\"", "x", context)).isFalse();
    // feel-scala answers null for an unknown function (and collects a failure): so must we
    assertThat((Object) ours.evaluateSimpleExpression("no_such_function(x)", context))
        .isEqualTo(theirs.evaluateSimpleExpression("no_such_function(x)", context));
    assertThatThrownBy(() -> ours.evaluateSimpleExpression("x +", context))
        .hasMessage(messageOf(() -> theirs.evaluateSimpleExpression("x +", context)));
    assertThatThrownBy(() -> ours.evaluateSimpleUnaryTests(">= ", "x", context))
        .hasMessage(messageOf(() -> theirs.evaluateSimpleUnaryTests(">= ", "x", context)));
  }

  private static String messageOf(Runnable failing) {
    try {
      failing.run();
    } catch (RuntimeException failure) {
      return failure.getMessage();
    }
    throw new AssertionError("expected feel-scala to fail");
  }

  private static Object outcome(DmnEngine engine, DmnDecision decision, Map<String, Object> inputs) {
    try {
      return engine.evaluateDecisionTable(decision, Variables.fromMap(inputs)).getResultList();
    } catch (RuntimeException failure) {
      return failure.getClass().getName() + ": " + failure.getMessage();
    }
  }

  /** Per input column: the values its rules name, one more, and null. */
  private static Map<String, List<Object>> candidateValues(DmnModelInstance model) {
    Map<String, List<Object>> values = new LinkedHashMap<>();
    List<Input> inputs = new ArrayList<>(model.getModelElementsByType(Input.class));
    List<InputEntry> entries = new ArrayList<>(model.getModelElementsByType(InputEntry.class));
    for (int column = 0; column < inputs.size(); column++) {
      Input input = inputs.get(column);
      boolean integer = "integer".equals(input.getInputExpression().getTypeRef());
      Set<Object> named = new LinkedHashSet<>();
      for (int i = column; i < entries.size(); i += inputs.size()) {
        String text = entries.get(i).getText().getTextContent();
        Matcher matcher = (integer ? NUMBER : QUOTED).matcher(text);
        while (matcher.find()) {
          if (integer) {
            int n = Integer.parseInt(matcher.group());
            named.addAll(List.of(n - 1, n));
          } else {
            named.add(matcher.group(1));
          }
        }
      }
      named.add(integer ? 0 : "KHAC");
      List<Object> candidates = new ArrayList<>(named);
      candidates.add(null);
      values.put(input.getInputExpression().getText().getTextContent().trim(), candidates);
    }
    return values;
  }

  private static List<Map<String, Object>> combinations(Map<String, List<Object>> values) {
    List<Map<String, Object>> combinations = new ArrayList<>();
    combinations.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<Object>> column : values.entrySet()) {
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> partial : combinations) {
        for (Object value : column.getValue()) {
          Map<String, Object> extended = new LinkedHashMap<>(partial);
          extended.put(column.getKey(), value);
          next.add(extended);
        }
      }
      combinations = next;
    }
    return combinations;
  }
}
