package vn.thiduakhenthuong.decision;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.AwardsProperties;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.JsonKeys;
import vn.thiduakhenthuong.validation.VariableReader;

/**
 * Completion of {@code Task_PrepareDecision} / {@code Task_PrepareSubmission}: a non-empty choice
 * among the collected nominations (the others are freed), the decision's trích yếu, and the list
 * with prize money the Director will sign.
 */
@Component
public class PrepareBatchListener implements TaskListener {

  private final BatchStore store;
  private final AwardsProperties properties;

  public PrepareBatchListener(BatchStore store, AwardsProperties properties) {
    this.store = store;
    this.properties = properties;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    boolean decision = Decisions.isDecision(task.getProcessDefinitionId());
    String variable = decision ? Decisions.DECISION_CHOICE : Decisions.SUBMISSION_CHOICE;
    String label = decision ? "Các tập thể, cá nhân được tặng Giấy khen" : "Các tập thể, cá nhân đề nghị UBND tỉnh khen thưởng";
    Set<String> chosen = JsonKeys.read(execution.getVariable(variable), variable, label);
    Set<String> candidates = JsonKeys.values((SpinJsonNode) execution.getVariable(Decisions.CANDIDATES));
    if (chosen.isEmpty()) {
      throw InvalidInputException.of(variable, label, "hãy chọn ít nhất một đề nghị.");
    }
    for (String key : chosen) {
      if (!candidates.contains(key)) {
        throw InvalidInputException.of(variable, label, "«" + key + "» không nằm trong danh sách đề nghị "
            + "đã được Hội đồng thông qua và đang chờ " + (decision ? "Quyết định." : "trình UBND tỉnh."));
      }
    }
    if (decision) {
      new VariableReader(execution).requiredText(Decisions.DECISION_SUMMARY, "Trích yếu Quyết định", 500);
    }
    Recipients recipients = Recipients.of(execution, chosen,
        properties.prize(), variable, label);
    store.keepOnly((String) execution.getVariable(Decisions.BATCH_ID), chosen);
    execution.setVariable(variable, org.camunda.spin.Spin.JSON(JsonKeys.list(chosen)));
    execution.setVariable(Decisions.RECIPIENTS, recipients.rows());
    execution.setVariable(Decisions.RECIPIENT_COUNT, chosen.size());
    execution.setVariable(Decisions.PRIZE_TOTAL, recipients.total());
    execution.setVariable(Decisions.PRIZE_TOTAL_TEXT, Decisions.money(recipients.total()) + " đồng");
    if (!decision) {
      execution.setVariable(Decisions.SUBMISSION_OPTIONS, recipients.options());
    }
    // the Director decides afresh on each draft
    execution.removeVariable(Decisions.SIGN_ACTION);
  }
}
