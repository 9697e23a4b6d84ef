package vn.thiduakhenthuong.decision;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.decision.Decisions.SignAction;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.VariableReader;

/**
 * Completion of {@code Task_SignDecision} / {@code Task_SignSubmission}: sign or return with a
 * comment, by the Director (or a deputy allowed to sign), whoever else holds the task. The number,
 * the document and the messages follow in the same transaction (the issue tasks), so a signing that
 * fails changes nothing and takes no number.
 */
@Component
public class SignBatchListener implements TaskListener {

  private final Signers signers;

  public SignBatchListener(Signers signers) {
    this.signers = signers;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    VariableReader in = new VariableReader(execution);
    SignAction action = in.requiredEnum(Decisions.SIGN_ACTION, "Ý kiến của lãnh đạo", SignAction.class);
    String comment = in.optionalText(Decisions.SIGN_COMMENT, "Ý kiến khi trả lại", 2000);
    if (action == SignAction.RETURN && comment == null) {
      throw InvalidInputException.of(Decisions.SIGN_COMMENT, "Ý kiến khi trả lại",
          "hãy ghi rõ lý do trả lại để Văn phòng Sở chỉnh sửa.");
    }
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    String userId = caller != null ? caller.getUserId() : task.getAssignee();
    Signers.Signature signature = signers.signatureOf(identity, userId);
    if (signature == null) {
      throw InvalidInputException.of(Decisions.SIGN_ACTION, "Ý kiến của lãnh đạo", "chỉ Giám đốc Sở"
          + (signers.candidateGroups().size() > 1 ? " hoặc Phó Giám đốc được giao ký thay" : "")
          + " mới được ký hoặc trả lại văn bản này.");
    }
    execution.setVariable(Decisions.SIGNER_ID, signature.userId());
    execution.setVariable(Decisions.SIGNED_AS_DEPUTY, signature.deputy());
  }
}
