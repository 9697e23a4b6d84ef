package vn.thiduakhenthuong.decision;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.nomination.Nomination;

/**
 * {@code Task_RemindOffice}, every 30 days while the province has not decided: the Office's
 * waiting task rises to the top of its list and gets a new due date, and the count of reminders grows.
 */
@Component
public class ProvinceReminderDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ProvinceReminderDelegate.class);
  static final long REMINDER_DAYS = 30;

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
    }
    LOG.info("{}: reminder {} to the Office, the province has not decided yet",
        execution.getVariable(Decisions.BATCH_ID), reminders);
  }
}
