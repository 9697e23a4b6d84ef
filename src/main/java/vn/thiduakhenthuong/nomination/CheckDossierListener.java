package vn.thiduakhenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination.DossierDecision;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.VariableReader;

/**
 * Completion of {@code Task_CheckDossier}: a decision, and a comment for SUPPLEMENT and REJECT; the
 * comment goes into the review history the unit head and the next check see.
 */
@Component
public class CheckDossierListener implements TaskListener {

  public static final String DOSSIER_DECISION = "dossierDecision";
  public static final String OFFICE_COMMENT = "officeComment";

  @Override
  public void notify(DelegateTask task) {
    VariableReader in = new VariableReader(task.getExecution());
    DossierDecision decision = in.requiredEnum(DOSSIER_DECISION, "Kết quả kiểm tra hồ sơ", DossierDecision.class);
    String comment = in.optionalText(OFFICE_COMMENT, "Ý kiến của Văn phòng Sở", 4000);
    if (comment == null && decision != DossierDecision.COMPLETE) {
      throw InvalidInputException.of(OFFICE_COMMENT, "Ý kiến của Văn phòng Sở",
          "bắt buộc khi " + decision.label().toLowerCase() + ".");
    }
    ReviewHistory.append(task, "Văn phòng Sở", decision.label() + (comment == null ? "" : ": " + comment));
    // the next supplement starts with an empty note, not the previous round's
    task.getExecution().removeVariable(SupplementDossierListener.SUPPLEMENT_NOTE);
  }
}
