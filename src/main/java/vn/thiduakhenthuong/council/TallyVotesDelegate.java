package vn.thiduakhenthuong.council;

import static org.camunda.spin.Spin.JSON;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * {@code Task_TallyVotes}: ballots cast, and per nominee the votes for and the result under the
 * decision table {@code council-rules} of its award type (quorum and approval counted against ALL
 * members, SPEC §5). Writes the results table and the minutes text.
 */
@Component
public class TallyVotesDelegate implements JavaDelegate {

  private final CouncilStore store;

  public TallyVotesDelegate(CouncilStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String sessionId = (String) execution.getVariable(Council.SESSION_ID);
    int members = (Integer) execution.getVariable(Council.MEMBER_COUNT);
    List<String> voters = store.voters(sessionId);
    Map<String, Integer> tally = store.tally(sessionId);
    boolean quorum = true;
    SpinJsonNode results = JSON("[]");
    for (SpinJsonNode row : ((SpinJsonNode) execution.getVariable(Council.AGENDA)).elements()) {
      String key = row.prop("businessKey").stringValue();
      DmnDecisionResultEntries rules = execution.getProcessEngineServices().getDecisionService()
          .evaluateDecisionByKey("council-rules")
          .variables(Variables.putValue("awardType", row.prop("awardType").stringValue()))
          .evaluate().getSingleResult();
      boolean nomineeQuorum = voters.size() * number(rules, "quorumDenominator")
          >= members * number(rules, "quorumNumerator");
      int votesFor = tally.getOrDefault(key, 0);
      boolean approved = nomineeQuorum
          && votesFor * number(rules, "approvalDenominator") > members * number(rules, "approvalNumerator");
      quorum &= nomineeQuorum;
      results.append(JSON("{}").prop("businessKey", key).prop("nomineeName", row.prop("nomineeName").stringValue())
          .prop("unitName", row.prop("unitName").stringValue())
          .prop("awardTypeLabel", row.prop("awardTypeLabel").stringValue())
          .prop("votesFor", votesFor).prop("approved", approved)
          .prop("resultLabel", approved ? "Thông qua" : "Không thông qua"));
    }
    execution.setVariable(Council.BALLOTS_CAST, voters.size());
    execution.setVariable(Council.QUORUM_REACHED, quorum);
    execution.setVariable(Council.RESULTS, results);
    execution.setVariable(Council.MINUTES_TEXT, Minutes.variable(Minutes.text(execution, voters, results)));
  }

  private static int number(DmnDecisionResultEntries rules, String output) {
    return ((Number) rules.getEntry(output)).intValue();
  }
}
