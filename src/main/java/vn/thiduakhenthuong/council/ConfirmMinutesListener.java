package vn.thiduakhenthuong.council;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.VariableReader;

/** Completion of {@code Task_ConfirmMinutes}: the secretary confirms the minutes; a note is optional. */
@Component
public class ConfirmMinutesListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    VariableReader in = new VariableReader(task.getExecution());
    String label = "Xác nhận biên bản đúng với kết quả biểu quyết";
    if (!in.flag(Council.MINUTES_CONFIRMED, label)) {
      throw InvalidInputException.of(Council.MINUTES_CONFIRMED, label, "thư ký cần xác nhận biên bản.");
    }
    in.optionalText(Council.MINUTES_NOTE, "Ghi chú của thư ký", 4000);
  }
}
