package vn.thiduakhenthuong.nomination;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.documents.DocumentType;
import vn.thiduakhenthuong.nomination.Nomination.DossierDecision;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.VariableReader;

/**
 * {@code Task_CheckDossier}. Created: notes which required documents the dossier holds. Completed: a
 * decision, a comment for SUPPLEMENT and REJECT (it goes into the review history the unit head and the
 * next check see), and COMPLETE only with the Tờ trình and the Báo cáo thành tích in the dossier.
 */
@Component
public class CheckDossierListener implements TaskListener {

  public static final String DOSSIER_DECISION = "dossierDecision";
  public static final String OFFICE_COMMENT = "officeComment";
  public static final String REQUIRED_DOCUMENTS = "requiredDocuments";

  private final DossierDocuments dossier;

  public CheckDossierListener(DossierDocuments dossier) {
    this.dossier = dossier;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      List<DocumentType> missing = dossier.missing(task.getExecution().getProcessBusinessKey());
      task.getExecution().setVariable(REQUIRED_DOCUMENTS, DossierDocuments.REQUIRED.stream()
          .map(type -> type.label() + ": " + (missing.contains(type) ? "còn thiếu" : "đã có"))
          .collect(Collectors.joining("; ")));
      return;
    }
    VariableReader in = new VariableReader(task.getExecution());
    DossierDecision decision = in.requiredEnum(DOSSIER_DECISION, "Kết quả kiểm tra hồ sơ", DossierDecision.class);
    String comment = in.optionalText(OFFICE_COMMENT, "Ý kiến của Văn phòng Sở", 4000);
    if (comment == null && decision != DossierDecision.COMPLETE) {
      throw InvalidInputException.of(OFFICE_COMMENT, "Ý kiến của Văn phòng Sở",
          "bắt buộc khi " + decision.label().toLowerCase() + ".");
    }
    List<DocumentType> missing = dossier.missing(task.getExecution().getProcessBusinessKey());
    if (decision == DossierDecision.COMPLETE && !missing.isEmpty()) {
      throw InvalidInputException.of(DOSSIER_DECISION, "Kết quả kiểm tra hồ sơ",
          "chưa thể chuyển Hội đồng vì hồ sơ " + DossierDocuments.lacking(missing));
    }
    ReviewHistory.append(task, "Văn phòng Sở", decision.label() + (comment == null ? "" : ": " + comment));
    // the next supplement starts with an empty note, not the previous round's
    task.getExecution().removeVariable(SupplementDossierListener.SUPPLEMENT_NOTE);
  }
}
