package vn.thiduakhenthuong.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduakhenthuong.RestClient;

/** Running nominations move to a new version with a dry run first; a step missing in the new version keeps them. */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:migration-tests;DB_CLOSE_DELAY=-1", "camunda.bpm.job-execution.enabled=false"})
class MigrationTests {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate template;
  final ObjectMapper json = new ObjectMapper();

  @Test
  void shouldListThenMigrateWhatCanMoveAndExplainWhatCannot() throws Exception {
    RestClient rest = new RestClient(template);
    String waitingToSend = start(rest);
    String beingChecked = start(rest);
    rest.uploadDossier(beingChecked, "tpqldd:demo");
    String task = json.readTree(rest.get("/engine-rest/task?processInstanceBusinessKey=" + beingChecked,
        "tpqldd:demo").getBody()).get(0).get("id").asText();
    rest.postJson("/engine-rest/task/" + task + "/complete", "tpqldd:demo",
        "{\"variables\":{\"submitAction\":{\"value\":\"SEND\"}}}");
    // the new version renames the Office's check: instances at that step cannot move step for step
    engine.getRepositoryService().createDeployment().name("modeler")
        .addString("bpmn/nomination.bpmn", nomination().replace("Task_CheckDossier", "Task_ReviewDossier")).deploy();

    assertThat(version(start(rest))).as("a new nomination takes the new version").isEqualTo(2);
    assertThat(rest.postJson("/api/migration/nomination?dryRun=true", "tpqldd:demo", "").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode dryRun = json.readTree(rest.postJson("/api/migration/nomination?dryRun=true", "quytrinh:demo", "").getBody());
    assertThat(dryRun.get("movable").findValuesAsText("businessKey")).containsExactly(waitingToSend);
    assertThat(dryRun.get("notMovable").get(0).get("businessKey").asText()).isEqualTo(beingChecked);
    assertThat(dryRun.get("notMovable").get(0).get("reason").asText()).contains("Task_CheckDossier", "không có trong phiên bản");
    assertThat(dryRun.get("migrated").asInt()).isZero();
    assertThat(version(waitingToSend)).isEqualTo(1);

    ResponseEntity<String> done = rest.postJson("/api/migration/nomination?dryRun=false", "quytrinh:demo", "");
    assertThat(json.readTree(done.getBody()).get("migrated").asInt()).isOne();
    assertThat(version(waitingToSend)).isEqualTo(2);
    assertThat(version(beingChecked)).isEqualTo(1);
    assertThat(rest.postJson("/api/migration/unknown", "quytrinh:demo", "").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String start(RestClient rest) {
    return rest.startNomination("tpqldd:demo", "Nguyễn Văn Mới");
  }

  private int version(String businessKey) {
    String definition = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getProcessDefinitionId();
    return engine.getRepositoryService().getProcessDefinition(definition).getVersion();
  }

  private static String nomination() throws java.io.IOException {
    try (InputStream in = MigrationTests.class.getClassLoader().getResourceAsStream("bpmn/nomination.bpmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
