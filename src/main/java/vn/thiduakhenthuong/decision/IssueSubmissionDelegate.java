package vn.thiduakhenthuong.decision;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.AwardsProperties;
import vn.thiduakhenthuong.documents.DocumentStore;
import vn.thiduakhenthuong.documents.DocumentType;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.numbering.YearlyCounter;
import vn.thiduakhenthuong.validation.JsonKeys;

/**
 * {@code Task_IssueSubmission}, in the Director's signing transaction: the number
 * {@code <n>/TTr-<agency code>} (same rules as decisions) and the Tờ trình as PDF, listed as a
 * document (TO_TRINH_UBND) of each nomination it proposes.
 */
@Component
public class IssueSubmissionDelegate implements JavaDelegate {

  private final YearlyCounter counter;
  private final BatchDocuments pdfs;
  private final DocumentStore documents;
  private final AwardsProperties properties;

  public IssueSubmissionDelegate(YearlyCounter counter, BatchDocuments pdfs, DocumentStore documents,
      AwardsProperties properties) {
    this.counter = counter;
    this.pdfs = pdfs;
    this.documents = documents;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<String> keys = JsonKeys.read(execution.getVariable(Decisions.SUBMISSION_CHOICE), Decisions.SUBMISSION_CHOICE,
        "Các tập thể, cá nhân đề nghị UBND tỉnh khen thưởng");
    Recipients recipients = Recipients.of(execution, keys,
        properties.prize(), Decisions.SIGN_ACTION, "Ký Tờ trình");
    LocalDate date = Nomination.today();
    String number = counter.next(Decisions.SUBMISSION_COUNTER, date.getYear()) + "/TTr-" + properties.agency().code();
    byte[] pdf = pdfs.submission(BatchDocuments.Issue.signed(number, date), recipients, BatchSteps.signature(execution));
    long documentId = documents.save(DocumentType.TO_TRINH_UBND, BatchSteps.fileName("to-trinh", number, date),
        "application/pdf", pdf, (String) execution.getVariable(Decisions.SIGNER_ID), keys);
    BatchSteps.documentVariables(execution, number, date, documentId, Decisions.SUBMISSION_NUMBER,
        Decisions.SUBMISSION_DATE, "Tải Tờ trình " + number + " (PDF)");
  }
}
