package vn.thiduakhenthuong.council;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.JsonKeys;

/**
 * Completion of {@code Task_CastBallot}: only the member the ballot was made for may cast it, once,
 * naming nominees of the agenda. The choice adds to the tallies and is then dropped: it is removed
 * from the variables before the transaction ends, and SecretBallotHistoryLevel keeps it out of
 * history. Only "who voted" and the counts remain.
 */
@Component
public class CastBallotListener implements TaskListener {

  private final CouncilStore store;

  public CastBallotListener(CouncilStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateTask task) {
    String member = (String) task.getVariable(Council.MEMBER);
    Object choice = task.getVariable(Council.AGREED);
    task.removeVariable(Council.AGREED);
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null && !user.getUserId().equals(member)) {
      throw new InvalidInputException(Council.AGREED,
          "Chỉ thành viên Hội đồng được giao phiếu này mới được biểu quyết.");
    }
    String label = "Đồng ý khen thưởng";
    Set<String> agreed = JsonKeys.read(choice, Council.AGREED, label);
    // read serialized: a deserialized Json value is written back at flush by the engine's implicit
    // update detection, and then every ballot of the session would update the same row and collide
    SerializableValue agendaValue = task.getVariableTyped(Council.AGENDA_CHOICE, false);
    Set<String> agenda = JsonKeys.read(agendaValue.getValueSerialized(), Council.AGENDA_CHOICE, label);
    for (String key : agreed) {
      if (!agenda.contains(key)) {
        throw InvalidInputException.of(Council.AGREED, label, "«" + key + "» không có trong chương trình phiên họp.");
      }
    }
    if (!store.castBallot((String) task.getVariable(Council.SESSION_ID), member, agreed)) {
      throw new InvalidInputException(Council.AGREED, "Thành viên " + member + " đã biểu quyết trong phiên họp này.");
    }
  }
}
