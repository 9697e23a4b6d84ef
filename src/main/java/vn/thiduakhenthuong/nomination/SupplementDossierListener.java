package vn.thiduakhenthuong.nomination;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.VariableReader;

/**
 * Completion of {@code Task_SupplementDossier}, by the proposing unit: either {@code withdraw} = true, or corrected fields
 * (checked as at the start, the unit unchanged) with a {@code supplementNote}.
 */
@Component
public class SupplementDossierListener implements TaskListener {

  public static final String WITHDRAW = "withdraw";
  public static final String SUPPLEMENT_NOTE = "supplementNote";

  @Override
  public void notify(DelegateTask task) {
    ProposingUnit.requireMember(task, SUPPLEMENT_NOTE);
    VariableReader in = new VariableReader(task.getExecution());
    boolean withdraw = in.flag(WITHDRAW, "Rút đề nghị khen thưởng");
    String note = in.optionalText(SUPPLEMENT_NOTE, "Nội dung đã bổ sung, giải trình", 4000);
    if (withdraw) {
      ReviewHistory.append(task, "Đơn vị", "Rút đề nghị" + (note == null ? "" : ": " + note));
      return;
    }
    if (note == null) {
      throw InvalidInputException.of(SUPPLEMENT_NOTE, "Nội dung đã bổ sung, giải trình",
          "không được để trống khi gửi lại hồ sơ.");
    }
    NominationFields.read(in, Set.of(UnitVisibility.unitOf(task.getProcessInstanceId())));
    ReviewHistory.append(task, "Đơn vị bổ sung", note);
  }
}
