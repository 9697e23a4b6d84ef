package vn.thiduakhenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.validation.VariableReader;

/**
 * Checks what a message brought (SPEC §4.5) when the nomination leaves its wait state:
 * {@code CouncilResult}, {@code DecisionIssued} or {@code ProvinceDecision}, told apart by the
 * waiting element. Who may send them is checked at the door (MessageRulesPlugin: from outside, only an
 * administrator). A bad message is refused and changes nothing.
 */
@Component
public class NominationMessageListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // left through a boundary event (Withdraw), not by the message
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
