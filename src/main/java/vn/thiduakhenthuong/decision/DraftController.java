package vn.thiduakhenthuong.decision;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduakhenthuong.config.AwardsProperties;
import vn.thiduakhenthuong.documents.ApiErrors;
import vn.thiduakhenthuong.documents.Downloads;
import vn.thiduakhenthuong.identity.Groups;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.JsonKeys;

/**
 * The draft (dự thảo) of a decision or of a submission to the province, as PDF, while it waits for the Director's
 * signature ({@code GET /api/batches/{processInstanceId}/draft}): the document signing will produce, with the same
 * text, list and prize money, but with no number or day yet and marked «DỰ THẢO», so that the signer reads what he
 * or she signs. Nothing is stored and no number is taken. Whoever may read the batch's instance may read its draft
 * (the Office, the Director and the deputies); the engine's authorization decides, as for any query of the caller.
 */
@RestController
class DraftController {

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final BatchDocuments pdfs;
  private final Signers signers;
  private final AwardsProperties properties;

  DraftController(ProcessEngine engine, BatchDocuments pdfs, Signers signers, AwardsProperties properties) {
    this.runtime = engine.getRuntimeService();
    this.identity = engine.getIdentityService();
    this.pdfs = pdfs;
    this.signers = signers;
    this.properties = properties;
  }

  @GetMapping("/api/batches/{processInstanceId}/draft")
  ResponseEntity<byte[]> draft(@PathVariable String processInstanceId) {
    ProcessInstance batch = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .processDefinitionKeyIn(Decisions.DECISION_PROCESS, Decisions.SUBMISSION_PROCESS).singleResult();
    if (batch == null) {
      throw ApiErrors.status(HttpStatus.NOT_FOUND, "Không tìm thấy Quyết định hoặc Tờ trình đang xử lý có mã «"
          + processInstanceId + "» (có thể đã ký, đã kết thúc, hoặc anh/chị không có quyền xem).");
    }
    boolean decision = Decisions.isDecision(batch.getProcessDefinitionId());
    List<String> active = runtime.getActiveActivityIds(batch.getId());
    if (!active.contains(decision ? Decisions.TASK_SIGN_DECISION : Decisions.TASK_SIGN_SUBMISSION)) {
      throw ApiErrors.status(HttpStatus.CONFLICT, "Chưa có dự thảo: " + (decision ? "Quyết định" : "Tờ trình")
          + " này không ở bước chờ lãnh đạo ký (dự thảo có từ khi Văn phòng Sở chọn danh sách đến khi ký hoặc trả lại).");
    }
    String choice = decision ? Decisions.DECISION_CHOICE : Decisions.SUBMISSION_CHOICE;
    Map<String, Object> variables = runtime.getVariables(batch.getId(),
        List.of(choice, Decisions.DECISION_SUMMARY, Decisions.PERIOD, Decisions.YEAR));
    Set<String> keys = JsonKeys.read(variables.get(choice), choice, "Danh sách khen thưởng");
    Recipients recipients;
    try {
      recipients = Recipients.of(runtime, BatchSteps.waiting(runtime, batch.getProcessDefinitionId(),
          variables.get(Decisions.PERIOD), variables.get(Decisions.YEAR)), keys, properties.prize(), choice,
          "Danh sách khen thưởng");
    } catch (InvalidInputException vanished) {
      throw ApiErrors.status(HttpStatus.CONFLICT, vanished.getMessage());
    }
    int year = ((Number) variables.get(Decisions.YEAR)).intValue();
    BatchDocuments.Signature signature = signature();
    byte[] pdf = decision
        ? pdfs.decision(BatchDocuments.Issue.draft("/QĐ-" + properties.agency().code(), year),
            (String) variables.get(Decisions.DECISION_SUMMARY), recipients, signature)
        : pdfs.submission(BatchDocuments.Issue.draft("/TTr-" + properties.agency().code(), year), recipients, signature);
    String fileName = (decision ? "du-thao-quyet-dinh-" : "du-thao-to-trinh-") + batch.getBusinessKey() + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            Downloads.inline(fileName))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf);
  }

  /** The caller, when he or she signs; otherwise the Director, whose signature the document will carry. */
  private BatchDocuments.Signature signature() {
    Signers.Signature caller = signers.signatureOf(identity, identity.getCurrentAuthentication().getUserId());
    if (caller != null) {
      return new BatchDocuments.Signature(caller.userId(), caller.deputy(), identity);
    }
    User director = identity.createUserQuery().memberOfGroup(Groups.DIRECTOR).orderByUserId().asc().listPage(0, 1)
        .stream().findFirst().orElse(null);
    return new BatchDocuments.Signature(director == null ? null : director.getId(), false, identity);
  }
}
