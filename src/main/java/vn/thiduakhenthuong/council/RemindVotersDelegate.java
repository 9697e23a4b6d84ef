package vn.thiduakhenthuong.council;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.notification.MailKind;
import vn.thiduakhenthuong.notification.Notifications;
import vn.thiduakhenthuong.notification.TaskValues;

/**
 * {@code Task_RemindVoters}: one working day before the voting deadline
 * ({@code BoundaryEvent_VotingReminder} at {@code votingReminderAt}), each member who has not voted
 * gets a mail with a link to the own ballot. With a voting time of one working day the invitation
 * already said so, and nothing is sent.
 */
@Component
public class RemindVotersDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RemindVotersDelegate.class);

  private final CouncilVoting voting;
  private final Notifications notifications;

  public RemindVotersDelegate(CouncilVoting voting, Notifications notifications) {
    this.voting = voting;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notifications.quietly(MailKind.BALLOT_REMINDER, execution.getProcessBusinessKey(), () -> remind(execution));
  }

  private void remind(DelegateExecution execution) {
    if ((Integer) execution.getVariable(Council.VOTING_DAYS) < 2) {
      return;
    }
    List<String> absent = voting.membersToVote(execution);
    LOG.info("{}: {} member(s) have not voted one working day before the deadline",
        execution.getProcessBusinessKey(), absent.size());
    for (String member : absent) {
      for (Task ballot : execution.getProcessEngineServices().getTaskService().createTaskQuery()
          .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(Council.TASK_CAST_BALLOT)
          .taskAssignee(member).list()) {
        Map<String, String> values = TaskValues.of(ballot, execution, notifications);
        values.put("sessionTitle", TaskValues.text(execution.getVariable(Council.SESSION_TITLE)));
        values.put("votingDeadline", TaskValues.text(execution.getVariable(Council.VOTING_DEADLINE)));
        notifications.toUsers(MailKind.BALLOT_REMINDER, List.of(member), values, execution.getProcessBusinessKey());
      }
    }
  }
}
