package vn.thiduakhenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fields of a task's form are kept per deployed form definition: a form deployed again with
 * other fields must take effect on the next completion, as when the engine read the form each time.
 */
class DeployedFormFieldsTests {

  final ProcessEngine engine = engine("deployed-form-fields");

  static ProcessEngine engine(String database) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(database);
    configuration.setJdbcUrl("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=1000");
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(new FormFieldsOnlyPlugin()));
    return configuration.buildProcessEngine();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aStepTakesTheFieldsOfTheFormDeployedLast() {
    deploy("{\"id\":\"phieu\",\"type\":\"default\",\"components\":[{\"key\":\"a\",\"type\":\"textfield\"}]}");
    engine.getRuntimeService().startProcessInstanceByKey("p");
    assertThatThrownBy(() -> complete(Map.of("b", "x"))).hasMessageContaining("không có trường: b");
    complete(Map.of("a", "x"));

    // the same form deployed again, now with b and a disabled a
    deploy("{\"id\":\"phieu\",\"type\":\"default\",\"components\":[{\"key\":\"a\",\"type\":\"textfield\","
        + "\"disabled\":true},{\"key\":\"b\",\"type\":\"textfield\"}]}");
    engine.getRuntimeService().startProcessInstanceByKey("p");
    assertThatThrownBy(() -> complete(Map.of("a", "x"))).hasMessageContaining("không có trường: a");
    complete(Map.of("b", "x"));
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
  }

  /** Two engines on two databases number their definitions alike: each keeps its own forms' fields. */
  @Test
  void anotherEngineWithTheSameIdsKeepsItsOwnFields() {
    deploy("{\"id\":\"phieu\",\"type\":\"default\",\"components\":[{\"key\":\"a\",\"type\":\"textfield\"}]}");
    engine.getRuntimeService().startProcessInstanceByKey("p");
    complete(Map.of("a", "x"));

    ProcessEngine other = engine("deployed-form-fields-other");
    try {
      deploy(other, "{\"id\":\"phieu\",\"type\":\"default\",\"components\":[{\"key\":\"b\",\"type\":\"textfield\"}]}");
      other.getRuntimeService().startProcessInstanceByKey("p");
      Task task = other.getTaskService().createTaskQuery().singleResult();
      other.getTaskService().complete(task.getId(), Map.of("b", "x"));
      assertThat(other.getTaskService().createTaskQuery().count()).isZero();
    } finally {
      other.close();
    }
  }

  private void deploy(String form) {
    deploy(engine, form);
  }

  private static void deploy(ProcessEngine engine, String form) {
    BpmnModelInstance process = Bpmn.createExecutableProcess("p").camundaHistoryTimeToLive(1).startEvent()
        .userTask("t").camundaFormRef("phieu").camundaFormRefBinding("latest").endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("p.bpmn", process)
        .addString("phieu.form", form).deploy();
  }

  private void complete(Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().singleResult();
    engine.getTaskService().complete(task.getId(), variables);
  }
}
