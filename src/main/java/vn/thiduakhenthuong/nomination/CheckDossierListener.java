package vn.thiduakhenthuong.nomination;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.documents.DocumentStore;
import vn.thiduakhenthuong.documents.DocumentType;
import vn.thiduakhenthuong.documents.StoredDocument;
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
  static final List<DocumentType> REQUIRED = List.of(DocumentType.TO_TRINH, DocumentType.BAO_CAO_THANH_TICH);

  private final DocumentStore documents;

  public CheckDossierListener(DocumentStore documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().setVariable(REQUIRED_DOCUMENTS, REQUIRED.stream()
          .map(type -> type.label() + ": " + (missing(task).contains(type) ? "còn thiếu" : "đã có"))
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
    List<DocumentType> missing = missing(task);
    if (decision == DossierDecision.COMPLETE && !missing.isEmpty()) {
      throw InvalidInputException.of(DOSSIER_DECISION, "Kết quả kiểm tra hồ sơ", "chưa thể chuyển Hội đồng vì hồ sơ "
          + "còn thiếu " + missing.stream().map(DocumentType::label).collect(Collectors.joining(", "))
          + " (tải lên trong thẻ «Hồ sơ»).");
    }
    ReviewHistory.append(task, "Văn phòng Sở", decision.label() + (comment == null ? "" : ": " + comment));
    // the next supplement starts with an empty note, not the previous round's
    task.getExecution().removeVariable(SupplementDossierListener.SUPPLEMENT_NOTE);
  }

  private List<DocumentType> missing(DelegateTask task) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    List<DocumentType> present = documents.listFor(businessKey).stream().map(StoredDocument::type).toList();
    return REQUIRED.stream().filter(type -> !present.contains(type)).toList();
  }
}
