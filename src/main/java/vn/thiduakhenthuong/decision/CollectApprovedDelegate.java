package vn.thiduakhenthuong.decision;

import static org.camunda.spin.Spin.JSON;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination.Period;
import vn.thiduakhenthuong.nomination.NomineeSummary;

/**
 * {@code Task_CollectRecipients} / {@code Task_CollectNominees}: the approved nominations of the
 * batch's period and year that wait for the Director's decision (award-decision) or for the province
 * (province-submission) and are on no other open batch, reserved for this one. Run again after the
 * Director returns the draft: what the batch holds stays, nominations approved since are added.
 */
@Component
public class CollectApprovedDelegate implements JavaDelegate {

  private final BatchStore store;

  public CollectApprovedDelegate(BatchStore store) {
    this.store = store;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean decision = Decisions.isDecision(execution.getProcessDefinitionId());
    Map<String, ProcessInstance> waiting = BatchSteps.waiting(execution);
    String batchId = (String) execution.getVariable(Decisions.BATCH_ID);
    List<String> held = new ArrayList<>(store.reservedBy(batchId));
    held.retainAll(waiting.keySet());
    store.keepOnly(batchId, held);
    List<String> collected = new ArrayList<>(held);
    collected.addAll(store.reserve(batchId, waiting.keySet().stream().filter(key -> !held.contains(key)).toList()));
    collected.sort(null);

    Map<String, NomineeSummary> nominees = NomineeSummary.of(execution.getProcessEngineServices().getRuntimeService(),
        collected.stream().map(waiting::get).toList());
    SpinJsonNode options = JSON("[]");
    for (String key : collected) {
      options.append(JSON("{}").prop("label", nominees.get(key).optionLabel()).prop("value", key));
    }
    execution.setVariable(Decisions.CANDIDATES, options);
    execution.setVariable(Decisions.CANDIDATE_COUNT, collected.size());
    if (decision && execution.getVariable(Decisions.DECISION_SUMMARY) == null) {
      Period period = Period.valueOf((String) execution.getVariable(Decisions.PERIOD));
      execution.setVariable(Decisions.DECISION_SUMMARY, "Về việc tặng Giấy khen cho các tập thể, cá nhân "
          + "có thành tích xuất sắc (" + period.label() + " " + execution.getVariable(Decisions.YEAR) + ")");
    }
  }
}
