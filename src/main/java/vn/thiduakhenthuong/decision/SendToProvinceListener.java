package vn.thiduakhenthuong.decision;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.VariableReader;

/** Completion of {@code Task_SendToProvince}: when (not before the Tờ trình, not in the future) and how it was sent. */
@Component
public class SendToProvinceListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    VariableReader in = new VariableReader(task.getExecution());
    LocalDate sent = in.requiredDate(Decisions.SENT_DATE, "Ngày gửi");
    LocalDate signed = LocalDate.parse((String) task.getExecution().getVariable(Decisions.SUBMISSION_DATE));
    if (sent.isBefore(signed) || sent.isAfter(Nomination.today())) {
      throw InvalidInputException.of(Decisions.SENT_DATE, "Ngày gửi", "phải từ ngày ký Tờ trình ("
          + Dates.show(signed) + ") đến hôm nay.");
    }
    in.requiredText(Decisions.SENT_REFERENCE, "Hình thức gửi, số văn bản đi", 500);
  }
}
