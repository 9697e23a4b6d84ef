package vn.thiduakhenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thiduakhenthuong.testing.SelectCounter;

/**
 * The fields of a task's form are kept per deployed form definition: a form deployed again with
 * other fields must take effect on the next completion, as when the engine read the form each time.
 */
class DeployedFormFieldsTests {

  final ProcessEngine engine = engine("deployed-form-fields");

  static ProcessEngine engine(String database) {
    return engine(database, null);
  }

  /** With a tenant given to every instance (the definitions stay shared), as the app gives a nomination its unit. */
  static ProcessEngine engine(String database, String tenant) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    if (tenant != null) {
      configuration.setTenantIdProvider(new TenantIdProvider() {
        @Override
        public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
          return tenant;
        }

        @Override
        public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
          return null;
        }

        @Override
        public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
          return null;
        }
      });
    }
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

  /**
   * A task of an instance with a tenant (a nomination: its unit) on a shared definition: the engine finds its
   * form as for any other ({@code latest}: the latest by key), so its fields are the kept ones too, not the
   * engine's form read again (resource, deployment, authorization check) at every completion.
   */
  @Test
  void aTaskOfAnInstanceWithATenantIsCheckedWithTheKeptFields() {
    ProcessEngine unit = engine("deployed-form-fields-tenant", "qldd");
    try {
      deploy(unit, "{\"id\":\"phieu\",\"type\":\"default\",\"components\":[{\"key\":\"a\",\"type\":\"textfield\"}]}");
      unit.getRuntimeService().startProcessInstanceByKey("p");
      unit.getRuntimeService().startProcessInstanceByKey("p");
      List<Task> tasks = unit.getTaskService().createTaskQuery().list();
      assertThat(tasks).extracting(Task::getTenantId).containsOnly("qldd");
      assertThatThrownBy(() -> unit.getTaskService().complete(tasks.get(0).getId(), Map.of("b", "x")))
          .hasMessageContaining("không có trường: b");
      unit.getTaskService().complete(tasks.get(0).getId(), Map.of("a", "x"));

      List<String> selects = SelectCounter.during(unit, () -> unit.getTaskService().complete(tasks.get(1).getId(), Map.of("a", "x")));

      assertThat(selects).noneMatch(id -> id.contains("Resource") || id.contains("Deployment"));
      assertThat(unit.getTaskService().createTaskQuery().count()).isZero();
    } finally {
      unit.close();
    }
  }

  /** A start form likewise: its fields are kept per form definition, and a new deployment takes effect. */
  @Test
  void aStartTakesTheFieldsOfTheStartFormKeptAfterTheFirst() {
    deployStart("{\"id\":\"batdau\",\"type\":\"default\",\"components\":[{\"key\":\"a\",\"type\":\"textfield\"}]}");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("s", Map.of("b", "x")))
        .hasMessageContaining("không có trường: b");
    engine.getRuntimeService().startProcessInstanceByKey("s", Map.of("a", "x"));

    List<String> selects = SelectCounter.during(engine,
        () -> engine.getRuntimeService().startProcessInstanceByKey("s", Map.of("a", "y")));

    assertThat(selects).noneMatch(id -> id.contains("Resource") || id.contains("Deployment"));
    deployStart("{\"id\":\"batdau\",\"type\":\"default\",\"components\":[{\"key\":\"b\",\"type\":\"textfield\"}]}");
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("s", Map.of("a", "x")))
        .hasMessageContaining("không có trường: a");
    engine.getRuntimeService().startProcessInstanceByKey("s", Map.of("b", "x"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("s").count()).isEqualTo(3);
  }

  private void deployStart(String form) {
    BpmnModelInstance process = Bpmn.createExecutableProcess("s").camundaHistoryTimeToLive(1).startEvent()
        .camundaFormRef("batdau").camundaFormRefBinding("latest").userTask("t").endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("s.bpmn", process)
        .addString("batdau.form", form).deploy();
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
