package vn.thiduakhenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination.SubmitAction;
import vn.thiduakhenthuong.validation.VariableReader;

/** Completion of {@code Task_SubmitDossier}, by the proposing unit: {@code submitAction} must be SEND or CANCEL. */
@Component
public class SubmitDossierListener implements TaskListener {

  public static final String SUBMIT_ACTION = "submitAction";

  @Override
  public void notify(DelegateTask task) {
    ProposingUnit.requireMember(task, SUBMIT_ACTION);
    new VariableReader(task.getExecution()).requiredEnum(SUBMIT_ACTION, "Thao tác", SubmitAction.class);
  }
}
