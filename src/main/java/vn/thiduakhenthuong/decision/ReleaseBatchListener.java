package vn.thiduakhenthuong.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of a decision or submission, whichever way it ends: its nominations are free again. */
@Component
public class ReleaseBatchListener implements ExecutionListener {

  private final BatchStore store;

  public ReleaseBatchListener(BatchStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateExecution execution) {
    store.releaseAll((String) execution.getVariable(Decisions.BATCH_ID));
  }
}
