package vn.thiduakhenthuong.decision;

import static org.camunda.spin.Spin.JSON;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination;
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
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    Map<String, ProcessInstance> waiting = new LinkedHashMap<>();
    for (ProcessInstance nomination : runtime.createProcessInstanceQuery()
        .processDefinitionKey(Nomination.PROCESS_KEY)
        .activityIdIn(decision ? Nomination.EVENT_AWAIT_DECISION : Nomination.EVENT_AWAIT_PROVINCE_DECISION)
        .variableValueEquals(Decisions.PERIOD, execution.getVariable(Decisions.PERIOD))
        .variableValueEquals(Decisions.YEAR, execution.getVariable(Decisions.YEAR))
        .orderByBusinessKey().asc().list()) {
      waiting.put(nomination.getBusinessKey(), nomination);
    }
    String batchId = (String) execution.getVariable(Decisions.BATCH_ID);
    List<String> held = new ArrayList<>(store.reservedBy(batchId));
    held.retainAll(waiting.keySet());
    store.keepOnly(batchId, held);
    List<String> collected = new ArrayList<>(held);
    collected.addAll(store.reserve(batchId, waiting.keySet().stream().filter(key -> !held.contains(key)).toList()));
    collected.sort(null);

    SpinJsonNode options = JSON("[]");
    for (String key : collected) {
      options.append(JSON("{}").prop("label", NomineeSummary.of(runtime, waiting.get(key)).optionLabel())
          .prop("value", key));
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
