package vn.thiduakhenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.decision.BatchFlow;
import vn.thiduakhenthuong.decision.PdfText;
import vn.thiduakhenthuong.council.CouncilFixture;
import vn.thiduakhenthuong.nomination.NominationTestSupport;
import vn.thiduakhenthuong.notification.MailTemplates;
import vn.thiduakhenthuong.notification.NotificationProperties;

/**
 * Issue 10, item 4: malformed input against every start, every user task's completion, every
 * message of SPEC §4.5 and every /api call of SPEC §7.1, through HTTP on PostgreSQL as the demo
 * users. Each case must be answered 4xx with a Vietnamese message and leave every table as it was.
 * The cases are a table per step: a name and the request.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class BadInputSweepTests {

  static final Object REMOVE = new Object();
  static final String HUGE = "x".repeat(10 * 1024 * 1024);
  static final String LONG_NAME = "Nguyễn Văn ".repeat(10_000);
  static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  static final String SQL = "'; DROP TABLE award_registry; --";

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate template;
  @Autowired JdbcTemplate jdbc;
  final ObjectMapper json = new ObjectMapper();
  RestClient rest;
  BatchFlow flow;
  BadInputSweep sweep;

  @BeforeEach
  void setUp() {
    rest = new RestClient(template);
    flow = new BatchFlow(engine, rest);
    sweep = new BadInputSweep(jdbc);
  }

  @Test
  void shouldAnswerEveryBadInputWith4xxInVietnameseAndWriteNothing() {
    startNomination();
    startOtherProcesses();
    nominationTasks();
    messages();
    councilTasks();
    decisionTasks();
    provinceTasks();
    api();

    System.out.println(sweep.summary());
    assertThat(sweep.failures()).as(sweep.summary()).isEmpty();
    assertThat(sweep.cases()).isGreaterThanOrEqualTo(100);
  }

  /**
   * Markup is refused at every step (the sweep), but text with the characters that matter in HTML,
   * entity look-alikes and SQL is a valid name: it must come out as the same text in the generated
   * PDFs, the registry and the HTML mails, and our own pages must never insert data as HTML.
   */
  @Test
  void shouldKeepHtmlAndSqlLookingTextAsPlainTextEverywhere() throws Exception {
    String name = "Nhóm \"Số hóa\" & Cộng sự '; DROP TABLE award_registry; -- >_<";
    String achievements = "&lt;script&gt;alert(1)&lt;/script&gt; 5 > 3 & 2 < 4";
    String key = BatchFlow.field(BatchFlow.ok(post("/engine-rest/process-definition/key/nomination/start", "tpqldd",
        vars(proposal("nomineeName", name, "nomineeKind", "COLLECTIVE", "achievements", achievements, "year", 2027)))),
        "businessKey");
    rest.uploadDossier(key, "tpqldd:demo");
    flow.complete(key, "Task_SubmitDossier", "tpqldd", "{\"submitAction\":{\"value\":\"SEND\"}}");
    flow.complete(key, "Task_CheckDossier", "chuyenvien", "{\"dossierDecision\":{\"value\":\"COMPLETE\"}}");
    flow.approveByCouncil(List.of(key), "ANNUAL", 2027);
    String decision = flow.startBatch("award-decision", "chuyenvien", "ANNUAL", 2027);
    flow.complete(decision, "Task_PrepareDecision", "chuyenvien", "{\"decisionNominations\":" + BatchFlow.jsonList(List.of(key))
        + ",\"decisionSummary\":{\"value\":\"Về việc tặng Giấy khen\"}}");
    flow.complete(decision, "Task_SignDecision", "giamdoc", "{\"signAction\":{\"value\":\"SIGN\"}}");

    for (String type : List.of("BIEN_BAN_HOI_DONG", "QUYET_DINH")) {
      assertThat(PdfText.of(document(key, type))).as(type).contains(name).doesNotContain("&amp;", "&quot;");
    }
    assertThat(json.readTree(get("/api/registry?year=2027", "chuyenvien").getBody()).findValuesAsText("nomineeName"))
        .containsExactly(name);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM award_registry", Long.class)).isPositive();

    String html = new MailTemplates(NotificationProperties.defaults()).render("check-overdue",
        Map.of("businessKey", key, "nomineeName", SCRIPT, "unitName", name, "dueDate", "01/12/2026")).html();
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;",
        "Nhóm &quot;Số hóa&quot; &amp; Cộng sự &#39;; DROP TABLE").doesNotContain("<script>", "<img src=x");

    for (Path page : ownPages()) {
      assertThat(Files.readString(page)).as(page.toString())
          .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "v-html", "ng-bind-html");
    }
  }

  byte[] document(String businessKey, String type) throws Exception {
    long id = -1;
    for (com.fasterxml.jackson.databind.JsonNode row : json.readTree(get("/api/nominations/" + businessKey + "/documents",
        "chuyenvien").getBody())) {
      if (row.get("type").asText().equals(type)) {
        id = row.get("id").asLong();
      }
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("chuyenvien", "demo");
    return template.exchange("/api/documents/" + id, HttpMethod.GET, new HttpEntity<>(headers), byte[].class).getBody();
  }

  /** The registry page, the Tasklist plugins and the mail templates: everything of ours that renders data as HTML. */
  static List<Path> ownPages() throws java.io.IOException {
    List<Path> pages = new java.util.ArrayList<>();
    for (String folder : List.of("src/main/resources/static", "src/main/resources/META-INF/resources/webjars/camunda/app",
        "src/main/resources/mail")) {
      try (var files = Files.walk(Path.of(folder))) {
        files.filter(file -> file.toString().endsWith(".js") || file.toString().endsWith(".html")).forEach(pages::add);
      }
    }
    assertThat(pages).hasSizeGreaterThan(10);
    return pages;
  }

  // ---------------------------------------------------------------- starts

  void startNomination() {
    String path = "/engine-rest/process-definition/key/nomination/start";
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("missing period", () -> post(path, "tpqldd", vars(proposal("period", REMOVE))));
    cases.put("missing nomineeName", () -> post(path, "tpqldd", vars(proposal("nomineeName", REMOVE))));
    cases.put("missing submissionDate", () -> post(path, "tpqldd", vars(proposal("submissionDate", REMOVE))));
    cases.put("no variables", () -> post(path, "tpqldd", "{\"variables\":{}}"));
    cases.put("empty body", () -> post(path, "tpqldd", "{}"));
    cases.put("year as text", () -> post(path, "tpqldd", vars(proposal("year", "hai nghìn không trăm"))));
    cases.put("year with a fraction", () -> post(path, "tpqldd", vars(proposal("year", 2026.5))));
    cases.put("year 2020", () -> post(path, "tpqldd", vars(proposal("year", 2020))));
    cases.put("year 0", () -> post(path, "tpqldd", vars(proposal("year", 0))));
    cases.put("year 2031", () -> post(path, "tpqldd", vars(proposal("year", 2031))));
    cases.put("unknown period", () -> post(path, "tpqldd", vars(proposal("period", "YEARLY"))));
    cases.put("award type in lower case", () -> post(path, "tpqldd", vars(proposal("awardType", "director_certificate"))));
    cases.put("nominee kind as a number", () -> post(path, "tpqldd", vars(proposal("nomineeKind", 1))));
    cases.put("task rating as a boolean", () -> post(path, "tpqldd", vars(proposal("taskRating", true))));
    cases.put("negative consecutive years", () -> post(path, "tpqldd", vars(proposal("consecutiveExcellentYears", -1))));
    cases.put("negative initiatives", () -> post(path, "tpqldd", vars(proposal("initiativeCount", -5))));
    cases.put("initiatives as text", () -> post(path, "tpqldd", vars(proposal("initiativeCount", "2"))));
    cases.put("a Long beyond any count", () -> post(path, "tpqldd", vars(proposal("consecutiveExcellentYears", 1_000_000_000_000L))));
    cases.put("100k-character name", () -> post(path, "tpqldd", vars(proposal("nomineeName", LONG_NAME))));
    cases.put("10 MB achievements", () -> post(path, "tpqldd", vars(proposal("achievements", HUGE))));
    cases.put("blank name", () -> post(path, "tpqldd", vars(proposal("nomineeName", "   "))));
    cases.put("control character in name", () -> post(path, "tpqldd", vars(proposal("nomineeName", "Nguyễn\u0000Văn"))));
    cases.put("script in name", () -> post(path, "tpqldd", vars(proposal("nomineeName", SCRIPT))));
    cases.put("img onerror in achievements", () -> post(path, "tpqldd", vars(proposal("achievements", "<img src=x onerror=alert(2)>"))));
    cases.put("javascript: in title", () -> post(path, "tpqldd", vars(proposal("nomineeTitle", "javascript:alert(1)"))));
    cases.put("date 2025-02-30", () -> post(path, "tpqldd", vars(proposal("submissionDate", "2025-02-30"))));
    cases.put("date in year 0", () -> post(path, "tpqldd", vars(proposal("submissionDate", "0000-01-01"))));
    cases.put("date dd/MM/yyyy", () -> post(path, "tpqldd", vars(proposal("submissionDate", "20/11/2026"))));
    cases.put("date in the future", () -> post(path, "tpqldd", vars(proposal("submissionDate", "2099-01-01"))));
    cases.put("date before 2021", () -> post(path, "tpqldd", vars(proposal("submissionDate", "2020-12-31"))));
    cases.put("date as a number", () -> post(path, "tpqldd", vars(proposal("submissionDate", 20260105))));
    cases.put("interim period in 2026", () -> post(path, "tpqldd", vars(proposal("period", "INTERIM_2025"))));
    cases.put("another unit's code", () -> post(path, "tpqldd", vars(proposal("unitCode", "tnn"))));
    cases.put("SQL as unit code", () -> post(path, "tpqldd", vars(proposal("unitCode", SQL))));
    cases.put("extra variable outcome", () -> post(path, "tpqldd", vars(proposal("outcome", "AWARDED"))));
    cases.put("extra variable eligible", () -> post(path, "tpqldd", vars(proposal("eligible", true))));
    cases.put("started by the Office", () -> post(path, "chuyenvien", vars(proposal())));
    cases.put("started by a Council member without a unit", () -> post(path, "ctcd", vars(proposal())));
    cases.put("started anonymously", () -> rest.postJson(path, null, vars(proposal())));
    cases.put("invalid JSON", () -> raw(HttpMethod.POST, path, "tpqldd", "application/json", "{\"variables\": {"));
    cases.put("JSON array body", () -> raw(HttpMethod.POST, path, "tpqldd", "application/json", "[]"));
    cases.put("variable without {value}", () -> post(path, "tpqldd", "{\"variables\":{\"year\":2026}}"));
    cases.put("Integer type with text", () -> post(path, "tpqldd",
        "{\"variables\":{\"year\":{\"type\":\"Integer\",\"value\":\"abc\"}}}"));
    cases.put("unknown variable type", () -> post(path, "tpqldd",
        "{\"variables\":{\"year\":{\"type\":\"Banana\",\"value\":\"2026\"}}}"));
    cases.put("Java-serialized object", () -> post(path, "tpqldd", "{\"variables\":{\"year\":{\"type\":\"Object\","
        + "\"value\":\"rO0ABXQAAA==\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
        + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}"));
    cases.put("text/plain body", () -> raw(HttpMethod.POST, path, "tpqldd", "text/plain", vars(proposal())));
    cases.put("unknown process key", () -> post("/engine-rest/process-definition/key/nominationx/start", "tpqldd",
        vars(proposal())));
    cases.put("submit-form with a bad year", () -> post("/engine-rest/process-definition/key/nomination/submit-form",
        "tpqldd", vars(proposal("year", "năm nay"))));
    cases.put("submit-form with an extra variable", () -> post(
        "/engine-rest/process-definition/key/nomination/submit-form", "tpqldd", vars(proposal("reviewHistory", "x"))));
    run("start nomination", cases);
  }

  void startOtherProcesses() {
    String session = "/engine-rest/process-definition/key/council-session/start";
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("session: missing title", () -> post(session, "chuyenvien", vars(session("sessionTitle", REMOVE))));
    cases.put("session: meeting on 2025-02-30", () -> post(session, "chuyenvien", vars(session("meetingDate", "2025-02-30"))));
    cases.put("session: meeting in year 0", () -> post(session, "chuyenvien", vars(session("meetingDate", "0000-12-01"))));
    cases.put("session: 0 voting days", () -> post(session, "chuyenvien", vars(session("votingDays", 0))));
    cases.put("session: negative voting days", () -> post(session, "chuyenvien", vars(session("votingDays", -3))));
    cases.put("session: voting days as text", () -> post(session, "chuyenvien", vars(session("votingDays", "ba"))));
    cases.put("session: year 1999", () -> post(session, "chuyenvien", vars(session("year", 1999))));
    cases.put("session: period in lower case", () -> post(session, "chuyenvien", vars(session("period", "annual"))));
    cases.put("session: 100k-character title", () -> post(session, "chuyenvien", vars(session("sessionTitle", LONG_NAME))));
    cases.put("session: script in title", () -> post(session, "chuyenvien", vars(session("sessionTitle", SCRIPT))));
    cases.put("session: extra variable", () -> post(session, "chuyenvien",
        vars(session("agendaNominations", "[\"DN-2026-0001\"]"))));
    cases.put("session: started by a unit head", () -> post(session, "tpqldd", vars(session())));
    for (String key : List.of("award-decision", "province-submission")) {
      String start = "/engine-rest/process-definition/key/" + key + "/start";
      cases.put(key + ": missing period", () -> post(start, "chuyenvien", vars(batch("period", REMOVE))));
      cases.put(key + ": year as text", () -> post(start, "chuyenvien", vars(batch("year", "2026"))));
      cases.put(key + ": year 2031", () -> post(start, "chuyenvien", vars(batch("year", 2031))));
      cases.put(key + ": final 2030 in 2026", () -> post(start, "chuyenvien", vars(batch("period", "FINAL_2030"))));
      cases.put(key + ": extra variable", () -> post(start, "chuyenvien", vars(batch("decisionNumber", "1/QĐ-STNMT"))));
      cases.put(key + ": started by a unit head", () -> post(start, "tpqldd", vars(batch())));
      cases.put(key + ": started by the Director", () -> post(start, "giamdoc", vars(batch())));
    }
    run("start council-session, award-decision, province-submission", cases);
  }

  // ---------------------------------------------------------------- nomination tasks

  void nominationTasks() {
    String submitKey = rest.startNomination("tpqldd:demo", "Trần Văn Gửi");
    String submit = flow.task(submitKey, "Task_SubmitDossier", "tpqldd").getId();
    String checkKey = rest.startNomination("tpqldd:demo", "Trần Văn Kiểm");
    rest.uploadDossier(checkKey, "tpqldd:demo");
    flow.complete(checkKey, "Task_SubmitDossier", "tpqldd", "{\"submitAction\":{\"value\":\"SEND\"}}");
    // a dossier without its documents at the Office's check, as one sent before sending needed them
    jdbc.update("DELETE FROM award_document_link WHERE business_key = ?", checkKey);
    String check = flow.task(checkKey, "Task_CheckDossier", "chuyenvien").getId();
    String supplementKey = rest.startNomination("tpqldd:demo", "Trần Văn Bổ Sung");
    rest.uploadDossier(supplementKey, "tpqldd:demo");
    flow.complete(supplementKey, "Task_SubmitDossier", "tpqldd", "{\"submitAction\":{\"value\":\"SEND\"}}");
    flow.complete(supplementKey, "Task_CheckDossier", "chuyenvien",
        "{\"dossierDecision\":{\"value\":\"SUPPLEMENT\"},\"officeComment\":{\"value\":\"Thiếu Báo cáo thành tích\"}}");
    String supplement = flow.task(supplementKey, "Task_SupplementDossier", "tpqldd").getId();

    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("submit: no action", () -> complete(submit, "tpqldd", vars()));
    cases.put("submit: unknown action", () -> complete(submit, "tpqldd", vars("submitAction", "SEND_NOW")));
    cases.put("submit: action in lower case", () -> complete(submit, "tpqldd", vars("submitAction", "send")));
    cases.put("submit: action as a boolean", () -> complete(submit, "tpqldd", vars("submitAction", true)));
    cases.put("submit: variables null", () -> complete(submit, "tpqldd", "{\"variables\":null}"));
    cases.put("submit: extra variable nomineeName", () -> complete(submit, "tpqldd",
        vars("submitAction", "SEND", "nomineeName", "Người khác")));
    cases.put("submit: extra variable outcome", () -> complete(submit, "tpqldd",
        vars("submitAction", "CANCEL", "outcome", "AWARDED")));
    cases.put("submit: by another unit's head", () -> complete(submit, "tptnn", vars("submitAction", "SEND")));
    cases.put("submit: by the Office", () -> complete(submit, "chuyenvien", vars("submitAction", "CANCEL")));
    cases.put("submit: invalid JSON", () -> raw(HttpMethod.POST, "/engine-rest/task/" + submit + "/complete", "tpqldd",
        "application/json", "{\"variables\":"));
    cases.put("submit: unknown task", () -> complete("no-such-task", "tpqldd", vars("submitAction", "SEND")));
    cases.put("submit: submit-form with a bad action", () -> post("/engine-rest/task/" + submit + "/submit-form",
        "tpqldd", vars("submitAction", "LATER")));

    cases.put("check: no decision", () -> complete(check, "chuyenvien", vars()));
    cases.put("check: unknown decision", () -> complete(check, "chuyenvien", vars("dossierDecision", "ACCEPT")));
    cases.put("check: supplement without comment", () -> complete(check, "chuyenvien", vars("dossierDecision", "SUPPLEMENT")));
    cases.put("check: reject with a blank comment", () -> complete(check, "chuyenvien",
        vars("dossierDecision", "REJECT", "officeComment", "   ")));
    cases.put("check: 10 MB comment", () -> complete(check, "chuyenvien",
        vars("dossierDecision", "REJECT", "officeComment", HUGE)));
    cases.put("check: script in comment", () -> complete(check, "chuyenvien",
        vars("dossierDecision", "REJECT", "officeComment", SCRIPT)));
    cases.put("check: complete without documents", () -> complete(check, "chuyenvien", vars("dossierDecision", "COMPLETE")));
    cases.put("check: decision as Json", () -> complete(check, "chuyenvien",
        "{\"variables\":{\"dossierDecision\":{\"type\":\"Json\",\"value\":\"[\\\"COMPLETE\\\"]\"}}}"));
    cases.put("check: extra variable nomineeName", () -> complete(check, "chuyenvien",
        vars("dossierDecision", "REJECT", "officeComment", "Không đạt", "nomineeName", "Người khác")));
    cases.put("check: by the unit head", () -> complete(check, "tpqldd",
        vars("dossierDecision", "REJECT", "officeComment", "Tự từ chối")));

    cases.put("supplement: no note", () -> complete(supplement, "tpqldd", vars(proposal())));
    cases.put("supplement: year as text", () -> complete(supplement, "tpqldd",
        vars(proposal("year", "x", "supplementNote", "Đã bổ sung"))));
    cases.put("supplement: 100k-character name", () -> complete(supplement, "tpqldd",
        vars(proposal("nomineeName", LONG_NAME, "supplementNote", "Đã bổ sung"))));
    cases.put("supplement: withdraw as text", () -> complete(supplement, "tpqldd", vars("withdraw", "yes")));
    cases.put("supplement: withdraw as a number", () -> complete(supplement, "tpqldd", vars("withdraw", 1)));
    cases.put("supplement: month 13", () -> complete(supplement, "tpqldd",
        vars(proposal("submissionDate", "2026-13-01", "supplementNote", "Đã bổ sung"))));
    cases.put("supplement: move to another unit", () -> complete(supplement, "tpqldd",
        vars(proposal("unitCode", "tnn", "supplementNote", "Đã bổ sung"))));
    cases.put("supplement: extra variable eligible", () -> complete(supplement, "tpqldd",
        vars(proposal("eligible", true, "supplementNote", "Đã bổ sung"))));
    cases.put("supplement: by another unit's head", () -> complete(supplement, "tptnn",
        vars(proposal("supplementNote", "Đã bổ sung"))));
    run("nomination tasks", cases);
  }

  // ---------------------------------------------------------------- messages

  void messages() {
    String waitingCouncil = flow.nomination("Lê Thị Chờ", "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2022);
    String waitingDecision = flow.nomination("Lê Thị Quyết", "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2023);
    String waitingProvince = flow.nomination("Lê Thị Tỉnh", "COLLECTIVE", "PROVINCE_CERTIFICATE", "ANNUAL", 2023);
    flow.approveByCouncil(List.of(waitingDecision, waitingProvince), "ANNUAL", 2023);
    String atSubmit = rest.startNomination("tpqldd:demo", "Lê Thị Mới");

    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("withdraw by another unit's head", () -> message("tptnn", "Withdraw", waitingCouncil, vars()));
    cases.put("withdraw by the Office", () -> message("chuyenvien", "Withdraw", waitingCouncil, vars()));
    cases.put("withdraw an unknown business key", () -> message("tpqldd", "Withdraw", "DN-2026-9999", vars()));
    cases.put("withdraw with SQL as business key", () -> message("tpqldd", "Withdraw", SQL, vars()));
    cases.put("withdraw after the Council voted", () -> message("tpqldd", "Withdraw", waitingDecision, vars()));
    cases.put("withdraw with an extra variable", () -> message("tpqldd", "Withdraw", waitingCouncil,
        vars("outcome", "AWARDED")));
    String instance = instanceId(waitingCouncil);
    String receiving = engine.getRuntimeService().createExecutionQuery().processInstanceId(instance)
        .messageEventSubscriptionName("CouncilResult").singleResult().getId();
    String submitTask = flow.task(atSubmit, "Task_SubmitDossier", "tpqldd").getId();
    cases.put("direct: set a variable of the own nomination", () -> put("/engine-rest/process-instance/" + instance
        + "/variables/nomineeName", "tpqldd", "{\"value\":" + quote(SCRIPT) + "}"));
    cases.put("direct: modify variables of the own nomination", () -> post("/engine-rest/process-instance/" + instance
        + "/variables", "tpqldd", "{\"modifications\":{\"outcome\":{\"value\":\"AWARDED\"}}}"));
    cases.put("direct: delete a variable of the own nomination", () -> raw(HttpMethod.DELETE, "/engine-rest/process-instance/"
        + instance + "/variables/unitCode", "tpqldd", "application/json", null));
    cases.put("direct: move the own nomination past the Council", () -> post("/engine-rest/process-instance/" + instance
        + "/modification", "tpqldd", "{\"skipCustomListeners\":true,\"instructions\":[{\"type\":\"startBeforeActivity\","
        + "\"activityId\":\"EndEvent_Awarded\"}]}"));
    cases.put("direct: trigger the Council's message subscription", () -> post("/engine-rest/execution/" + receiving
        + "/messageSubscriptions/CouncilResult/trigger", "tpqldd", vars("councilApproved", true)));
    cases.put("direct: set a variable of the own task", () -> put("/engine-rest/task/" + submitTask
        + "/variables/nomineeName", "tpqldd", "{\"value\":" + quote(SCRIPT) + "}"));
    cases.put("message without a name", () -> post("/engine-rest/message", "tpqldd", "{\"businessKey\":\"" + waitingCouncil + "\"}"));
    cases.put("unknown message", () -> message("admin", "Approve", waitingCouncil, vars()));
    cases.put("message as invalid JSON", () -> raw(HttpMethod.POST, "/engine-rest/message", "tpqldd",
        "application/json", "{\"messageName\":\"Withdraw\","));
    cases.put("council result sent by the unit head", () -> message("tpqldd", "CouncilResult", waitingCouncil,
        councilResult("councilApproved", true)));
    cases.put("council result: approved as text", () -> message("admin", "CouncilResult", waitingCouncil,
        councilResult("councilApproved", "có")));
    cases.put("council result: more votes than ballots", () -> message("admin", "CouncilResult", waitingCouncil,
        councilResult("votesFor", 9)));
    cases.put("council result: negative ballots", () -> message("admin", "CouncilResult", waitingCouncil,
        councilResult("ballotsCast", -1)));
    cases.put("council result: no members", () -> message("admin", "CouncilResult", waitingCouncil,
        councilResult("councilMembers", 0)));
    cases.put("council result: missing session", () -> message("admin", "CouncilResult", waitingCouncil,
        councilResult("councilSessionId", REMOVE)));
    cases.put("council result: extra variable", () -> message("admin", "CouncilResult", waitingCouncil,
        councilResult("outcome", "AWARDED")));
    cases.put("council result to a nomination not waiting", () -> message("admin", "CouncilResult", atSubmit,
        councilResult()));
    cases.put("decision issued: date 2026-02-30", () -> message("admin", "DecisionIssued", waitingDecision,
        vars("decisionNumber", "1/QĐ-STNMT", "decisionDate", "2026-02-30")));
    cases.put("decision issued: missing number", () -> message("admin", "DecisionIssued", waitingDecision,
        vars("decisionDate", "2026-11-20")));
    cases.put("decision issued: script as number", () -> message("admin", "DecisionIssued", waitingDecision,
        vars("decisionNumber", SCRIPT, "decisionDate", "2026-11-20")));
    cases.put("decision issued by the unit head", () -> message("tpqldd", "DecisionIssued", waitingDecision,
        vars("decisionNumber", "1/QĐ-STNMT", "decisionDate", "2026-11-20")));
    cases.put("province decision: awarded as text", () -> message("admin", "ProvinceDecision", waitingProvince,
        vars("provinceAwarded", "có", "provinceDecisionNumber", "5/QĐ-UBND", "provinceDecisionDate", "2026-11-20")));
    cases.put("province decision: date dd/MM/yyyy", () -> message("admin", "ProvinceDecision", waitingProvince,
        vars("provinceAwarded", true, "provinceDecisionNumber", "5/QĐ-UBND", "provinceDecisionDate", "20/11/2026")));
    cases.put("province decision: 100k-character number", () -> message("admin", "ProvinceDecision", waitingProvince,
        vars("provinceAwarded", true, "provinceDecisionNumber", LONG_NAME, "provinceDecisionDate", "2026-11-20")));
    run("messages", cases);
  }

  // ---------------------------------------------------------------- council tasks

  void councilTasks() {
    String first = flow.nomination("Phan Văn Họp", "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2024);
    String second = flow.nomination("Phan Thị Họp", "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2024);
    String session = BatchFlow.field(BatchFlow.ok(post("/engine-rest/process-definition/key/council-session/start",
        "chuyenvien", vars(session("year", 2024)))), "businessKey");
    String agenda = flow.task(session, "Task_ConfirmAgenda", "chuyenvien").getId();

    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("agenda: missing", () -> complete(agenda, "chuyenvien", vars()));
    cases.put("agenda: empty list", () -> complete(agenda, "chuyenvien", list("agendaNominations")));
    cases.put("agenda: unknown nomination", () -> complete(agenda, "chuyenvien", list("agendaNominations", "DN-2099-0001")));
    cases.put("agenda: plain text", () -> complete(agenda, "chuyenvien", vars("agendaNominations", first)));
    cases.put("agenda: a number", () -> complete(agenda, "chuyenvien", vars("agendaNominations", 5)));
    cases.put("agenda: list of numbers", () -> complete(agenda, "chuyenvien",
        "{\"variables\":{\"agendaNominations\":{\"type\":\"Json\",\"value\":\"[1,2]\"}}}"));
    cases.put("agenda: Json object", () -> complete(agenda, "chuyenvien",
        "{\"variables\":{\"agendaNominations\":{\"type\":\"Json\",\"value\":\"{\\\"a\\\":1}\"}}}"));
    cases.put("agenda: SQL in the list", () -> complete(agenda, "chuyenvien", list("agendaNominations", SQL)));
    cases.put("agenda: by a unit head", () -> complete(agenda, "tpqldd", list("agendaNominations", first)));
    cases.put("agenda: extra variable", () -> complete(agenda, "chuyenvien",
        "{\"variables\":{\"agendaNominations\":" + BatchFlow.jsonList(List.of(first)) + ",\"votesFor\":{\"value\":7}}}"));
    run("council agenda", cases);

    flow.complete(session, "Task_ConfirmAgenda", "chuyenvien",
        "{\"agendaNominations\":" + BatchFlow.jsonList(List.of(first, second)) + "}");
    String ballot = flow.task(session, "Task_CastBallot", "tpqldd").getId();
    String directorsBallot = flow.task(session, "Task_CastBallot", "giamdoc").getId();
    cases.clear();
    cases.put("ballot: nominee not on the agenda", () -> complete(ballot, "tpqldd", list("agreedNominations", "DN-2024-9999")));
    cases.put("ballot: plain text", () -> complete(ballot, "tpqldd", vars("agreedNominations", "đồng ý")));
    cases.put("ballot: a boolean", () -> complete(ballot, "tpqldd", vars("agreedNominations", true)));
    cases.put("ballot: extra variable", () -> complete(ballot, "tpqldd",
        "{\"variables\":{\"agreedNominations\":" + BatchFlow.jsonList(List.of(first)) + ",\"votesFor\":{\"value\":99}}}"));
    cases.put("ballot: another member's ballot", () -> complete(directorsBallot, "tpqldd", list("agreedNominations", first)));
    cases.put("ballot: the Office casts a member's ballot", () -> complete(directorsBallot, "chuyenvien",
        list("agreedNominations", first)));
    run("council ballot", cases);

    flow.complete(session, "Task_CastBallot", "tpqldd", "{\"agreedNominations\":" + BatchFlow.jsonList(List.of(first)) + "}");
    // the ballot's continuation job counts it (asyncAfter on each ballot): let it run before the snapshot
    flow.waitForDueJobs(session);
    cases.clear();
    cases.put("ballot: voting twice", () -> complete(ballot, "tpqldd", list("agreedNominations", first)));
    run("council ballot twice", cases);

    for (String member : BatchFlow.MEMBERS) {
      if (!member.equals("tpqldd")) {
        flow.complete(session, "Task_CastBallot", member, "{\"agreedNominations\":" + BatchFlow.jsonList(List.of(first, second)) + "}");
      }
    }
    flow.waitForTask(session, "Task_ConfirmMinutes");
    String minutes = flow.task(session, "Task_ConfirmMinutes", "chuyenvien").getId();
    cases.clear();
    cases.put("minutes: not confirmed", () -> complete(minutes, "chuyenvien", vars("minutesConfirmed", false)));
    cases.put("minutes: missing confirmation", () -> complete(minutes, "chuyenvien", vars()));
    cases.put("minutes: confirmation as text", () -> complete(minutes, "chuyenvien", vars("minutesConfirmed", "true")));
    cases.put("minutes: 10 MB note", () -> complete(minutes, "chuyenvien", vars("minutesConfirmed", true, "minutesNote", HUGE)));
    cases.put("minutes: script in note", () -> complete(minutes, "chuyenvien", vars("minutesConfirmed", true, "minutesNote", SCRIPT)));
    cases.put("minutes: extra variable", () -> complete(minutes, "chuyenvien",
        vars("minutesConfirmed", true, "councilApproved", false)));
    cases.put("minutes: by a unit head", () -> complete(minutes, "tpqldd", vars("minutesConfirmed", true)));
    run("council minutes", cases);

    String lonely = flow.nomination("Phan Văn Vắng", "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2021);
    String quiet = BatchFlow.field(BatchFlow.ok(post("/engine-rest/process-definition/key/council-session/start",
        "chuyenvien", vars(session("year", 2021)))), "businessKey");
    flow.complete(quiet, "Task_ConfirmAgenda", "chuyenvien", "{\"agendaNominations\":" + BatchFlow.jsonList(List.of(lonely)) + "}");
    Job closing = engine.getManagementService().createJobQuery().processInstanceId(
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(quiet).singleResult().getId())
        .activityId("BoundaryEvent_VotingClosed").singleResult();
    engine.getManagementService().executeJob(closing.getId());
    flow.waitForTask(quiet, "Task_DecideNoQuorum");
    String noQuorum = flow.task(quiet, "Task_DecideNoQuorum", "chuyenvien").getId();
    cases.clear();
    cases.put("no quorum: missing action", () -> complete(noQuorum, "chuyenvien", vars()));
    cases.put("no quorum: unknown action", () -> complete(noQuorum, "chuyenvien", vars("noQuorumAction", "MAYBE")));
    cases.put("no quorum: action as a number", () -> complete(noQuorum, "chuyenvien", vars("noQuorumAction", 1)));
    cases.put("no quorum: extra variable", () -> complete(noQuorum, "chuyenvien",
        vars("noQuorumAction", "CLOSE", "reopened", false)));
    cases.put("no quorum: by a unit head", () -> complete(noQuorum, "tpqldd", vars("noQuorumAction", "CLOSE")));
    run("council without quorum", cases);
  }

  // ---------------------------------------------------------------- decision and submission

  void decisionTasks() {
    String one = flow.nomination("Đỗ Văn Khen", "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2026);
    String other = flow.nomination("Đỗ Thị Tỉnh", "INDIVIDUAL", "PROVINCE_CERTIFICATE", "ANNUAL", 2026);
    flow.approveByCouncil(List.of(one, other), "ANNUAL", 2026);
    String decision = flow.startBatch("award-decision", "chuyenvien", "ANNUAL", 2026);
    String prepare = flow.task(decision, "Task_PrepareDecision", "chuyenvien").getId();

    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("prepare: empty list", () -> complete(prepare, "chuyenvien", summary(list("decisionNominations"))));
    cases.put("prepare: a province nomination", () -> complete(prepare, "chuyenvien", summary(list("decisionNominations", other))));
    cases.put("prepare: not a list", () -> complete(prepare, "chuyenvien", vars("decisionNominations", one, "decisionSummary", "Khen")));
    cases.put("prepare: blank summary", () -> complete(prepare, "chuyenvien",
        "{\"variables\":{\"decisionNominations\":" + BatchFlow.jsonList(List.of(one)) + ",\"decisionSummary\":{\"value\":\"  \"}}}"));
    cases.put("prepare: 501-character summary", () -> complete(prepare, "chuyenvien",
        "{\"variables\":{\"decisionNominations\":" + BatchFlow.jsonList(List.of(one)) + ",\"decisionSummary\":{\"value\":\""
            + "a".repeat(501) + "\"}}}"));
    cases.put("prepare: img onerror in summary", () -> complete(prepare, "chuyenvien",
        "{\"variables\":{\"decisionNominations\":" + BatchFlow.jsonList(List.of(one))
            + ",\"decisionSummary\":{\"value\":\"<img src=x onerror=alert(2)>\"}}}"));
    cases.put("prepare: extra variable", () -> complete(prepare, "chuyenvien",
        "{\"variables\":{\"decisionNominations\":" + BatchFlow.jsonList(List.of(one))
            + ",\"decisionSummary\":{\"value\":\"Khen thưởng\"},\"prizeTotal\":{\"value\":1}}}"));
    cases.put("prepare: by a unit head", () -> complete(prepare, "tpqldd", summary(list("decisionNominations", one))));
    run("decision prepare", cases);

    flow.complete(decision, "Task_PrepareDecision", "chuyenvien",
        "{\"decisionNominations\":" + BatchFlow.jsonList(List.of(one)) + ",\"decisionSummary\":{\"value\":\"Về việc tặng Giấy khen\"}}");
    String sign = flow.task(decision, "Task_SignDecision", "giamdoc").getId();
    cases.clear();
    cases.put("sign: missing action", () -> complete(sign, "giamdoc", vars()));
    cases.put("sign: unknown action", () -> complete(sign, "giamdoc", vars("signAction", "LATER")));
    cases.put("sign: return without a comment", () -> complete(sign, "giamdoc", vars("signAction", "RETURN")));
    cases.put("sign: 10 MB comment", () -> complete(sign, "giamdoc", vars("signAction", "RETURN", "signComment", HUGE)));
    cases.put("sign: extra variable", () -> complete(sign, "giamdoc", vars("signAction", "SIGN", "decisionNumber", "1/QĐ")));
    cases.put("sign: by the Office", () -> complete(sign, "chuyenvien", vars("signAction", "SIGN")));
    cases.put("sign: by a deputy", () -> complete(sign, "phogiamdoc", vars("signAction", "SIGN")));
    cases.put("sign: by a unit head", () -> complete(sign, "tpqldd", vars("signAction", "SIGN")));
    run("decision sign", cases);
  }

  void provinceTasks() {
    String nominee = flow.nomination("Vũ Văn Tỉnh", "COLLECTIVE", "PROVINCE_CERTIFICATE", "ANNUAL", 2025);
    flow.approveByCouncil(List.of(nominee), "ANNUAL", 2025);
    String submission = flow.startBatch("province-submission", "chuyenvien", "ANNUAL", 2025);
    String prepare = flow.task(submission, "Task_PrepareSubmission", "chuyenvien").getId();
    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("submission prepare: empty list", () -> complete(prepare, "chuyenvien", list("submissionNominations")));
    cases.put("submission prepare: unknown nomination", () -> complete(prepare, "chuyenvien",
        list("submissionNominations", "DN-2025-9999")));
    cases.put("submission prepare: by a unit head", () -> complete(prepare, "tpqldd", list("submissionNominations", nominee)));
    run("submission prepare", cases);

    flow.complete(submission, "Task_PrepareSubmission", "chuyenvien",
        "{\"submissionNominations\":" + BatchFlow.jsonList(List.of(nominee)) + "}");
    String sign = flow.task(submission, "Task_SignSubmission", "giamdoc").getId();
    cases.clear();
    cases.put("submission sign: action in lower case", () -> complete(sign, "giamdoc", vars("signAction", "sign")));
    cases.put("submission sign: by the Office", () -> complete(sign, "chuyenvien", vars("signAction", "SIGN")));
    run("submission sign", cases);

    flow.complete(submission, "Task_SignSubmission", "giamdoc", "{\"signAction\":{\"value\":\"SIGN\"}}");
    String send = flow.task(submission, "Task_SendToProvince", "chuyenvien").getId();
    cases.clear();
    cases.put("send: date in the future", () -> complete(send, "chuyenvien", vars("sentDate", "2099-01-01", "sentReference", "Bưu điện")));
    cases.put("send: before signing", () -> complete(send, "chuyenvien", vars("sentDate", "2021-01-04", "sentReference", "Bưu điện")));
    cases.put("send: 2026-02-30", () -> complete(send, "chuyenvien", vars("sentDate", "2026-02-30", "sentReference", "Bưu điện")));
    cases.put("send: date as a number", () -> complete(send, "chuyenvien", vars("sentDate", 20261120, "sentReference", "Bưu điện")));
    cases.put("send: missing reference", () -> complete(send, "chuyenvien", vars("sentDate", today())));
    cases.put("send: 501-character reference", () -> complete(send, "chuyenvien", vars("sentDate", today(), "sentReference", "a".repeat(501))));
    cases.put("send: by a unit head", () -> complete(send, "tpqldd", vars("sentDate", today(), "sentReference", "Bưu điện")));
    run("submission send", cases);

    flow.complete(submission, "Task_SendToProvince", "chuyenvien",
        "{\"sentDate\":{\"value\":\"" + today() + "\"},\"sentReference\":{\"value\":\"Hệ thống quản lý văn bản\"}}");
    String record = flow.task(submission, "Task_RecordProvinceDecision", "chuyenvien").getId();
    cases.clear();
    cases.put("record: missing number", () -> complete(record, "chuyenvien", vars("provinceDecisionDate", today())));
    cases.put("record: date 0000-00-00", () -> complete(record, "chuyenvien",
        vars("provinceDecisionNumber", "5/QĐ-UBND", "provinceDecisionDate", "0000-00-00")));
    cases.put("record: date in the future", () -> complete(record, "chuyenvien",
        vars("provinceDecisionNumber", "5/QĐ-UBND", "provinceDecisionDate", "2099-12-31")));
    cases.put("record: awarded not in the submission", () -> complete(record, "chuyenvien",
        "{\"variables\":{\"provinceDecisionNumber\":{\"value\":\"5/QĐ-UBND\"},\"provinceDecisionDate\":{\"value\":\""
            + today() + "\"},\"provinceAwardedNominations\":" + BatchFlow.jsonList(List.of("DN-2025-9999")) + "}}"));
    cases.put("record: awarded not a list", () -> complete(record, "chuyenvien", vars("provinceDecisionNumber", "5/QĐ-UBND",
        "provinceDecisionDate", today(), "provinceAwardedNominations", 3)));
    cases.put("record: extra variable", () -> complete(record, "chuyenvien", vars("provinceDecisionNumber", "5/QĐ-UBND",
        "provinceDecisionDate", today(), "provinceAwarded", true)));
    run("submission record", cases);
  }

  // ---------------------------------------------------------------- /api

  void api() {
    String key = rest.startNomination("tpqldd:demo", "Hoàng Văn Tài Liệu");
    rest.uploadDossier(key, "tpqldd:demo");
    long document = jdbc.queryForObject("SELECT max(d.id) FROM award_document d JOIN award_document_link l "
        + "ON l.document_id = d.id WHERE l.business_key = ?", Long.class, key);
    String documents = "/api/nominations/" + key + "/documents";
    byte[] exe = "MZ\u0090\u0000 not a pdf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    Map<String, Case> cases = new LinkedHashMap<>();
    cases.put("documents: unknown nomination", () -> get("/api/nominations/DN-2026-9999/documents", "chuyenvien"));
    cases.put("documents: SQL as business key", () -> get("/api/nominations/' OR '1'='1/documents", "chuyenvien"));
    cases.put("documents: another unit", () -> get(documents, "tptnn"));
    cases.put("documents: anonymous", () -> rest.get(documents, null));
    cases.put("upload: no file", () -> upload(documents, "tpqldd", "TO_TRINH", null, null));
    cases.put("upload: unknown type", () -> upload(documents, "tpqldd", "HACK", "a.pdf", RestClient.PDF));
    cases.put("upload: generated type", () -> upload(documents, "tpqldd", "BIEN_BAN_HOI_DONG", "a.pdf", RestClient.PDF));
    cases.put("upload: no type", () -> upload(documents, "tpqldd", null, "a.pdf", RestClient.PDF));
    cases.put("upload: an EXE named .pdf", () -> upload(documents, "tpqldd", "KHAC", "to-trinh.pdf", exe));
    cases.put("upload: empty file", () -> upload(documents, "tpqldd", "KHAC", "a.pdf", new byte[0]));
    cases.put("upload: 21 MB", () -> upload(documents, "tpqldd", "KHAC", "a.pdf", big(21)));
    cases.put("upload: by another unit", () -> upload(documents, "tptnn", "KHAC", "a.pdf", RestClient.PDF));
    cases.put("upload: by a Council member", () -> upload(documents, "ctcd", "KHAC", "a.pdf", RestClient.PDF));
    cases.put("upload: unknown nomination", () -> upload("/api/nominations/DN-2026-9999/documents", "chuyenvien", "KHAC",
        "a.pdf", RestClient.PDF));
    cases.put("upload: JSON instead of multipart", () -> raw(HttpMethod.POST, documents, "tpqldd", "application/json",
        "{\"type\":\"KHAC\"}"));
    cases.put("download: not a number", () -> get("/api/documents/abc", "chuyenvien"));
    cases.put("download: negative id", () -> get("/api/documents/-1", "chuyenvien"));
    cases.put("download: id beyond long", () -> get("/api/documents/99999999999999999999", "chuyenvien"));
    cases.put("download: another unit's document", () -> get("/api/documents/" + document, "tptnn"));
    cases.put("nominations followed: year as text", () -> get("/api/me/nominations?year=abc", "chuyenvien"));
    cases.put("nominations followed: year out of range", () -> get("/api/me/nominations?year=1999", "giamdoc"));
    cases.put("nominations followed: another unit", () -> get("/api/me/nominations?unitCode=tnn", "tpqldd"));
    cases.put("nominations followed: SQL as unit", () -> get("/api/me/nominations?unitCode=' OR 1=1 --", "chuyenvien"));
    cases.put("nominations followed: by a Council member only", () -> get("/api/me/nominations", "ctcd"));
    cases.put("nominations followed: unknown state", () -> get("/api/me/nominations?state=DONE", "chuyenvien"));
    cases.put("nominations followed: unknown award type", () -> get("/api/me/nominations?awardType=GOLD", "giamdoc"));
    cases.put("nominations followed: negative first row", () -> get("/api/me/nominations?firstResult=-1", "chuyenvien"));
    cases.put("nominations followed: first row as text", () -> get("/api/me/nominations?firstResult=x", "tpqldd"));
    cases.put("nominations followed: nominee of 201 characters",
        () -> get("/api/me/nominations?nominee=" + "a".repeat(201), "chuyenvien"));
    cases.put("nominations spreadsheet: another unit", () -> get("/api/me/nominations.xlsx?unitCode=tnn", "tpqldd"));
    cases.put("nominations spreadsheet: by a Council member only", () -> get("/api/me/nominations.xlsx", "ctcd"));
    cases.put("nominations spreadsheet: unknown state", () -> get("/api/me/nominations.xlsx?state=x", "chuyenvien"));
    cases.put("registry: year as text", () -> get("/api/registry?year=abc", "chuyenvien"));
    cases.put("registry: year 0", () -> get("/api/registry?year=0", "chuyenvien"));
    cases.put("registry: SQL as unit", () -> get("/api/registry?unitCode=' OR 1=1 --", "chuyenvien"));
    cases.put("registry: unknown period", () -> get("/api/registry?period=YEARLY", "chuyenvien"));
    cases.put("registry: unknown award type", () -> get("/api/registry?awardType=GOLD", "chuyenvien"));
    cases.put("registry: by a unit head", () -> get("/api/registry", "tpqldd"));
    cases.put("registry: anonymous", () -> rest.get("/api/registry", null));
    cases.put("registry spreadsheet: year as text", () -> get("/api/registry.xlsx?year=x", "chuyenvien"));
    cases.put("registry summary: unknown period", () -> get("/api/registry/summary?period=X&year=2026", "chuyenvien"));
    cases.put("registry summary: by a unit head", () -> get("/api/registry/summary?period=ANNUAL&year=2026", "tptnn"));
    cases.put("preferences: invalid JSON", () -> raw(HttpMethod.PUT, "/api/me/notifications", "tpqldd", "application/json", "{\"REMINDERS\":"));
    cases.put("preferences: unknown category", () -> put("/api/me/notifications", "tpqldd", "{\"UNKNOWN\":true}"));
    cases.put("preferences: value as text", () -> put("/api/me/notifications", "tpqldd", "{\"REMINDERS\":\"yes\"}"));
    cases.put("preferences: JSON array", () -> put("/api/me/notifications", "tpqldd", "[]"));
    cases.put("preferences: text/plain", () -> raw(HttpMethod.PUT, "/api/me/notifications", "tpqldd", "text/plain", "REMINDERS=false"));
    cases.put("preferences: empty body", () -> raw(HttpMethod.PUT, "/api/me/notifications", "tpqldd", "application/json", ""));
    cases.put("preferences: script as category", () -> put("/api/me/notifications", "tpqldd", "{\"" + SCRIPT.replace("\"", "") + "\":false}"));
    cases.put("outbox: limit 0", () -> get("/api/notifications?limit=0", "admin"));
    cases.put("outbox: limit as text", () -> get("/api/notifications?limit=abc", "admin"));
    cases.put("outbox: unknown status", () -> get("/api/notifications?status=LOST", "admin"));
    cases.put("outbox: by a unit head", () -> get("/api/notifications", "tpqldd"));
    cases.put("outbox: retry an unknown mail", () -> post("/api/notifications/999999/retry", "admin", null));
    run("/api", cases);
  }

  // ---------------------------------------------------------------- the table's vocabulary

  interface Case extends java.util.function.Supplier<ResponseEntity<String>> {}

  void run(String step, Map<String, Case> cases) {
    cases.forEach((name, request) -> sweep.refused(step + " / " + name, request));
  }

  ResponseEntity<String> post(String path, String user, String body) {
    return rest.postJson(path, user + ":demo", body);
  }

  ResponseEntity<String> put(String path, String user, String body) {
    return rest.putJson(path, user + ":demo", body);
  }

  ResponseEntity<String> get(String path, String user) {
    return rest.get(path, user + ":demo");
  }

  ResponseEntity<String> complete(String taskId, String user, String body) {
    return post("/engine-rest/task/" + taskId + "/complete", user, body);
  }

  ResponseEntity<String> message(String user, String name, String businessKey, String variables) {
    String payload = variables.replaceFirst("^\\{\"variables\":", "");
    return post("/engine-rest/message", user, "{\"messageName\":\"" + name + "\",\"businessKey\":"
        + quote(businessKey) + ",\"processVariables\":" + payload.substring(0, payload.length() - 1) + "}");
  }

  ResponseEntity<String> upload(String path, String user, String type, String fileName, byte[] content) {
    if (content == null) {
      org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
      body.add("type", type);
      HttpHeaders headers = new HttpHeaders();
      headers.setBasicAuth(user, "demo");
      headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
      return template.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
    return rest.upload(path, user + ":demo", type, fileName, content);
  }

  ResponseEntity<String> raw(HttpMethod method, String path, String user, String contentType, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.set(HttpHeaders.CONTENT_TYPE, contentType);
    return template.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  /** {"variables": {name: {"value": value}}}; a value given as {@code REMOVE} is left out. */
  String vars(Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return vars(values);
  }

  String vars(Map<String, Object> values) {
    Map<String, Object> typed = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (value != REMOVE) {
        typed.put(name, java.util.Collections.singletonMap("value", value));
      }
    });
    try {
      return json.writeValueAsString(Map.of("variables", typed));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A Json list variable as Tasklist's checklist sends it. */
  static String list(String variable, String... keys) {
    return "{\"variables\":{\"" + variable + "\":" + BatchFlow.jsonList(List.of(keys)) + "}}";
  }

  static String summary(String variables) {
    return variables.substring(0, variables.length() - 2) + ",\"decisionSummary\":{\"value\":\"Về việc tặng Giấy khen\"}}}";
  }

  /** A valid proposal (SPEC §4.1) with some values changed. */
  static Map<String, Object> proposal(Object... changes) {
    return changed(NominationTestSupport.proposal(), changes);
  }

  static Map<String, Object> session(Object... changes) {
    return changed(CouncilFixture.session(), changes);
  }

  static Map<String, Object> batch(Object... changes) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("period", "ANNUAL");
    values.put("year", 2026);
    return changed(values, changes);
  }

  String councilResult(Object... changes) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("councilApproved", true);
    values.put("votesFor", 5);
    values.put("ballotsCast", 6);
    values.put("councilMembers", 7);
    values.put("councilSessionId", "HD-2026-0001");
    return vars(changed(values, changes));
  }

  private static Map<String, Object> changed(Map<String, Object> values, Object... changes) {
    for (int i = 0; i < changes.length; i += 2) {
      values.put((String) changes[i], changes[i + 1]);
    }
    return values;
  }

  String instanceId(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getId();
  }

  static String today() {
    return vn.thiduakhenthuong.nomination.Nomination.today().toString();
  }

  static byte[] big(int megabytes) {
    byte[] content = new byte[megabytes * 1024 * 1024];
    System.arraycopy(RestClient.PDF, 0, content, 0, RestClient.PDF.length);
    return content;
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
