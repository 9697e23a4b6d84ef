package vn.thiduakhenthuong.decision;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.nomination.NomineeSummary;
import vn.thiduakhenthuong.registry.RegistryEntry;
import vn.thiduakhenthuong.validation.InvalidInputException;

/** What the issuing steps of both processes share. */
final class BatchSteps {

  private BatchSteps() {}

  /**
   * The nominations of the batch's period and year that wait for it, by business key: for a decision
   * {@code DecisionIssued}, for a submission the province's decision.
   */
  static Map<String, ProcessInstance> waiting(DelegateExecution batch) {
    return waiting(batch.getProcessEngineServices().getRuntimeService(), batch.getProcessDefinitionId(),
        batch.getVariable(Decisions.PERIOD), batch.getVariable(Decisions.YEAR));
  }

  /** The nominations of the batch's period and year waiting for a batch of this definition, by business key. */
  static Map<String, ProcessInstance> waiting(RuntimeService runtime, String batchDefinitionId, Object period, Object year) {
    return NomineeSummary.waiting(runtime, Decisions.isDecision(batchDefinitionId)
        ? Nomination.EVENT_AWAIT_DECISION : Nomination.EVENT_AWAIT_PROVINCE_DECISION, period, year);
  }

  static BatchDocuments.Signature signature(DelegateExecution execution) {
    return new BatchDocuments.Signature((String) execution.getVariable(Decisions.SIGNER_ID),
        Boolean.TRUE.equals(execution.getVariable(Decisions.SIGNED_AS_DEPUTY)),
        execution.getProcessEngineServices().getIdentityService());
  }

  /** "quyet-dinh-12-QD-STNMT-2026.pdf": the number without its Vietnamese letters and slash. */
  static String fileName(String kind, String number, LocalDate date) {
    String ascii = number.replace("Đ", "D").replace("/", "-").replaceAll("[^A-Za-z0-9-]", "");
    return kind + "-" + ascii + "-" + date.getYear() + ".pdf";
  }

  static RegistryEntry entry(NomineeSummary n, String number, LocalDate date, long prize, DelegateExecution batch,
      Long documentId) {
    return new RegistryEntry(n.businessKey(), n.nomineeName(), n.nomineeKind().name(), n.nomineeTitle(),
        n.unitCode(), n.unitName(), n.awardType().name(), n.period(), n.year(), number, date, prize,
        (String) batch.getVariable(Decisions.BATCH_ID), documentId);
  }

  static void documentVariables(DelegateExecution execution, String number, LocalDate date, long documentId,
      String numberVariable, String dateVariable, String linkText) {
    execution.setVariable(numberVariable, number);
    execution.setVariable(dateVariable, date.toString());
    execution.setVariable(Decisions.DOCUMENT_ID, documentId);
    execution.setVariable(Decisions.DOCUMENT_LINK, "[" + linkText + "](/api/documents/" + documentId + ")");
  }

  /** Sends {@code message} to the nomination; one that no longer waits makes the step fail and change nothing. */
  static void correlate(DelegateExecution execution, String message, String businessKey, Map<String, Object> values) {
    if (execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(message)
        .processInstanceBusinessKey(businessKey).setVariables(values).correlateAllWithResult().isEmpty()) {
      throw new InvalidInputException(Decisions.BATCH_ID, "Đề nghị «" + businessKey + "» không còn chờ kết quả "
          + "khen thưởng; không thể gửi kết quả. Hãy báo quản trị hệ thống kiểm tra đề nghị này.");
    }
  }
}
