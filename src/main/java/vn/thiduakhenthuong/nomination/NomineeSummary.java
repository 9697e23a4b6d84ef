package vn.thiduakhenthuong.nomination;

import static org.camunda.spin.Spin.JSON;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

  public static NomineeSummary of(RuntimeService runtime, ProcessInstance nomination) {
    Map<String, Object> v = runtime.getVariables(nomination.getId());
    return new NomineeSummary(nomination.getBusinessKey(), (String) v.get("nomineeName"),
        NomineeKind.valueOf((String) v.get("nomineeKind")), (String) v.get("nomineeTitle"),
        (String) v.get("unitCode"), (String) v.get("unitName"), AwardType.valueOf((String) v.get("awardType")),
        (String) v.get("period"), ((Number) v.get("year")).intValue(), (String) v.get("achievements"),
        (String) v.get("eligibilityNotes"), (String) v.get("councilSessionId"));
  }

  /** The nomination waiting with {@code businessKey}, or null when none waits any more. */
  public static NomineeSummary find(RuntimeService runtime, String businessKey) {
    ProcessInstance nomination = runtime.createProcessInstanceQuery().processDefinitionKey(Nomination.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey).singleResult();
    return nomination == null ? null : of(runtime, nomination);
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
