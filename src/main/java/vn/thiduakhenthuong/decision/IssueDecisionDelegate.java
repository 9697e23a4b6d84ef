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
import vn.thiduakhenthuong.registry.AwardRegistry;
import vn.thiduakhenthuong.validation.JsonKeys;

/**
 * {@code Task_IssueDecision}, in the Director's signing transaction: the number
 * {@code <n>/QĐ-<agency code>} (n from 1 each calendar year; the counter's row lock is held to the
 * commit, so a failed or rolled-back signing takes no number), the date, the prize money, the
 * decision as PDF, one registry row per recipient and {@code DecisionIssued} to each nomination.
 */
@Component
public class IssueDecisionDelegate implements JavaDelegate {

  private final YearlyCounter counter;
  private final BatchDocuments pdfs;
  private final DocumentStore documents;
  private final AwardRegistry registry;
  private final AwardsProperties properties;

  public IssueDecisionDelegate(YearlyCounter counter, BatchDocuments pdfs, DocumentStore documents,
      AwardRegistry registry, AwardsProperties properties) {
    this.counter = counter;
    this.pdfs = pdfs;
    this.documents = documents;
    this.registry = registry;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Set<String> keys = JsonKeys.read(execution.getVariable(Decisions.DECISION_CHOICE), Decisions.DECISION_CHOICE,
        "Các tập thể, cá nhân được tặng Giấy khen");
    Recipients recipients = Recipients.of(execution, keys,
        properties.prize(), Decisions.SIGN_ACTION, "Ký Quyết định");
    LocalDate date = Nomination.today();
    String number = counter.next(Decisions.DECISION_COUNTER, date.getYear()) + "/QĐ-" + properties.agency().code();
    byte[] pdf = pdfs.decision(BatchDocuments.Issue.signed(number, date), (String) execution.getVariable(Decisions.DECISION_SUMMARY), recipients,
        BatchSteps.signature(execution));
    long documentId = documents.save(DocumentType.QUYET_DINH, BatchSteps.fileName("quyet-dinh", number, date),
        "application/pdf", pdf, (String) execution.getVariable(Decisions.SIGNER_ID), keys);
    for (int i = 0; i < recipients.nominees().size(); i++) {
      registry.record(BatchSteps.entry(recipients.nominees().get(i), number, date, recipients.prizes().get(i),
          execution, documentId));
    }
    BatchSteps.documentVariables(execution, number, date, documentId, Decisions.DECISION_NUMBER,
        Decisions.DECISION_DATE, "Tải Quyết định " + number + " (PDF)");
    for (String key : keys) {
      BatchSteps.correlate(execution, Nomination.MESSAGE_DECISION_ISSUED, key, java.util.Map.of(
          "decisionNumber", number, "decisionDate", date.toString()));
    }
  }
}
