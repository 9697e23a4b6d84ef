package vn.thiduakhenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.testing.WebappSession;

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
  private static final String ADMIN = "admin:demo";
  private static final String TPHAI = "tphai:" + RestClient.NEW_USER_PASSWORD;
  private static final String TPSQL = "tpsql:" + RestClient.NEW_USER_PASSWORD;

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;
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
    // the unit's tenant, not a row per task, keeps the task to its unit (UnitTenancy)
    assertThat(engine.getTaskService().createTaskQuery().taskId(submit).singleResult().getTenantId()).isEqualTo("qldd");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(submit).count()).isZero();
    assertThat(count("/engine-rest/task?processDefinitionKey=nomination", OTHER_UNIT_HEAD)).isZero();
    assertThat(complete(submit, OTHER_UNIT_HEAD, Map.of("submitAction", "SEND")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    rest.uploadDossier(key, UNIT_HEAD);
    assertThat(complete(submit, UNIT_HEAD, Map.of("submitAction", "SEND")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key + "&candidateGroup=office", OFFICE)).isOne();
    // his right to work on the definition's tasks does not let him take the Office's check out of its list
    String check = firstTaskId(key, OFFICE);
    ResponseEntity<String> claimed = rest.postJson("/engine-rest/task/" + check + "/claim", UNIT_HEAD, "{\"userId\":\"tpqldd\"}");
    assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(claimed.getBody()).get("message").asText()).contains("chỉ được nhận hoặc giao cho thành viên");
    assertThat(engine.getTaskService().createTaskQuery().taskId(check).singleResult().getAssignee()).isNull();
    assertThat(rest.postJson("/engine-rest/task/" + check + "/claim", OFFICE, "{\"userId\":\"chuyenvien\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key, OTHER_UNIT_HEAD)).isZero();
  }

  @Test
  void shouldNameWhoCheckedTheDossierInItsReviewHistory() throws Exception {
    String key = rest.startNomination(UNIT_HEAD, "Vũ Văn Lịch Sử");
    rest.uploadDossier(key, UNIT_HEAD);
    assertThat(complete(firstTaskId(key, UNIT_HEAD), UNIT_HEAD, Map.of("submitAction", "SEND")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(complete(firstTaskId(key, OFFICE), OFFICE,
        Map.of("dossierDecision", "SUPPLEMENT", "officeComment", "Thiếu Biên bản họp")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    String history = (String) engine.getRuntimeService().getVariable(engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId(), "reviewHistory");
    // the unit head reads who asked, by name, not by login
    assertThat(history).contains("Văn phòng Sở (Phạm Thị Dung): ").doesNotContain("(chuyenvien)");
  }

  @Test
  void shouldGiveNominationsStartedBeforeUnitsHadTenantsTheirUnitsTenant() throws Exception {
    String id = start(UNIT_HEAD, NominationFixture.proposal()).get("id").asText();
    String key = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE")) {
      jdbc.update("UPDATE " + table + " SET TENANT_ID_ = NULL WHERE PROC_INST_ID_ = ?", id);
    }
    // as it was before: without a tenant, the unit heads' grant on the definition's tasks shows it to all
    assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key, OTHER_UNIT_HEAD)).isOne();

    assertThat(UnitTenancy.giveUnitsTheirNominationsStartedBefore(
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())).isPositive();

    for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE")) {
      assertThat(jdbc.queryForList("SELECT DISTINCT TENANT_ID_ FROM " + table + " WHERE PROC_INST_ID_ = ?", String.class, id))
          .as(table).containsExactly("qldd");
    }
    assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key, OTHER_UNIT_HEAD)).isZero();
    assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key, UNIT_HEAD)).isOne();
    rest.uploadDossier(key, UNIT_HEAD);
    assertThat(complete(firstTaskId(key, UNIT_HEAD), UNIT_HEAD, Map.of("submitAction", "SEND")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getTenantId())
        .as("the Office's check, made after").isEqualTo("qldd");
  }

  @Test
  void shouldNotUpdateAnyTableAtStartWhenEveryNominationHasItsTenant() throws Exception {
    start(UNIT_HEAD, NominationFixture.proposal());
    List<String> statements = new ArrayList<>();
    StandaloneProcessEngineConfiguration recorded = new StandaloneProcessEngineConfiguration();
    recorded.setDataSource(recording(dataSource, statements));

    assertThat(UnitTenancy.giveUnitsTheirNominationsStartedBefore(recorded)).isZero();
    // one look at the executions without a tenant, not an update that reads every open nomination's variables
    assertThat(statements).hasSize(1).noneMatch(sql -> sql.startsWith("UPDATE"));
  }

  /** The data source, with the SQL of every statement prepared through it written to {@code statements}. */
  private static DataSource recording(DataSource dataSource, List<String> statements) {
    InvocationHandler source = (proxy, method, arguments) -> {
      Object answer = invoke(dataSource, method, arguments);
      if (!(answer instanceof Connection connection)) {
        return answer;
      }
      return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (connectionProxy, connectionMethod, connectionArguments) -> {
            if (connectionMethod.getName().startsWith("prepare") || connectionMethod.getName().equals("createStatement")) {
              statements.add(connectionArguments == null ? "(statement)" : (String) connectionArguments[0]);
            }
            return invoke(connection, connectionMethod, connectionArguments);
          });
    };
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        source);
  }

  private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException failed) {
      throw failed.getCause();
    }
  }

  @Test
  void shouldNotFilterTheGroupsThatSeeEveryNominationByTenant() throws Exception {
    String id = start(UNIT_HEAD, NominationFixture.proposal()).get("id").asText();
    String key = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
    // a tenant nobody is a member of: only a command without the tenant check still finds it
    for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK")) {
      new JdbcTemplate(dataSource).update("UPDATE " + table + " SET TENANT_ID_ = 'khongai' WHERE PROC_INST_ID_ = ?", id);
    }

    assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key, OFFICE)).isOne();
    assertThat(count("/engine-rest/process-instance?businessKey=" + key, "giamdoc:demo")).isOne();
    assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key, UNIT_HEAD)).isZero();
    assertThat(count("/engine-rest/process-instance?businessKey=" + key, UNIT_HEAD)).isZero();
  }

  @Test
  void shouldGiveAUnitAddedInAdminItsTenantAtOnceSoThatItsHeadSeesHisFirstNominationInTasklist() throws Exception {
    assertThat(rest.postJson("/engine-rest/group/create", ADMIN,
        "{\"id\":\"unitmoi\",\"name\":\"Phòng Đo đạc mới\",\"type\":\"UNIT\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    IdentityService identity = engine.getIdentityService();
    assertThat(identity.createTenantQuery().tenantId("moi").singleResult().getName()).isEqualTo("Phòng Đo đạc mới");
    for (String member : List.of("unitmoi", "office", "director", "deputydirectors")) {
      assertThat(identity.createTenantQuery().tenantId("moi").groupMember(member).count()).as(member).isOne();
    }

    // the head is added after the unit, logs in to Tasklist, then proposes: the session he logged in with
    // already holds the unit's tenant, so «Việc của tôi» lists his first nomination at once
    assertThat(rest.postJson("/engine-rest/user/create", ADMIN, "{\"profile\":{\"id\":\"tpmoi\","
        + "\"firstName\":\"Trưởng\",\"lastName\":\"phòng mới\"},\"credentials\":{\"password\":\"" + RestClient.NEW_USER_PASSWORD + "\"}}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    for (String group : List.of("unitheads", "unitmoi")) {
      assertThat(rest.putJson("/engine-rest/group/" + group + "/members/tpmoi", ADMIN, "").getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    WebappSession tasklist = new WebappSession(port);
    tasklist.open("/camunda/app/tasklist/default/");
    assertThat(tasklist.logIn("tpmoi", RestClient.NEW_USER_PASSWORD).statusCode()).isEqualTo(200);
    HttpResponse<String> started = tasklist.post(
        "/camunda/api/engine/engine/default/process-definition/key/nomination/submit-form",
        body(NominationFixture.proposal()), true);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String key = json.readTree(started.body()).get("businessKey").asText();

    HttpResponse<String> mine = tasklist.open("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + key);
    assertThat(json.readTree(mine.body()).size()).as(mine.body()).isOne();
    assertThat(count("/engine-rest/process-instance?businessKey=" + key, OFFICE)).isOne();
    assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key, UNIT_HEAD)).isZero();

    // renamed in Admin: the tenant's name follows
    assertThat(rest.putJson("/engine-rest/group/unitmoi", ADMIN,
        "{\"id\":\"unitmoi\",\"name\":\"Phòng Đo đạc và Bản đồ\",\"type\":\"UNIT\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identity.createTenantQuery().tenantId("moi").singleResult().getName()).isEqualTo("Phòng Đo đạc và Bản đồ");
  }

  @Test
  void shouldOfferInTheStartFormTheUnitsTheUserHeads() throws Exception {
    String form = "/process-definition/key/nomination/deployed-start-form";
    // the head of one unit: his unit, already chosen (REST, and Tasklist's own route)
    JsonNode single = field(rest.get("/engine-rest" + form, UNIT_HEAD).getBody(), "unitCode");
    assertThat(single.get("values").toString()).isEqualTo("[{\"label\":\"Phòng Quản lý đất đai\",\"value\":\"qldd\"}]");
    assertThat(single.get("defaultValue").asText()).isEqualTo("qldd");
    WebappSession tasklist = new WebappSession(port);
    tasklist.open("/camunda/app/tasklist/default/");
    assertThat(tasklist.logIn("tpqldd", "demo").statusCode()).isEqualTo(200);
    assertThat(field(tasklist.open("/camunda/api/engine/engine/default" + form).body(), "unitCode")).isEqualTo(single);

    // the head of a unit added in Admin and of another: both, by name, none chosen; he may start for either
    assertThat(rest.postJson("/engine-rest/group/create", ADMIN,
        "{\"id\":\"unitbd\",\"name\":\"Phòng Bản đồ\",\"type\":\"UNIT\"}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rest.postJson("/engine-rest/user/create", ADMIN, "{\"profile\":{\"id\":\"tphai\","
        + "\"firstName\":\"Trưởng\",\"lastName\":\"hai đơn vị\"},\"credentials\":{\"password\":\"" + RestClient.NEW_USER_PASSWORD + "\"}}")
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    for (String group : List.of("unitheads", "unitbd", "unittnn")) {
      assertThat(rest.putJson("/engine-rest/group/" + group + "/members/tphai", ADMIN, "").getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    JsonNode two = field(rest.get("/engine-rest" + form, TPHAI).getBody(), "unitCode");
    assertThat(two.get("values").toString()).isEqualTo("[{\"label\":\"Phòng Bản đồ\",\"value\":\"bd\"},"
        + "{\"label\":\"Phòng Tài nguyên nước - Khoáng sản\",\"value\":\"tnn\"}]");
    assertThat(two.has("defaultValue")).isFalse();
    Map<String, Object> proposal = new java.util.HashMap<>(NominationFixture.proposal());
    proposal.remove("unitCode");
    ResponseEntity<String> unchosen = rest.postJson("/engine-rest/process-definition/key/nomination/start", TPHAI,
        body(proposal));
    assertThat(unchosen.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unchosen.getBody()).contains("anh/chị phụ trách nhiều đơn vị (Phòng Bản đồ, Phòng Tài nguyên nước - "
        + "Khoáng sản), hãy chọn một.");
    proposal.put("unitCode", "bd");
    assertThat(start(TPHAI, proposal).get("businessKey").asText()).matches("DN-\\d{4}-\\d{4}");

    // the form as deployed (what Modeler previews) for whoever heads no unit
    JsonNode deployed = field(rest.get("/engine-rest" + form, ADMIN).getBody(), "unitCode");
    assertThat(deployed.get("values")).hasSize(7);
  }

  @Test
  void shouldStartEveryStartFormsYearAtThisYearInVietnam() throws Exception {
    int thisYear = Nomination.today().getYear();
    Map<String, String> starters = Map.of("nomination", UNIT_HEAD, "council-session", "chuyenvien:demo",
        "award-decision", "chuyenvien:demo", "province-submission", "chuyenvien:demo");
    starters.forEach((process, user) -> {
      String form = rest.get("/engine-rest/process-definition/key/" + process + "/deployed-start-form", user).getBody();
      try {
        assertThat(field(form, "year").path("defaultValue").asInt()).as(process + "'s «Năm»").isEqualTo(thisYear);
      } catch (Exception unreadable) {
        throw new AssertionError(form, unreadable);
      }
    });
  }

  /** The field of a Camunda Form's schema with that key («Đơn vị đề nghị»: unitCode). */
  private JsonNode field(String schema, String key) throws Exception {
    java.util.Deque<JsonNode> components = new java.util.ArrayDeque<>();
    components.push(json.readTree(schema));
    while (!components.isEmpty()) {
      JsonNode component = components.pop();
      if (key.equals(component.path("key").asText())) {
        return component;
      }
      component.path("components").forEach(components::push);
    }
    throw new AssertionError("no " + key + " in " + schema);
  }

  @Test
  void shouldGiveAUnitWrittenStraightIntoTheDatabaseItsTenantWithItsFirstNomination() throws Exception {
    // a unit that did not come through the engine's identity service (a script, a directory's import)
    new JdbcTemplate(dataSource).update(
        "INSERT INTO ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_) VALUES ('unitsql', 1, 'Phòng nhập từ danh bạ', 'UNIT')");
    IdentityService identity = engine.getIdentityService();
    User head = identity.newUser("tpsql");
    head.setPassword(RestClient.NEW_USER_PASSWORD);
    identity.saveUser(head);
    identity.createMembership("tpsql", "unitheads");
    identity.createMembership("tpsql", "unitsql");
    assertThat(identity.createTenantQuery().tenantId("sql").count()).isZero();

    String key = start(TPSQL, NominationFixture.proposal()).get("businessKey").asText();

    assertThat(identity.createTenantQuery().tenantId("sql").singleResult().getName()).isEqualTo("Phòng nhập từ danh bạ");
    for (String member : List.of("unitsql", "office", "director", "deputydirectors")) {
      assertThat(identity.createTenantQuery().tenantId("sql").groupMember(member).count()).as(member).isOne();
    }
    assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key, TPSQL)).isOne();
    assertThat(count("/engine-rest/process-instance?businessKey=" + key, OFFICE)).isOne();
    assertThat(count("/engine-rest/task?processInstanceBusinessKey=" + key, UNIT_HEAD)).isZero();
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

    // another unit's head cannot see the nomination (its unit's tenant): for him, nothing waits under that key
    ResponseEntity<String> otherUnit = rest.postJson("/engine-rest/message", OTHER_UNIT_HEAD, withdraw(early));
    assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(otherUnit.getBody()).get("message").asText())
        .contains("Không có hồ sơ nào đang chờ thông điệp này");
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
