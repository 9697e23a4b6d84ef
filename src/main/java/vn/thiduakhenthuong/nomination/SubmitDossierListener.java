package vn.thiduakhenthuong.nomination;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.documents.DocumentType;
import vn.thiduakhenthuong.nomination.Nomination.SubmitAction;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.VariableReader;

/**
 * Completion of {@code Task_SubmitDossier}, by the proposing unit: {@code submitAction} must be SEND or CANCEL, and
 * SEND only with the required documents in the dossier: the Office could not pass it on without them, and the
 * unit would learn so only after its check, with 10 working days to supply them.
 */
@Component
public class SubmitDossierListener implements TaskListener {

  public static final String SUBMIT_ACTION = "submitAction";

  private final DossierDocuments dossier;

  public SubmitDossierListener(DossierDocuments dossier) {
    this.dossier = dossier;
  }

  @Override
  public void notify(DelegateTask task) {
    ProposingUnit.requireMember(task, SUBMIT_ACTION);
    SubmitAction action = new VariableReader(task.getExecution()).requiredEnum(SUBMIT_ACTION, "Thao tác", SubmitAction.class);
    if (action == SubmitAction.SEND) {
      List<DocumentType> missing = dossier.missing(task.getExecution().getProcessBusinessKey());
      if (!missing.isEmpty()) {
        throw InvalidInputException.of(SUBMIT_ACTION, "Thao tác", "chưa thể gửi vì hồ sơ " + DossierDocuments.lacking(missing));
      }
    }
  }
}
