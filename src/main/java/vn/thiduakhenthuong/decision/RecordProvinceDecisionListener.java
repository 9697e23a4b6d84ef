package vn.thiduakhenthuong.decision;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.JsonKeys;
import vn.thiduakhenthuong.validation.VariableReader;

/**
 * Completion of {@code Task_RecordProvinceDecision}: the province's decision number and date, and
 * which of the proposed nominees it awarded (a subset; none is a valid answer).
 */
@Component
public class RecordProvinceDecisionListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    VariableReader in = new VariableReader(execution);
    in.requiredText(Decisions.PROVINCE_DECISION_NUMBER, "Số Quyết định của UBND tỉnh", 50);
    LocalDate decided = in.requiredDate(Decisions.PROVINCE_DECISION_DATE, "Ngày Quyết định của UBND tỉnh");
    LocalDate signed = LocalDate.parse((String) execution.getVariable(Decisions.SUBMISSION_DATE));
    if (decided.isBefore(signed) || decided.isAfter(Nomination.today())) {
      throw InvalidInputException.of(Decisions.PROVINCE_DECISION_DATE, "Ngày Quyết định của UBND tỉnh",
          "phải từ ngày ký Tờ trình (" + Dates.show(signed) + ") đến hôm nay.");
    }
    String label = "Các tập thể, cá nhân được UBND tỉnh khen thưởng";
    Set<String> awarded = JsonKeys.read(execution.getVariable(Decisions.PROVINCE_AWARDED_CHOICE),
        Decisions.PROVINCE_AWARDED_CHOICE, label);
    Set<String> proposed = JsonKeys.read(execution.getVariable(Decisions.SUBMISSION_CHOICE),
        Decisions.SUBMISSION_CHOICE, label);
    for (String key : awarded) {
      if (!proposed.contains(key)) {
        throw InvalidInputException.of(Decisions.PROVINCE_AWARDED_CHOICE, label,
            "«" + key + "» không có trong Tờ trình này.");
      }
    }
    execution.setVariable(Decisions.PROVINCE_AWARDED_CHOICE, org.camunda.spin.Spin.JSON(JsonKeys.list(awarded)));
  }
}
