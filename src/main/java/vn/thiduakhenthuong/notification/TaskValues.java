package vn.thiduakhenthuong.notification;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.Task;
import vn.thiduakhenthuong.nomination.Nomination;

/**
 * What every mail about a task can say: {@code taskName}, {@code taskLink}, {@code processName},
 * {@code businessKey}, {@code dueDate}, {@code createdAt}, and for a nomination {@code nomineeName}
 * and {@code unitName}.
 */
public final class TaskValues {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private TaskValues() {}

  public static Map<String, String> of(DelegateTask task, Notifications notifications) {
    return of(task.getId(), task.getName(), task.getDueDate(), task.getCreateTime(), task.getExecution(),
        notifications);
  }

  /** For a step that finds the task it is about (a reminder). */
  public static Map<String, String> of(Task task, DelegateExecution execution, Notifications notifications) {
    return of(task.getId(), task.getName(), task.getDueDate(), task.getCreateTime(), execution, notifications);
  }

  private static Map<String, String> of(String id, String name, Date due, Date created, DelegateExecution execution,
      Notifications notifications) {
    Map<String, String> values = new HashMap<>();
    values.put("taskName", text(name));
    values.put("taskLink", notifications.taskLink(id));
    values.put("processName", text(((ExecutionEntity) execution).getProcessDefinition().getName()));
    values.put("businessKey", text(execution.getProcessBusinessKey()));
    values.put("dueDate", due == null ? "không có hạn" : shown(due));
    values.put("createdAt", shown(created));
    values.put("nomineeName", text(execution.getVariable("nomineeName")));
    values.put("unitName", text(execution.getVariable("unitName")));
    return values;
  }

  /** 27/11/2026 09:00, Vietnamese time. */
  public static String shown(Date date) {
    return date == null ? "" : ZonedDateTime.ofInstant(date.toInstant(), Nomination.ZONE).format(SHOWN);
  }

  public static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
