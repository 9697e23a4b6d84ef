package vn.thiduakhenthuong.council;

import static org.camunda.spin.Spin.JSON;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.nomination.NomineeSummary;

/**
 * {@code Task_CollectCandidates}: nominations of the session's period and year waiting for
 * {@code CouncilResult} and on no other open session's agenda, reserved for this session; they
 * become the options of the agenda checklist.
 */
@Component
public class CollectCandidatesDelegate implements JavaDelegate {

  private final CouncilStore store;

  public CollectCandidatesDelegate(CouncilStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, ProcessInstance> waiting = waiting(execution);
    List<String> reserved = store.reserve((String) execution.getVariable(Council.SESSION_ID), waiting.keySet());

    Map<String, NomineeSummary> nominees = NomineeSummary.of(execution.getProcessEngineServices().getRuntimeService(),
        reserved.stream().map(waiting::get).toList());
    SpinJsonNode options = JSON("[]");
    for (String key : reserved) {
      options.append(JSON("{}").prop("label", nominees.get(key).optionLabel()).prop("value", key));
    }
    execution.setVariable(Council.CANDIDATES, options);
    execution.setVariable(Council.CANDIDATE_COUNT, reserved.size());
  }

  /** The nominations of the session's period and year that wait for {@code CouncilResult}, by business key. */
  static Map<String, ProcessInstance> waiting(DelegateExecution session) {
    return NomineeSummary.waiting(session.getProcessEngineServices().getRuntimeService(),
        Nomination.TASK_AWAIT_COUNCIL_RESULT, session.getVariable(Council.PERIOD), session.getVariable(Council.YEAR));
  }
}
