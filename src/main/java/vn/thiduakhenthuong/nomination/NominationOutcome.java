package vn.thiduakhenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination.Outcome;

/**
 * Sets {@code outcome} at every end event: {@code ${nominationOutcome.record(execution, 'AWARDED')}}.
 * An award by the province keeps the province's decision as the nomination's decision.
 */
@Component("nominationOutcome")
public class NominationOutcome {

  public static final String OUTCOME = "outcome";

  public void record(DelegateExecution execution, String outcome) {
    Outcome value = Outcome.valueOf(outcome);
    execution.setVariable(OUTCOME, value.name());
    if (value == Outcome.AWARDED && Boolean.TRUE.equals(execution.getVariable("provinceAwarded"))) {
      execution.setVariable("decisionNumber", execution.getVariable("provinceDecisionNumber"));
      execution.setVariable("decisionDate", execution.getVariable("provinceDecisionDate"));
    }
  }
}
