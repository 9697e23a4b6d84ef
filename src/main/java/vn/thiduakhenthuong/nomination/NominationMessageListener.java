package vn.thiduakhenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.identity.Callers;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.VariableReader;

/**
 * Checks what a message brought (SPEC §4.5) when the nomination leaves its wait state:
 * {@code CouncilResult}, {@code DecisionIssued} or {@code ProvinceDecision}, told apart by the
 * waiting element. They come from the other processes (no person acting) or an administrator; a
 * person who sends one through REST, even about the own unit's nomination, is refused. A bad message
 * is refused and changes nothing.
 */
@Component
public class NominationMessageListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // left through a boundary event (Withdraw), not by the message
    }
    String message = switch (execution.getCurrentActivityId()) {
      case Nomination.TASK_AWAIT_COUNCIL_RESULT -> Nomination.MESSAGE_COUNCIL_RESULT;
      case Nomination.EVENT_AWAIT_DECISION -> Nomination.MESSAGE_DECISION_ISSUED;
      case Nomination.EVENT_AWAIT_PROVINCE_DECISION -> Nomination.MESSAGE_PROVINCE_DECISION;
      default -> throw new IllegalStateException("No message is expected at " + execution.getCurrentActivityId());
    };
    if (!Callers.isSystemOrAdministrator(execution.getProcessEngineServices().getIdentityService())) {
      throw new InvalidInputException("messageName", "Thông điệp «" + message + "» chỉ do quy trình gửi (phiên họp "
          + "Hội đồng, quyết định đã ký, quyết định của UBND tỉnh đã ghi nhận) hoặc quản trị hệ thống gửi thay; "
          + "người dùng không tự gửi được kết quả cho đề nghị khen thưởng.");
    }
    VariableReader in = new VariableReader(execution);
    switch (execution.getCurrentActivityId()) {
      case Nomination.TASK_AWAIT_COUNCIL_RESULT -> councilResult(in);
      case Nomination.EVENT_AWAIT_DECISION -> {
        in.requiredText("decisionNumber", "Số Quyết định", 50);
        in.requiredDate("decisionDate", "Ngày Quyết định");
      }
      case Nomination.EVENT_AWAIT_PROVINCE_DECISION -> {
        in.requiredBoolean("provinceAwarded", "UBND tỉnh khen thưởng");
        in.requiredText("provinceDecisionNumber", "Số Quyết định của UBND tỉnh", 50);
        in.requiredDate("provinceDecisionDate", "Ngày Quyết định của UBND tỉnh");
      }
      default -> throw new IllegalStateException("No message is expected at " + execution.getCurrentActivityId());
    }
  }

  private static void councilResult(VariableReader in) {
    in.requiredBoolean("councilApproved", "Hội đồng thông qua");
    int members = in.requiredInteger("councilMembers", "Số thành viên Hội đồng", 1, 1000);
    int cast = in.requiredInteger("ballotsCast", "Số phiếu", 0, members);
    in.requiredInteger("votesFor", "Số phiếu đồng ý", 0, cast);
    in.requiredText("councilSessionId", "Phiên họp Hội đồng", 64);
  }
}
