package vn.thiduakhenthuong.council;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination;

/**
 * {@code Task_SendResults}: {@code CouncilResult} to each nomination of the agenda (SPEC §4.2, step
 * 6). A nomination withdrawn during the session no longer waits and is skipped.
 */
@Component
public class SendResultsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SendResultsDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (SpinJsonNode row : ((SpinJsonNode) execution.getVariable(Council.RESULTS)).elements()) {
      String key = row.prop("businessKey").stringValue();
      VariableMap result = Variables.createVariables()
          .putValue("councilApproved", row.prop("approved").boolValue())
          .putValue("votesFor", row.prop("votesFor").numberValue().intValue())
          .putValue("ballotsCast", execution.getVariable(Council.BALLOTS_CAST))
          .putValue("councilMembers", execution.getVariable(Council.MEMBER_COUNT))
          .putValue("councilSessionId", execution.getVariable(Council.SESSION_ID));
      if (runtime.createMessageCorrelation(Nomination.MESSAGE_COUNCIL_RESULT).processInstanceBusinessKey(key)
          .setVariables(result).correlateAllWithResult().isEmpty()) {
        LOG.info("{} no longer waits for the Council (withdrawn?): result not sent", key);
      }
    }
  }
}
