package vn.thiduakhenthuong.nomination;

import static org.camunda.spin.Spin.JSON;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.spin.json.SpinJsonNode;
import vn.thiduakhenthuong.nomination.Nomination.AwardType;
import vn.thiduakhenthuong.nomination.Nomination.NomineeKind;

/**
 * What the Council, the Director and the registry read about a nominee, taken from the nomination's
 * variables (as the nomination's own checks left them).
 */
public record NomineeSummary(String businessKey, String nomineeName, NomineeKind nomineeKind, String nomineeTitle,
    String unitCode, String unitName, AwardType awardType, String period, int year, String achievements,
    String eligibilityNotes, String councilSessionId) {

  /** The variables a summary reads, all in the nomination's own scope. */
  private static final String[] VARIABLES = {"nomineeName", "nomineeKind", "nomineeTitle", "unitCode", "unitName",
      "awardType", "period", "year", "achievements", "eligibilityNotes", "councilSessionId"};

  /** Process instance ids per variable query: well below the bind parameters any database takes. */
  private static final int IDS_PER_QUERY = 500;

  /**
   * The nominations of a period and year waiting at {@code activityId} (the Council's result, a decision,
   * the province's decision), by business key in key order.
   */
  public static Map<String, ProcessInstance> waiting(RuntimeService runtime, String activityId, Object period,
      Object year) {
    Map<String, ProcessInstance> waiting = new LinkedHashMap<>();
    for (ProcessInstance nomination : runtime.createProcessInstanceQuery().processDefinitionKey(Nomination.PROCESS_KEY)
        .activityIdIn(activityId).variableValueEquals(NominationFields.PERIOD, period).variableValueEquals(NominationFields.YEAR, year)
        .orderByBusinessKey().asc().list()) {
      waiting.put(nomination.getBusinessKey(), nomination);
    }
    return waiting;
  }

  /**
   * The summaries of these nominations by business key, in their order: one variable query for all of
   * them (per {@value #IDS_PER_QUERY}), not one per nomination.
   */
  public static Map<String, NomineeSummary> of(RuntimeService runtime, Collection<ProcessInstance> nominations) {
    List<String> ids = nominations.stream().map(ProcessInstance::getId).toList();
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      for (VariableInstance variable : runtime.createVariableInstanceQuery()
          .processInstanceIdIn(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).toArray(String[]::new))
          .variableNameIn(VARIABLES).disableBinaryFetching().disableCustomObjectDeserialization().list()) {
        // the instance's own scope, as RuntimeService.getVariables(processInstanceId) reads it
        if (variable.getProcessInstanceId().equals(variable.getExecutionId()) && variable.getTaskId() == null) {
          variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
              .put(variable.getName(), variable.getValue());
        }
      }
    }
    Map<String, NomineeSummary> summaries = new LinkedHashMap<>();
    for (ProcessInstance nomination : nominations) {
      Map<String, Object> v = variables.getOrDefault(nomination.getId(), Map.of());
      summaries.put(nomination.getBusinessKey(), new NomineeSummary(nomination.getBusinessKey(),
          (String) v.get("nomineeName"), NomineeKind.valueOf((String) v.get("nomineeKind")),
          (String) v.get("nomineeTitle"), (String) v.get("unitCode"), (String) v.get("unitName"),
          AwardType.valueOf((String) v.get("awardType")), (String) v.get("period"),
          ((Number) v.get("year")).intValue(), (String) v.get("achievements"), (String) v.get("eligibilityNotes"),
          (String) v.get("councilSessionId")));
    }
    return summaries;
  }

  public String optionLabel() {
    return businessKey + " – " + nomineeName + " (" + unitName + ") – " + awardType.label();
  }

  public SpinJsonNode row() {
    return JSON("{}").prop("businessKey", businessKey).prop("nomineeName", nomineeName)
        .prop("unitName", unitName).prop("awardType", awardType.name()).prop("awardTypeLabel", awardType.label())
        .prop("achievements", achievements).prop("eligibilityNotes", eligibilityNotes == null ? "" : eligibilityNotes);
  }
}
