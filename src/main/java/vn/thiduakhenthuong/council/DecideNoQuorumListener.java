package vn.thiduakhenthuong.council;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.council.Council.NoQuorumAction;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.VariableReader;

/** Completion of {@code Task_DecideNoQuorum}: reopen the ballot once, or close the session. */
@Component
public class DecideNoQuorumListener implements TaskListener {

  private final CouncilVoting voting;

  public DecideNoQuorumListener(CouncilVoting voting) {
    this.voting = voting;
  }

  @Override
  public void notify(DelegateTask task) {
    String label = "Xử lý khi không đủ số thành viên biểu quyết";
    NoQuorumAction action = new VariableReader(task.getExecution())
        .requiredEnum(Council.NO_QUORUM_ACTION, label, NoQuorumAction.class);
    if (action == NoQuorumAction.REOPEN) {
      if (Boolean.TRUE.equals(task.getVariable(Council.REOPENED))) {
        throw InvalidInputException.of(Council.NO_QUORUM_ACTION, label,
            "phiên họp đã được mở lại một lần; chỉ có thể kết thúc phiên (CLOSE).");
      }
      task.getExecution().setVariable(Council.REOPENED, true);
      voting.openRound(task.getExecution());
    }
  }
}
