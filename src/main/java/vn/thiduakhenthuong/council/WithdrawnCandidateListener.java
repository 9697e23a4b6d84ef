package vn.thiduakhenthuong.council;

import static org.camunda.spin.Spin.JSON;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * A nomination withdrawn while it waits for the Council ({@code BoundaryEvent_AwaitWithdrawn}): if a
 * session collected it and the Office has not confirmed that session's agenda yet, it leaves the
 * agenda checklist ({@code candidateNominations}) and its reservation; when it was the last one, the new
 * {@code candidateCount} of 0 ends the session ({@code BoundaryEvent_AllWithdrawn}, a conditional event on
 * {@code Task_ConfirmAgenda}). Once the agenda is confirmed the
 * session goes on with it (SPEC §4.1: a unit may withdraw until the Council has voted); its result is not
 * sent ({@link SendResultsDelegate}).
 *
 * <p>The unit head who withdraws may not read the session: the session is looked up and changed without
 * the engine's authorization checks, and only here. Two candidates of one session withdrawn at the same
 * moment would both rewrite its checklist: the session's reservations are locked first, so the second
 * reads the checklist the first left (and the Office's confirmation of the agenda, which frees some of
 * them, goes before or after, never between).
 */
@Component
public class WithdrawnCandidateListener implements ExecutionListener {

  private final CouncilStore store;

  public WithdrawnCandidateListener(CouncilStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    Optional<String> sessionId = store.sessionOf(key);
    if (sessionId.isPresent()) {
      Context.getCommandContext().runWithoutAuthorization(
          () -> leaveChecklist(execution.getProcessEngineServices().getRuntimeService(), sessionId.get(), key));
    }
  }

  private Void leaveChecklist(RuntimeService runtime, String sessionId, String key) {
    store.lockCandidates(sessionId);
    ProcessInstance session = runtime.createProcessInstanceQuery().processDefinitionKey(Council.PROCESS_KEY)
        .processInstanceBusinessKey(sessionId).activityIdIn(Council.TASK_CONFIRM_AGENDA).singleResult();
    if (session == null) {
      return null;
    }
    SpinJsonNode kept = JSON("[]");
    for (SpinJsonNode option : ((SpinJsonNode) runtime.getVariable(session.getId(), Council.CANDIDATES)).elements()) {
      if (!key.equals(option.prop("value").stringValue())) {
        kept.append(option);
      }
    }
    runtime.setVariable(session.getId(), Council.CANDIDATES, kept);
    runtime.setVariable(session.getId(), Council.CANDIDATE_COUNT, kept.elements().size());
    store.release(sessionId, key);
    return null;
  }
}
