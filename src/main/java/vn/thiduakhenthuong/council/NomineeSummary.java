package vn.thiduakhenthuong.council;

import static org.camunda.spin.Spin.JSON;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import vn.thiduakhenthuong.nomination.Nomination.AwardType;

/** What the Council reads about a nominee, taken from the nomination's variables. */
record NomineeSummary(String businessKey, String nomineeName, String unitName, AwardType awardType,
    String achievements, String eligibilityNotes) {

  static NomineeSummary of(RuntimeService runtime, ProcessInstance nomination) {
    Map<String, Object> v = runtime.getVariables(nomination.getId());
    return new NomineeSummary(nomination.getBusinessKey(), (String) v.get("nomineeName"), (String) v.get("unitName"),
        AwardType.valueOf((String) v.get("awardType")), (String) v.get("achievements"),
        (String) v.get("eligibilityNotes"));
  }

  String optionLabel() {
    return businessKey + " – " + nomineeName + " (" + unitName + ") – " + awardType.label();
  }

  SpinJsonNode row() {
    return JSON("{}").prop("businessKey", businessKey).prop("nomineeName", nomineeName)
        .prop("unitName", unitName).prop("awardType", awardType.name()).prop("awardTypeLabel", awardType.label())
        .prop("achievements", achievements).prop("eligibilityNotes", eligibilityNotes == null ? "" : eligibilityNotes);
  }
}
