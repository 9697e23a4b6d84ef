package vn.thiduakhenthuong.nomination;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code BoundaryEvent_CheckOverdue} fired: the Office's check stays open, moves up in Tasklist
 * (priority) and shows in the Office's "Quá hạn" filter through its due date.
 */
@Component
public class MarkCheckOverdueDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(MarkCheckOverdueDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Nomination.TASK_CHECK_DOSSIER).list()) {
      tasks.setPriority(task.getId(), Nomination.OVERDUE_PRIORITY);
      LOG.info("Check of {} is overdue since {}", execution.getProcessBusinessKey(), task.getDueDate());
    }
  }
}
