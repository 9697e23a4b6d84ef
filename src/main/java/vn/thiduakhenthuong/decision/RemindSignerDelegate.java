package vn.thiduakhenthuong.decision;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.identity.Groups;
import vn.thiduakhenthuong.notification.MailKind;
import vn.thiduakhenthuong.notification.Notifications;
import vn.thiduakhenthuong.notification.TaskValues;

/**
 * {@code Task_RemindDirector}: {@code BoundaryEvent_SignWaiting} fired, the decision or submission has
 * waited for signature 3 working days; the task stays and the Director (group {@code director}) gets a
 * mail.
 */
@Component
public class RemindSignerDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RemindSignerDelegate.class);

  private final Notifications notifications;

  public RemindSignerDelegate(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (Task waiting : execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKeyIn(Decisions.TASK_SIGN_DECISION, Decisions.TASK_SIGN_SUBMISSION).list()) {
      String key = execution.getProcessBusinessKey();
      LOG.info("{} waits for signature since {}", key, waiting.getCreateTime());
      notifications.quietly(MailKind.SIGN_WAITING, key, () -> {
        Map<String, String> values = TaskValues.of(waiting, execution, notifications);
        values.put("recipientCount", TaskValues.text(execution.getVariable(Decisions.RECIPIENT_COUNT)));
        values.put("prizeTotalText", TaskValues.text(execution.getVariable(Decisions.PRIZE_TOTAL_TEXT)));
        notifications.toGroups(MailKind.SIGN_WAITING, List.of(Groups.DIRECTOR), values, key);
      });
    }
  }
}
