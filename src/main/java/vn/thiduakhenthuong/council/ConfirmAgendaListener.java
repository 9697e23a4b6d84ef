package vn.thiduakhenthuong.council;

import static org.camunda.spin.Spin.JSON;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.identity.Groups;
import vn.thiduakhenthuong.validation.InvalidInputException;
import vn.thiduakhenthuong.validation.JsonKeys;
import vn.thiduakhenthuong.nomination.NomineeSummary;

/**
 * Completion of {@code Task_ConfirmAgenda}: the agenda must be a non-empty choice among the
 * candidates; the others are freed for later sessions. The Council is read now (SPEC §3: members of
 * {@code council} when the session opens), the tallies are opened and the ballot round starts.
 */
@Component
public class ConfirmAgendaListener implements TaskListener {

  private final CouncilStore store;
  private final CouncilVoting voting;

  public ConfirmAgendaListener(CouncilStore store, CouncilVoting voting) {
    this.store = store;
    this.voting = voting;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution execution = task.getExecution();
    String label = "Các đề nghị đưa ra Hội đồng xét";
    Set<String> agenda = JsonKeys.read(execution.getVariable(Council.AGENDA_CHOICE), Council.AGENDA_CHOICE, label);
    Set<String> candidates = JsonKeys.values((SpinJsonNode) execution.getVariable(Council.CANDIDATES));
    if (agenda.isEmpty()) {
      throw InvalidInputException.of(Council.AGENDA_CHOICE, label, "hãy chọn ít nhất một đề nghị.");
    }
    Map<String, ProcessInstance> waiting = CollectCandidatesDelegate.waiting(execution);
    for (String key : agenda) {
      if (!candidates.contains(key)) {
        throw InvalidInputException.of(Council.AGENDA_CHOICE, label,
            "«" + key + "» không nằm trong danh sách đề nghị chờ phiên họp này xét.");
      }
      if (!waiting.containsKey(key)) {
        throw InvalidInputException.of(Council.AGENDA_CHOICE, label,
            "đề nghị «" + key + "» không còn chờ Hội đồng xét (đã kết thúc hoặc bị hủy).");
      }
    }
    String sessionId = (String) execution.getVariable(Council.SESSION_ID);
    store.keepOnly(sessionId, agenda);
    execution.setVariable(Council.AGENDA_CHOICE, JSON(JsonKeys.list(agenda)));

    Map<String, NomineeSummary> nominees = NomineeSummary.of(task.getProcessEngineServices().getRuntimeService(),
        agenda.stream().map(waiting::get).toList());
    SpinJsonNode rows = JSON("[]");
    SpinJsonNode options = JSON("[]");
    for (String key : agenda) {
      NomineeSummary nominee = nominees.get(key);
      rows.append(nominee.row());
      options.append(JSON("{}").prop("label", nominee.optionLabel()).prop("value", key));
    }
    execution.setVariable(Council.AGENDA, rows);
    execution.setVariable(Council.AGENDA_OPTIONS, options);

    List<String> members = members(task.getProcessEngineServices().getIdentityService());
    execution.setVariable(Council.MEMBER_IDS, JSON(members));
    execution.setVariable(Council.MEMBER_COUNT, members.size());
    execution.setVariable(Council.REOPENED, false);
    store.openTally(sessionId, agenda);
    voting.openRound(execution);
  }

  private static List<String> members(IdentityService identity) {
    List<String> members = identity.createUserQuery().memberOfGroup(Groups.COUNCIL).orderByUserId().asc().list()
        .stream().map(User::getId).toList();
    if (members.isEmpty()) {
      throw new InvalidInputException(Council.MEMBER_IDS,
          "Nhóm Hội đồng (council) chưa có thành viên: quản trị cần thêm thành viên trong trang Quản trị.");
    }
    return members;
  }
}
