package vn.thiduakhenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * A user's bad input is answered in Vietnamese and is not a fault of the server: the engine's log shows it as it shows
 * its own BadUserRequestException (debug), not as an ERROR with a stack trace for every mistyped form. A fault of
 * ours (a listener that breaks) stays an ERROR.
 */
@ExtendWith(ProcessEngineExtension.class)
class UserErrorLoggingTests {

  private static final String REFUSAL = "«Tên người được đề nghị» (nomineeName): không được để trống.";

  ProcessEngine engine;
  private final Logger contextLog = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private String deploymentId;

  @BeforeEach
  void setUp() {
    logged.start();
    contextLog.addAppender(logged);
    Mocks.register("refuse", (ExecutionListener) execution -> {
      throw new InvalidInputException("nomineeName", REFUSAL);
    });
    Mocks.register("refuseTask", (TaskListener) task -> {
      throw new InvalidInputException("nomineeName", REFUSAL);
    });
    Mocks.register("breaks", (ExecutionListener) execution -> {
      throw new IllegalStateException("a bug of ours");
    });
    BpmnModelInstance model = Bpmn.createExecutableProcess("logging").startEvent()
        .camundaExecutionListenerExpression("start", "${execution.getVariable('start') == 'refuse' ? refuse.notify(execution) : "
            + "execution.getVariable('start') == 'break' ? breaks.notify(execution) : null}")
        .userTask("Task_Step").camundaTaskListenerExpression("complete", "${refuseTask.notify(task)}")
        .endEvent().done();
    deploymentId = engine.getRepositoryService().createDeployment().addModelInstance("logging.bpmn", model).deploy()
        .getId();
  }

  @AfterEach
  void tearDown() {
    contextLog.detachAppender(logged);
    Mocks.reset();
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void shouldNotLogARefusedStartAsAnError() {
    Throwable refused = catchThrowable(() -> engine.getRuntimeService()
        .startProcessInstanceByKey("logging", Map.of("start", "refuse")));

    assertThat(refused).isInstanceOf(InvalidInputException.class).hasMessage(REFUSAL);
    assertThat(errorsAndWarnings()).isEmpty();
  }

  @Test
  void shouldNotLogARefusedCompletionAsAnError() {
    engine.getRuntimeService().startProcessInstanceByKey("logging", Map.of("start", "go"));
    Task step = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_Step").singleResult();

    Throwable refused = catchThrowable(() -> engine.getTaskService().complete(step.getId()));

    assertThat(refused).isInstanceOf(InvalidInputException.class).hasMessage(REFUSAL);
    assertThat(errorsAndWarnings()).isEmpty();
  }

  @Test
  void shouldStillLogAFaultOfOursAsAnError() {
    Throwable failed = catchThrowable(() -> engine.getRuntimeService()
        .startProcessInstanceByKey("logging", Map.of("start", "break")));

    assertThat(failed).hasRootCauseInstanceOf(IllegalStateException.class);
    assertThat(errorsAndWarnings()).anySatisfy(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.ERROR);
      assertThat(event.getFormattedMessage()).contains("a bug of ours");
    });
  }

  private List<ILoggingEvent> errorsAndWarnings() {
    return logged.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).toList();
  }
}
