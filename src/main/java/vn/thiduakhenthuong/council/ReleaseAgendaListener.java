package vn.thiduakhenthuong.council;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of a session, whichever way it ends: its nominations are free for another session. */
@Component
public class ReleaseAgendaListener implements ExecutionListener {

  private final CouncilStore store;

  public ReleaseAgendaListener(CouncilStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateExecution execution) {
    store.releaseAll((String) execution.getVariable(Council.SESSION_ID));
  }
}
