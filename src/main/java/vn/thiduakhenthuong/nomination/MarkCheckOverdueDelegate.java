package vn.thiduakhenthuong.nomination;

import org.camunda.bpm.engine.TaskService;
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
 * {@code BoundaryEvent_CheckOverdue} fired: the Office's check stays open, moves up in Tasklist
 * (priority), shows in the Office's "Quá hạn" filter through its due date, and the Office chief
 * ({@code awards.notifications.office-chief}) gets a mail.
 */
@Component
public class MarkCheckOverdueDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(MarkCheckOverdueDelegate.class);

  private final Notifications notifications;

  public MarkCheckOverdueDelegate(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Nomination.TASK_CHECK_DOSSIER).list()) {
      tasks.setPriority(task.getId(), Nomination.OVERDUE_PRIORITY);
      LOG.info("Check of {} is overdue since {}", execution.getProcessBusinessKey(), task.getDueDate());
      String key = execution.getProcessBusinessKey();
      notifications.quietly(MailKind.CHECK_OVERDUE, key, () -> notifications.toOfficeChief(MailKind.CHECK_OVERDUE,
          TaskValues.of(task, execution, notifications), key));
    }
  }
}
