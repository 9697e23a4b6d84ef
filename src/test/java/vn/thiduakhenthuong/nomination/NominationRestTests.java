package vn.thiduakhenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;

/**
 * The nomination through /engine-rest on the real configuration and PostgreSQL, as the demo users:
 * who sees what (SPEC §3), and bad input answered 400 in Vietnamese with nothing kept.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class NominationRestTests {

  private static final String UNIT_HEAD = "tpqldd:demo";
  private static final String OTHER_UNIT_HEAD = "tptnn:demo";
  private static final String OFFICE = "chuyenvien:demo";

  @Autowired TestRestTemplate template;
  final ObjectMapper json = new ObjectMapper();
  RestClient rest;

  @BeforeEach
  void client() {
    rest = new RestClient(template);
  }

  @Test
  void shouldShowANominationToItsUnitAndTheOfficeButNotToAnotherUnit() throws Exception {
    JsonNode started = start(UNIT_HEAD, NominationFixture.proposal());
    String key = started.get("businessKey").asText();
    String id = started.get("id").asText();

    assertThat(key).matches("DN-\\d{4}-\\d{4}");
    for (String path : new String[] {"/engine-rest/process-instance?businessKey=" + key,
        "/engine-rest/task?processInstanceBusinessKey=" + key,
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + key,
        "/engine-rest/history/variable-instance?processInstanceId=" + id,
        "/engine-rest/history/task?processInstanceBusinessKey=" + key,
        "/engine-rest/history/detail?processInstanceId=" + id}) {
      assertThat(count(path, UNIT_HEAD)).as(path + " as the proposing unit").isPositive();
      assertThat(count(path, OTHER_UNIT_HEAD)).as(path + " as another unit").isZero();
    }
    assertThat(count("/engine-rest/history/process-instance?processInstanceBusinessKey=" + key, OFFICE)).isOne();
    assertThat(rest.get("/engine-rest/process-instance/" + id + "/variables", OTHER_UNIT_HEAD).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    String submit = firstTaskId(key, UNIT_HEAD);
    assertThat(complete(submit, OTHER_UNIT_HEAD, Map.of("submitAction", "SEND")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(complete(submit, UNIT_HEAD, Map.of("submitAction", "SEND")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key + "&candidateGroup=office", OFFICE)).isOne();
    assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key, OTHER_UNIT_HEAD)).isZero();
  }

  @Test
  void shouldAnswerABadProposalWith400InVietnameseAndKeepNothing() throws Exception {
    Map<String, Object> proposal = NominationFixture.proposal();
    proposal.put("nomineeName", "<script>alert('x')</script>");
    long before = count("/engine-rest/history/process-instance", OFFICE);

    ResponseEntity<String> refused = rest.postJson("/engine-rest/process-definition/key/nomination/start",
        UNIT_HEAD, body(proposal));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("message").asText())
        .isEqualTo("«Tên cá nhân / tập thể được đề nghị» (nomineeName): không được chứa thẻ HTML hoặc mã lệnh (ký tự «<»).");
    assertThat(count("/engine-rest/history/process-instance", OFFICE)).isEqualTo(before);
  }

  @Test
  void shouldAnswerABadCompletionWith400AndKeepTheTask() throws Exception {
    String key = start(UNIT_HEAD, NominationFixture.proposal()).get("businessKey").asText();
    String submit = firstTaskId(key, UNIT_HEAD);

    ResponseEntity<String> refused = complete(submit, UNIT_HEAD, Map.of("submitAction", "SEND_NOW"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("(submitAction)", "chỉ chấp nhận: SEND, CANCEL");
    assertThat(firstTaskId(key, UNIT_HEAD)).isEqualTo(submit);
  }

  @Test
  void shouldLetOnlyTheProposingUnitWithdrawAndRefuseLateWithdrawalInVietnamese() throws Exception {
    String early = start(UNIT_HEAD, NominationFixture.proposal()).get("businessKey").asText();
    String late = start(UNIT_HEAD, NominationFixture.proposal()).get("businessKey").asText();
    rest.uploadDossier(late, UNIT_HEAD);
    complete(firstTaskId(late, UNIT_HEAD), UNIT_HEAD, Map.of("submitAction", "SEND"));
    complete(firstTaskId(late, OFFICE), OFFICE, Map.of("dossierDecision", "COMPLETE"));
    assertThat(rest.postJson("/engine-rest/message", "admin:demo", "{\"messageName\":\"CouncilResult\",\"businessKey\":\""
        + late + "\",\"processVariables\":{\"councilApproved\":{\"value\":true},\"votesFor\":{\"value\":5},"
        + "\"ballotsCast\":{\"value\":6},\"councilMembers\":{\"value\":7},\"councilSessionId\":{\"value\":\"HD-1\"}}}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(rest.postJson("/engine-rest/message", OTHER_UNIT_HEAD, withdraw(early)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(count("/engine-rest/process-instance?businessKey=" + early, UNIT_HEAD)).isOne();
    assertThat(rest.postJson("/engine-rest/message", UNIT_HEAD, withdraw(early)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(count("/engine-rest/process-instance?businessKey=" + early, UNIT_HEAD)).isZero();
    assertThat(rest.get("/engine-rest/history/variable-instance?variableName=outcome&processInstanceIdIn="
        + historicId(early), UNIT_HEAD).getBody()).contains("\"value\":\"WITHDRAWN\"");

    ResponseEntity<String> tooLate = rest.postJson("/engine-rest/message", UNIT_HEAD, withdraw(late));
    assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(tooLate.getBody()).get("message").asText())
        .contains("không thể rút đề nghị sau khi Hội đồng đã biểu quyết");
    assertThat(count("/engine-rest/process-instance?businessKey=" + late, UNIT_HEAD)).isOne();
  }

  private static String withdraw(String businessKey) {
    return "{\"messageName\":\"Withdraw\",\"businessKey\":\"" + businessKey + "\"}";
  }

  private String historicId(String businessKey) throws Exception {
    return json.readTree(rest.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey,
        UNIT_HEAD).getBody()).get(0).get("id").asText();
  }

  private JsonNode start(String user, Map<String, Object> variables) throws Exception {
    ResponseEntity<String> started = rest.postJson("/engine-rest/process-definition/key/nomination/start", user,
        body(variables));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(started.getBody());
  }

  private ResponseEntity<String> complete(String taskId, String user, Map<String, Object> variables) throws Exception {
    return rest.postJson("/engine-rest/task/" + taskId + "/complete", user, body(variables));
  }

  private String firstTaskId(String businessKey, String user) throws Exception {
    return json.readTree(rest.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey, user).getBody())
        .get(0).get("id").asText();
  }

  private int count(String path, String user) throws Exception {
    ResponseEntity<String> answer = rest.get(path, user);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody()).size();
  }

  /** {"variables": {"name": {"value": ...}}} — the engine infers String, Integer, Boolean. */
  private String body(Map<String, Object> variables) throws Exception {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, java.util.Collections.singletonMap("value", value)));
    return json.writeValueAsString(Map.of("variables", typed));
  }
}
