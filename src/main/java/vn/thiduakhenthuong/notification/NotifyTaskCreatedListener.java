package vn.thiduakhenthuong.notification;

import static org.camunda.spin.Spin.JSON;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.council.Council;
import vn.thiduakhenthuong.nomination.CheckDossierListener;
import vn.thiduakhenthuong.nomination.Nomination;

/**
 * Work has arrived: a mail when any user task is created (added to every user task of every diagram
 * by {@link TaskNotificationPlugin}, so a task a process owner adds is covered too). To the assignee
 * (essential), or to each member of the candidate groups (optional). A Council ballot is the
 * invitation to vote, with the deadline and the agenda; a supplement request carries the Office's
 * comment.
 */
@Component
public class NotifyTaskCreatedListener implements TaskListener {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Notifications notifications;

  public NotifyTaskCreatedListener(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    notifications.quietly(MailKind.TASK_ASSIGNED, businessKey, () -> queue(task, businessKey));
  }

  private void queue(DelegateTask task, String businessKey) {
    DelegateExecution execution = task.getExecution();
    Map<String, String> values = TaskValues.of(task, notifications);
    if (Council.TASK_CAST_BALLOT.equals(task.getTaskDefinitionKey())) {
      ballot(execution, values);
      notifications.toUsers(MailKind.BALLOT_OPENED, List.of(task.getAssignee()), values, businessKey);
    } else if (task.getAssignee() != null) {
      MailKind kind = MailKind.TASK_ASSIGNED;
      if (Nomination.TASK_SUPPLEMENT_DOSSIER.equals(task.getTaskDefinitionKey())) {
        kind = MailKind.SUPPLEMENT_REQUESTED;
        values.put("officeComment", TaskValues.text(execution.getVariable(CheckDossierListener.OFFICE_COMMENT)));
      }
      notifications.toUsers(kind, List.of(task.getAssignee()), values, businessKey);
    } else {
      List<String> groups = new ArrayList<>();
      List<String> users = new ArrayList<>();
      for (IdentityLink link : task.getCandidates()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          groups.add(link.getGroupId());
        } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
          users.add(link.getUserId());
        }
      }
      values.put("groupNames", groups.isEmpty() ? "anh/chị" : groupNames(groups));
      notifications.toGroups(MailKind.TASK_GROUP, groups, values, businessKey);
      notifications.toUsers(MailKind.TASK_GROUP, users, values, businessKey);
    }
  }

  private static void ballot(DelegateExecution execution, Map<String, String> values) {
    values.put("sessionTitle", TaskValues.text(execution.getVariable(Council.SESSION_TITLE)));
    values.put("votingDeadline", TaskValues.text(execution.getVariable(Council.VOTING_DEADLINE)));
    Object meeting = execution.getVariable(Council.MEETING_DATE);
    values.put("meetingDate", meeting == null ? "" : LocalDate.parse((String) meeting).format(DAY));
    // read serialized: a deserialized Json value would be written back by every ballot (CastBallotListener)
    SerializableValue agenda = execution.getVariableTyped(Council.AGENDA, false);
    StringBuilder lines = new StringBuilder();
    int index = 1;
    if (agenda != null) {
      for (SpinJsonNode row : JSON(agenda.getValueSerialized()).elements()) {
        lines.append(index++).append(". ").append(row.prop("nomineeName").stringValue()).append(" (")
            .append(row.prop("unitName").stringValue()).append(") – ").append(row.prop("awardTypeLabel").stringValue())
            .append("\n");
      }
    }
    values.put("agenda", lines.toString().strip());
    values.put("agendaCount", String.valueOf(index - 1));
  }

  private static String groupNames(List<String> groups) {
    List<String> names = new ArrayList<>();
    for (String id : groups) {
      var group = Context.getCommandContext().runWithoutAuthorization(() -> Context.getProcessEngineConfiguration()
          .getIdentityService().createGroupQuery().groupId(id).singleResult());
      names.add(group == null || group.getName() == null ? id : group.getName());
    }
    return String.join(", ", names);
  }
}
