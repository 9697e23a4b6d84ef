package vn.thiduakhenthuong.decision;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.identity.Groups;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.notification.MailKind;
import vn.thiduakhenthuong.notification.Notifications;
import vn.thiduakhenthuong.notification.TaskValues;

/**
 * {@code Task_RemindOffice}, every 30 days while the province has not decided: the Office's
 * waiting task rises to the top of its list and gets a new due date, the count of reminders grows,
 * and the members of {@code office} get a mail.
 */
@Component
public class ProvinceReminderDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ProvinceReminderDelegate.class);
  static final long REMINDER_DAYS = 30;

  private final Notifications notifications;

  public ProvinceReminderDelegate(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Object count = execution.getVariable(Decisions.PROVINCE_REMINDERS);
    int reminders = (count instanceof Number number ? number.intValue() : 0) + 1;
    execution.setVariable(Decisions.PROVINCE_REMINDERS, reminders);
    for (Task waiting : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Decisions.TASK_RECORD_PROVINCE_DECISION).list()) {
      waiting.setPriority(Nomination.OVERDUE_PRIORITY);
      waiting.setDueDate(new Date(ClockUtil.getCurrentTime().getTime() + REMINDER_DAYS * 24 * 3600 * 1000));
      tasks.saveTask(waiting);
      notifications.quietly(MailKind.PROVINCE_REMINDER, execution.getProcessBusinessKey(),
          () -> mail(execution, waiting, reminders));
    }
    LOG.info("{}: reminder {} to the Office, the province has not decided yet",
        execution.getVariable(Decisions.BATCH_ID), reminders);
  }

  private void mail(DelegateExecution execution, Task waiting, int reminders) {
    Map<String, String> values = TaskValues.of(waiting, execution, notifications);
    values.put("submissionNumber", TaskValues.text(execution.getVariable(Decisions.SUBMISSION_NUMBER)));
    values.put("submissionDate", shown(execution.getVariable(Decisions.SUBMISSION_DATE)));
    values.put("sentDate", shown(execution.getVariable(Decisions.SENT_DATE)));
    values.put("sentReference", TaskValues.text(execution.getVariable(Decisions.SENT_REFERENCE)));
    values.put("reminderCount", String.valueOf(reminders));
    values.put("recipientCount", TaskValues.text(execution.getVariable(Decisions.RECIPIENT_COUNT)));
    notifications.toGroups(MailKind.PROVINCE_REMINDER, List.of(Groups.OFFICE), values,
        execution.getProcessBusinessKey());
  }

  private static String shown(Object date) {
    return date == null ? "" : Dates.show(LocalDate.parse((String) date));
  }
}
