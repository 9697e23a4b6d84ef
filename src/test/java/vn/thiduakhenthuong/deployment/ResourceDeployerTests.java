package vn.thiduakhenthuong.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

@ExtendWith(ProcessEngineExtension.class)
class ResourceDeployerTests {

  private static final Map<String, String> MODELS = new java.util.concurrent.ConcurrentHashMap<>();

  ProcessEngine engine;

  @AfterEach
  void removeDeployments() {
    RepositoryService repository = engine.getRepositoryService();
    repository.createDeploymentQuery().list().forEach(d -> repository.deleteDeployment(d.getId(), true));
  }

  @Test
  void shouldNameResourcesTheSameInTheJarAndInTheBuildFolder() {
    assertThat(ResourceDeployer.stableName("bpmn",
        "jar:file:/opt/app/awards.jar!/BOOT-INF/classes!/bpmn/nomination.bpmn"))
        .isEqualTo("bpmn/nomination.bpmn");
    assertThat(ResourceDeployer.stableName("bpmn",
        "file:/home/u/awards/target/classes/bpmn/nomination.bpmn"))
        .isEqualTo("bpmn/nomination.bpmn");
    assertThat(ResourceDeployer.stableName("forms",
        "file:/home/u/awards/target/classes/forms/sub/check-dossier.form"))
        .isEqualTo("forms/sub/check-dossier.form");
  }

  @Test
  void shouldCreateNoNewVersionWhenNothingChanged() {
    Map<String, Resource> files = files("first", "second");

    assertThat(deployer(files).deploy(engine)).isNotNull();
    assertThat(deployer(files("first", "second")).deploy(engine)).isNull();

    assertThat(versions("first")).containsExactly(1);
    assertThat(versions("second")).containsExactly(1);
  }

  @Test
  void shouldCreateANewVersionOfTheChangedFileOnly() {
    deployer(files("first", "second")).deploy(engine);

    Map<String, Resource> changed = files("first", "second");
    changed.put("bpmn/second.bpmn", process("second", "Quy trình thứ hai, sửa lại"));
    Deployment deployment = deployer(changed).deploy(engine);

    assertThat(deployment).isNotNull();
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()))
        .containsExactly("bpmn/second.bpmn");
    assertThat(versions("first")).containsExactly(1);
    assertThat(versions("second")).containsExactly(1, 2);
  }

  @Test
  void shouldFindTheProjectsOwnFoldersOnTheClasspath() {
    Map<String, Resource> found = new ResourceDeployer(getClass().getClassLoader()).findResources();

    assertThat(found.keySet()).allMatch(name -> name.startsWith("bpmn/") || name.startsWith("forms/"))
        .contains("bpmn/nomination.bpmn", "bpmn/nomination-eligibility.dmn", "bpmn/award-routing.dmn",
            "forms/nomination-start.form", "forms/nomination-check-dossier.form");
  }

  private ResourceDeployer deployer(Map<String, Resource> files) {
    return new ResourceDeployer(getClass().getClassLoader()) {
      @Override
      public Map<String, Resource> findResources() {
        return files;
      }
    };
  }

  private List<Integer> versions(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
        .orderByProcessDefinitionVersion().asc().list().stream().map(d -> d.getVersion()).toList();
  }

  private static Map<String, Resource> files(String... keys) {
    Map<String, Resource> files = new LinkedHashMap<>();
    for (String key : keys) {
      files.put("bpmn/" + key + ".bpmn", process(key, "Quy trình " + key));
    }
    return files;
  }

  /** The builder makes random ids, so each model is built once and then read again as a file would be. */
  private static Resource process(String key, String name) {
    String xml = MODELS.computeIfAbsent(key + "|" + name, k -> Bpmn.convertToString(Bpmn.createExecutableProcess(key).name(name)
        .camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_Started").userTask("Task_Work").endEvent("EndEvent_Done").done()));
    return new ByteArrayResource(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
