package vn.thiduakhenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.registry.AwardRegistry;
import vn.thiduakhenthuong.registry.RegistryEntry;
import vn.thiduakhenthuong.registry.RegistryFilter;
import vn.thiduakhenthuong.testing.Spreadsheets;

/**
 * Approved nominations through both paths on PostgreSQL, as a REST client: the Director's decision
 * (with a return), the submission to the province with a reminder and a province decision awarding
 * one of two nominees; then the numbers, the PDFs' text, the registry, its spreadsheet and summary,
 * and the refusals for other roles.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class DecisionRestTests {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate template;
  @Autowired AwardRegistry registry;
  @Autowired JdbcTemplate jdbc;
  RestClient rest;
  BatchFlow flow;

  @BeforeEach
  void setUp() {
    rest = new RestClient(template);
    flow = new BatchFlow(engine, rest);
  }

  @Test
  void shouldDecideSubmitAndRecordEveryAwardOnce() throws Exception {
    String an = flow.nomination("Phạm Minh Châu", "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2026);
    String binh = flow.nomination("Võ Thị Dung", "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2026);
    String team = flow.nomination("Tổ Đo đạc bản đồ", "COLLECTIVE", "DIRECTOR_CERTIFICATE", "ANNUAL", 2026);
    String cuong = flow.nomination("Lê Văn Cường", "INDIVIDUAL", "PROVINCE_CERTIFICATE", "ANNUAL", 2026);
    String phong = flow.nomination("Phòng Quản lý đất đai", "COLLECTIVE", "PROVINCE_CERTIFICATE", "ANNUAL", 2026);
    flow.approveByCouncil(List.of(an, binh, team, cuong, phong), "ANNUAL", 2026);

    // ---- the Director's decision ----
    String decision = flow.startBatch("award-decision", "chuyenvien", "ANNUAL", 2026);
    assertThat(decision).matches("GK-\\d{4}-\\d{4}");
    assertThat(flow.options(decision, "candidateNominations")).containsExactly(an, binh, team);
    String decisionId = instance(decision);
    assertRefusedApi(rest.get("/api/batches/" + decisionId + "/draft", "giamdoc:demo"), HttpStatus.CONFLICT,
        "Chưa có dự thảo");

    assertRefused(flow.tryComplete(decision, "Task_PrepareDecision", "chuyenvien",
        "{\"decisionNominations\":" + BatchFlow.jsonList(List.of()) + "}"), "ít nhất một đề nghị");
    assertRefused(flow.tryComplete(decision, "Task_PrepareDecision", "chuyenvien",
        "{\"decisionNominations\":" + BatchFlow.jsonList(List.of(an, cuong)) + "}"), "«" + cuong + "» không nằm trong");
    assertRefused(flow.tryComplete(decision, "Task_PrepareDecision", "chuyenvien",
        "{\"decisionNominations\":{\"value\":\"DN-1\"}}"), "danh sách Json");
    flow.complete(decision, "Task_PrepareDecision", "chuyenvien",
        "{\"decisionNominations\":" + BatchFlow.jsonList(List.of(an, binh, team)) + "}");

    ResponseEntity<String> byTheOffice = flow.tryComplete(decision, "Task_SignDecision", "chuyenvien",
        "{\"signAction\":{\"value\":\"SIGN\"}}");
    assertThat(byTheOffice.getStatusCode()).as(byTheOffice.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byTheOffice.getBody()).contains("dành cho Giám đốc Sở; chỉ thành viên của nhóm này");
    assertThat(flow.tryComplete(decision, "Task_SignDecision", "phogiamdoc", "{\"signAction\":{\"value\":\"SIGN\"}}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertRefused(flow.tryComplete(decision, "Task_SignDecision", "giamdoc", "{\"signAction\":{\"value\":\"RETURN\"}}"),
        "lý do trả lại");
    assertRefused(flow.tryComplete(decision, "Task_SignDecision", "giamdoc", "{\"signAction\":{\"value\":\"LATER\"}}"),
        "không hợp lệ");
    flow.complete(decision, "Task_SignDecision", "giamdoc",
        "{\"signAction\":{\"value\":\"RETURN\"},\"signComment\":{\"value\":\"Bỏ bà Dung, đã khen năm trước\"}}");
    assertThat(variable(decision, "signComment")).isEqualTo("Bỏ bà Dung, đã khen năm trước");
    assertThat(flow.options(decision, "candidateNominations")).containsExactly(an, binh, team);
    flow.complete(decision, "Task_PrepareDecision", "chuyenvien",
        "{\"decisionNominations\":" + BatchFlow.jsonList(List.of(an, team)) + "}");
    assertThat(variable(decision, "prizeTotalText")).isEqualTo("2.120.000 đồng");
    // the Director reads the draft he is about to sign: the same text, no number or day yet, nothing stored
    String draft = PdfText.ofSaved(bytes("/api/batches/" + decisionId + "/draft", "giamdoc"), "du-thao-quyet-dinh");
    assertThat(draft).contains("DỰ THẢO", "QUYẾT ĐỊNH", "/QĐ-STNMT", "năm 2026", "01 tập thể và 01 cá nhân",
        "Phạm Minh Châu", "Tổ Đo đạc bản đồ", "Tổng số tiền thưởng: 2.120.000 đồng", "GIÁM ĐỐC Nguyễn Văn An");
    assertThat(draft).doesNotContain("Võ Thị Dung").doesNotContainPattern("Số: *\\d");
    assertThat(PdfText.of(bytes("/api/batches/" + decisionId + "/draft", "chuyenvien")))
        .as("the Office reads the draft it prepared, signed by the Director").contains("DỰ THẢO", "GIÁM ĐỐC Nguyễn Văn An");
    assertRefusedApi(rest.get("/api/batches/" + decisionId + "/draft", "tpqldd:demo"), HttpStatus.NOT_FOUND,
        "không có quyền xem");
    assertRefusedApi(rest.get("/api/batches/" + instance(an) + "/draft", "giamdoc:demo"), HttpStatus.NOT_FOUND,
        "Không tìm thấy Quyết định hoặc Tờ trình");
    assertThat(json(ok(rest.get("/api/nominations/" + an + "/documents", "giamdoc:demo"))).findValuesAsText("type"))
        .as("a draft is not stored").doesNotContain("QUYET_DINH");
    flow.complete(decision, "Task_SignDecision", "giamdoc", "{\"signAction\":{\"value\":\"SIGN\"}}");
    assertRefusedApi(rest.get("/api/batches/" + decisionId + "/draft", "giamdoc:demo"), HttpStatus.NOT_FOUND,
        "đã ký");

    HistoricProcessInstance issued = history(decision);
    assertThat(issued.getEndActivityId()).isEqualTo("EndEvent_DecisionIssued");
    String number = historicVariable(decision, "decisionNumber");
    assertThat(number).matches("\\d+/QĐ-STNMT");
    String today = Nomination.today().toString();
    for (String key : List.of(an, team)) {
      assertThat(history(key).getEndActivityId()).isEqualTo("EndEvent_Awarded");
      assertThat(historicVariable(key, "outcome")).isEqualTo("AWARDED");
      assertThat(historicVariable(key, "decisionNumber")).isEqualTo(number);
      assertThat(historicVariable(key, "decisionDate")).isEqualTo(today);
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(binh)
        .activityIdIn(Nomination.EVENT_AWAIT_DECISION).count()).as("left out, still waiting").isOne();

    String decisionText = PdfText.ofSaved(document(an, "QUYET_DINH", "tpqldd"), "quyet-dinh");
    assertThat(decisionText).contains("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: " + number, "QUYẾT ĐỊNH",
        "GIÁM ĐỐC SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Căn cứ Luật Thi đua, khen thưởng", "Điều 1.", "01 tập thể và 01 cá nhân",
        "Phạm Minh Châu", "Tổ Đo đạc bản đồ", "710.000", "1.410.000", "Tổng số tiền thưởng: 2.120.000 đồng",
        "Nơi nhận:", "GIÁM ĐỐC Nguyễn Văn An");
    assertThat(decisionText).doesNotContain("Võ Thị Dung", "KT.");
    assertThat(rest.get("/api/nominations/" + an + "/documents", "tptnn:demo").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // ---- the submission to the province ----
    String submission = flow.startBatch("province-submission", "chanhvp", "ANNUAL", 2026);
    assertThat(submission).matches("BK-\\d{4}-\\d{4}");
    assertThat(flow.options(submission, "candidateNominations")).containsExactly(cuong, phong);
    flow.complete(submission, "Task_PrepareSubmission", "chanhvp",
        "{\"submissionNominations\":" + BatchFlow.jsonList(List.of(cuong, phong)) + "}");
    assertThat(PdfText.ofSaved(bytes("/api/batches/" + instance(submission) + "/draft", "giamdoc"), "du-thao-to-trinh")).contains("DỰ THẢO",
        "TỜ TRÌNH", "/TTr-STNMT", "Kính gửi: Ủy ban nhân dân tỉnh Sóc Trăng", "Lê Văn Cường", "Phòng Quản lý đất đai");
    flow.complete(submission, "Task_SignSubmission", "giamdoc", "{\"signAction\":{\"value\":\"SIGN\"}}");
    String submissionNumber = (String) variable(submission, "provinceSubmissionNumber");
    assertThat(submissionNumber).matches("\\d+/TTr-STNMT");
    String submissionText = PdfText.of(document(cuong, "TO_TRINH_UBND", "chuyenvien"));
    assertThat(submissionText).contains("TỜ TRÌNH", "Số: " + submissionNumber,
        "Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng",
        "Kính gửi: Ủy ban nhân dân tỉnh Sóc Trăng", "01 tập thể và 01 cá nhân", "Lê Văn Cường", "Phòng Quản lý đất đai",
        "kính trình Ủy ban nhân dân tỉnh Sóc Trăng");

    assertRefused(flow.tryComplete(submission, "Task_SendToProvince", "chuyenvien",
        "{\"sentDate\":{\"value\":\"" + LocalDate.parse(today).plusDays(3) + "\"},\"sentReference\":{\"value\":\"Bưu điện\"}}"),
        "đến hôm nay");
    assertRefused(flow.tryComplete(submission, "Task_SendToProvince", "chuyenvien",
        "{\"sentDate\":{\"value\":\"" + today + "\"}}"), "không được để trống");
    flow.complete(submission, "Task_SendToProvince", "chuyenvien",
        "{\"sentDate\":{\"value\":\"" + today + "\"},\"sentReference\":{\"value\":\"Qua Hệ thống quản lý văn bản\"}}");

    // 30 days without an answer: the reminder fires, and the next one is scheduled
    Job reminder = engine.getManagementService().createJobQuery().processInstanceId(instance(submission)).timers()
        .singleResult();
    assertThat(reminder.getDuedate()).isAfter(new java.util.Date(System.currentTimeMillis() + 29L * 24 * 3600 * 1000));
    engine.getManagementService().executeJob(reminder.getId());
    Task waiting = flow.task(submission, "Task_RecordProvinceDecision", "chuyenvien");
    assertThat(waiting.getPriority()).isEqualTo(Nomination.OVERDUE_PRIORITY);
    assertThat(variable(submission, "provinceReminderCount")).isEqualTo(1);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance(submission)).timers().count())
        .isOne();

    assertRefused(flow.tryComplete(submission, "Task_RecordProvinceDecision", "chuyenvien",
        "{\"provinceDecisionNumber\":{\"value\":\"1234/QĐ-UBND\"},\"provinceDecisionDate\":{\"value\":\"" + today
            + "\"},\"provinceAwardedNominations\":" + BatchFlow.jsonList(List.of(an)) + "}"), "không có trong Tờ trình");
    assertRefused(flow.tryComplete(submission, "Task_RecordProvinceDecision", "chuyenvien",
        "{\"provinceDecisionNumber\":{\"value\":\"<b>1234</b>\"},\"provinceDecisionDate\":{\"value\":\"" + today
            + "\"},\"provinceAwardedNominations\":" + BatchFlow.jsonList(List.of(cuong)) + "}"), "thẻ HTML");
    flow.complete(submission, "Task_RecordProvinceDecision", "chuyenvien",
        "{\"provinceDecisionNumber\":{\"value\":\"1234/QĐ-UBND\"},\"provinceDecisionDate\":{\"value\":\"" + today
            + "\"},\"provinceAwardedNominations\":" + BatchFlow.jsonList(List.of(cuong)) + "}");
    assertThat(history(submission).getEndActivityId()).isEqualTo("EndEvent_ProvinceDecided");
    assertThat(historicVariable(cuong, "outcome")).isEqualTo("AWARDED");
    assertThat(historicVariable(cuong, "decisionNumber")).isEqualTo("1234/QĐ-UBND");
    assertThat(historicVariable(phong, "outcome")).isEqualTo("NOT_AWARDED_BY_PROVINCE");

    // ---- the registry ----
    JsonNode rows = json(ok(rest.get("/api/registry?year=2026&period=ANNUAL", "chuyenvien:demo")));
    assertThat(rows).hasSize(3);
    assertThat(names(rows)).containsExactlyInAnyOrder("Phạm Minh Châu", "Tổ Đo đạc bản đồ", "Lê Văn Cường");
    for (JsonNode row : rows) {
      String name = row.get("nomineeName").asText();
      long expected = switch (name) {
        case "Phạm Minh Châu" -> 710_000;
        case "Tổ Đo đạc bản đồ" -> 1_410_000;
        default -> 3_510_000;
      };
      assertThat(row.get("prizeAmount").asLong()).as(name).isEqualTo(expected);
      assertThat(row.get("unitCode").asText()).isEqualTo("qldd");
      assertThat(row.get("decisionNumber").asText()).isEqualTo(name.equals("Lê Văn Cường") ? "1234/QĐ-UBND" : number);
      assertThat(row.get("decisionDate").asText()).isEqualTo(today);
      assertThat(row.get("year").asInt()).isEqualTo(2026);
      assertThat(row.has("businessKey") && row.has("nomineeKind") && row.has("awardType") && row.has("period")).isTrue();
    }
    assertThat(json(ok(rest.get("/api/registry?year=2026&awardType=PROVINCE_CERTIFICATE", "chuyenvien:demo"))))
        .hasSize(1);
    assertThat(json(ok(rest.get("/api/registry?unitCode=qldd", "chanhvp:demo")))).hasSize(3);
    assertThat(json(ok(rest.get("/api/registry?unitCode=tnn", "chanhvp:demo")))).isEmpty();
    assertThat(json(ok(rest.get("/api/registry?unitCode=QLDD", "chanhvp:demo")))).as("codes in any case").hasSize(3);
    assertThat(json(ok(rest.get("/api/registry?period=FINAL_2030", "chanhvp:demo")))).isEmpty();
    // a part of the name, with accents or without, in any letter case
    assertThat(names(json(ok(rest.get("/api/registry?nominee=le van cuong", "chuyenvien:demo")))))
        .containsExactly("Lê Văn Cường");
    assertThat(names(json(ok(rest.get("/api/registry?nominee=ĐO ĐẠC&year=2026", "chuyenvien:demo")))))
        .containsExactly("Tổ Đo đạc bản đồ");
    assertThat(names(json(ok(rest.get("/api/registry?nominee=  minh chau ", "chuyenvien:demo")))))
        .containsExactly("Phạm Minh Châu");
    assertThat(json(ok(rest.get("/api/registry?nominee=minh_chau", "chuyenvien:demo")))).as("_ is a letter").isEmpty();
    assertThat(json(ok(rest.get("/api/registry?nominee=cuong&awardType=DIRECTOR_CERTIFICATE", "chuyenvien:demo"))))
        .isEmpty();
    assertRefusedApi(rest.get("/api/registry?nominee=" + "a".repeat(201), "chuyenvien:demo"), HttpStatus.BAD_REQUEST,
        "nhập tối đa 200 ký tự");
    assertRefusedApi(rest.get("/api/registry?year=abc", "chuyenvien:demo"), HttpStatus.BAD_REQUEST, "Năm «abc»");
    assertRefusedApi(rest.get("/api/registry?awardType=MEDAL", "chuyenvien:demo"), HttpStatus.BAD_REQUEST, "MEDAL");
    for (String other : List.of("tpqldd:demo", "giamdoc:demo", "ctcd:demo")) {
      for (String path : List.of("/api/registry", "/api/registry.xlsx", "/api/registry/summary?year=2026")) {
        assertRefusedApi(rest.get(path, other), HttpStatus.FORBIDDEN, "chỉ dành cho Văn phòng Sở");
      }
    }
    ResponseEntity<String> program = rest.get("/api/registry", null);
    assertThat(program.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(program.getHeaders().getFirst("WWW-Authenticate")).as("a program is asked for Basic").startsWith("Basic");
    HttpHeaders expiredPage = new HttpHeaders();
    expiredPage.add("Cookie", "JSESSIONID=expired");
    ResponseEntity<String> page = template.exchange("/api/registry", HttpMethod.GET, new HttpEntity<>(expiredPage),
        String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(page.getHeaders().containsKey("WWW-Authenticate")).as("no password dialog over our page").isFalse();
    assertThat(template.getForEntity("/so-khen-thuong/", String.class).getBody()).contains("Sổ theo dõi khen thưởng");

    assertThat(rest.getBytes("/api/registry.xlsx?year=2026", "chuyenvien:demo").getHeaders()
        .getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\"so-khen-thuong-2026.xlsx\"");
    List<List<String>> sheet = spreadsheet("/api/registry.xlsx?year=2026");
    assertThat(sheet.get(0).get(0)).isEqualTo("SỔ THEO DÕI KHEN THƯỞNG – năm 2026");
    assertThat(sheet.get(2)).contains("Tập thể / cá nhân", "Số Quyết định", "Tiền thưởng (đồng)");
    List<String> names = sheet.subList(3, 6).stream().map(row -> row.get(2)).toList();
    assertThat(names).containsExactlyInAnyOrder("Phạm Minh Châu", "Tổ Đo đạc bản đồ", "Lê Văn Cường");
    assertThat(sheet.subList(3, 6).stream().map(row -> row.get(12)).toList())
        .containsExactlyInAnyOrder("710000", "1410000", "3510000");
    assertThat(sheet.get(6).get(12)).isEqualTo("5630000");
    List<List<String>> named = spreadsheet("/api/registry.xlsx?year=2026&nominee=cuong");
    assertThat(named.get(0).get(0)).isEqualTo("SỔ THEO DÕI KHEN THƯỞNG – năm 2026 – tên có «cuong»");
    assertThat(named.get(3).get(2)).isEqualTo("Lê Văn Cường");

    // rows recorded before the registry kept folded names get them from migration 10, once
    jdbc.update("UPDATE award_registry SET nominee_folded = NULL");
    assertThat(json(ok(rest.get("/api/registry?nominee=cuong", "chuyenvien:demo")))).isEmpty();
    try (Connection connection = jdbc.getDataSource().getConnection()) {
      assertThat(new AwardRegistry.Backfill().fill(connection)).isEqualTo(3);
      assertThat(new AwardRegistry.Backfill().fill(connection)).isZero();
    }
    assertThat(names(json(ok(rest.get("/api/registry?nominee=cuong", "chuyenvien:demo"))))).containsExactly("Lê Văn Cường");

    JsonNode summary = json(ok(rest.get("/api/registry/summary?period=ANNUAL&year=2026", "chuyenvien:demo")));
    assertThat(summary.get("rows")).hasSize(2);
    assertThat(summary.get("totals").get("awards").asInt()).isEqualTo(3);
    assertThat(summary.get("totals").get("collectives").asInt()).isEqualTo(1);
    assertThat(summary.get("totals").get("prizeTotal").asLong()).isEqualTo(5_630_000);
    assertThat(spreadsheet("/api/registry/summary.xlsx?period=ANNUAL&year=2026").get(0).get(0))
        .isEqualTo("TỔNG HỢP KHEN THƯỞNG THEO ĐƠN VỊ VÀ HÌNH THỨC – Khen thưởng hằng năm – năm 2026");

    // a step run again adds no second row
    RegistryEntry again = registry.find(new RegistryFilter(2026, null, null, "PROVINCE_CERTIFICATE")).get(0);
    assertThat(registry.record(again)).isFalse();
    assertThat(registry.find(new RegistryFilter(2026, null, null, null))).hasSize(3);

    // the nomination left out goes into a later decision, numbered next
    String later = flow.startBatch("award-decision", "chuyenvien", "ANNUAL", 2026);
    assertThat(flow.options(later, "candidateNominations")).containsExactly(binh);
    flow.complete(later, "Task_PrepareDecision", "chuyenvien",
        "{\"decisionNominations\":" + BatchFlow.jsonList(List.of(binh)) + "}");
    flow.complete(later, "Task_SignDecision", "giamdoc", "{\"signAction\":{\"value\":\"SIGN\"}}");
    int first = Integer.parseInt(number.substring(0, number.indexOf('/')));
    assertThat(historicVariable(later, "decisionNumber")).isEqualTo((first + 1) + "/QĐ-STNMT");
  }

  @Test
  void shouldEndWhenNothingWaitsAndRefuseBadStarts() {
    String empty = flow.startBatch("award-decision", "chuyenvien", "ANNUAL", 2029);
    assertThat(history(empty).getEndActivityId()).isEqualTo("EndEvent_NoCandidates");
    assertRefused(rest.postJson("/engine-rest/process-definition/key/province-submission/start", "chuyenvien:demo",
        "{\"variables\":{\"period\":{\"value\":\"INTERIM_2025\"},\"year\":{\"value\":2026}}}"), "phải là năm 2025");
    assertRefused(rest.postJson("/engine-rest/process-definition/key/award-decision/start", "chuyenvien:demo",
        "{\"variables\":{\"year\":{\"value\":2026}}}"), "Đợt khen thưởng");
    assertThat(rest.postJson("/engine-rest/process-definition/key/award-decision/start", "tpqldd:demo",
        "{\"variables\":{\"period\":{\"value\":\"ANNUAL\"},\"year\":{\"value\":2026}}}").getStatusCode().value())
        .as("a unit head may not start a decision").isIn(403, 404);
  }

  @Test
  void shouldListAndExportARegistryOfSeveralFetchesWholeAndInOrder() throws Exception {
    // more rows than AwardRegistry reads at a time, so that the cursor and the sheet's flushes are crossed
    int count = 2 * AwardRegistry.FETCH_SIZE + 234;
    LocalDate day = LocalDate.of(2029, 12, 1);
    for (int i = 0; i < count; i++) {
      assertThat(registry.record(new RegistryEntry("DN-2029-%04d".formatted(i), "Người thứ %04d".formatted(i),
          "INDIVIDUAL", "Chuyên viên", "ptk", "Phòng Thử nghiệm", "DIRECTOR_CERTIFICATE", "ANNUAL", 2029,
          (i % 3 + 9) + "/QĐ-STNMT", day, 1000 + i, "GK-2029-0001", null))).isTrue();
    }

    JsonNode rows = json(ok(rest.get("/api/registry?year=2029&unitCode=ptk", "chuyenvien:demo")));
    assertThat(rows).hasSize(count);
    // by decision number as a number (9 before 10 and 11), then name
    assertThat(rows.get(0).get("nomineeName").asText()).isEqualTo("Người thứ 0000");
    assertThat(rows.get(0).get("decisionNumber").asText()).isEqualTo("9/QĐ-STNMT");
    assertThat(rows.get(count / 2).get("decisionNumber").asText()).isEqualTo("10/QĐ-STNMT");
    assertThat(rows.get(count - 1).get("decisionNumber").asText()).isEqualTo("11/QĐ-STNMT");
    assertThat(rows.findValuesAsText("businessKey")).doesNotHaveDuplicates();
    assertThat(rows.get(0).has("documentId")).as("nulls left out, as before").isFalse();

    List<List<String>> sheet = spreadsheet("/api/registry.xlsx?year=2029&unitCode=ptk");
    assertThat(sheet).hasSize(3 + count + 1);
    assertThat(sheet.get(3).get(0)).isEqualTo("1");
    assertThat(sheet.get(3 + count - 1).get(0)).isEqualTo(Integer.toString(count));
    assertThat(sheet.subList(3, 3 + count).stream().map(row -> row.get(1)).distinct()).hasSize(count);
    long total = (long) count * 1000 + (long) count * (count - 1) / 2;
    assertThat(sheet.get(3 + count).get(2)).isEqualTo("Tổng cộng: " + count + " khen thưởng");
    assertThat(sheet.get(3 + count).get(12)).isEqualTo(Long.toString(total));

    // the page's «Đơn vị» offers units by name: the directory's, and «ptk», known only from its awards
    JsonNode units = json(ok(rest.get("/api/registry/units", "chuyenvien:demo")));
    List<String> names = units.findValuesAsText("name");
    assertThat(names).contains("Phòng Quản lý đất đai", "Phòng Thử nghiệm", "Văn phòng Sở");
    assertThat(names).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));
    assertThat(units.findValuesAsText("code")).contains("qldd", "ptk").doesNotHaveDuplicates();
    assertThat(rest.get("/api/registry/units", "tpqldd:demo").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private static void assertRefused(ResponseEntity<String> answer, String message) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains(message);
  }

  private static void assertRefusedApi(ResponseEntity<String> answer, HttpStatus status, String message) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getBody()).startsWith("{\"message\":").contains(message);
  }

  private byte[] document(String nomination, String type, String user) throws Exception {
    JsonNode documents = json(ok(rest.get("/api/nominations/" + nomination + "/documents", user + ":demo")));
    for (JsonNode document : documents) {
      if (document.get("type").asText().equals(type)) {
        assertThat(document.get("contentType").asText()).isEqualTo("application/pdf");
        return bytes("/api/documents/" + document.get("id").asText(), user);
      }
    }
    throw new AssertionError("no " + type + " for " + nomination + ": " + documents);
  }

  private byte[] bytes(String path, String user) {
    ResponseEntity<byte[]> answer = rest.getBytes(path, user + ":demo");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private List<List<String>> spreadsheet(String path) throws Exception {
    return Spreadsheets.firstSheet(bytes(path, "chuyenvien"));
  }

  private String instance(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getId();
  }

  private Object variable(String businessKey, String name) {
    return engine.getRuntimeService().getVariable(instance(businessKey), name);
  }

  private HistoricProcessInstance history(String businessKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  private String historicVariable(String businessKey, String name) {
    return (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(history(businessKey).getId()).variableName(name).singleResult().getValue();
  }

  private static List<String> names(JsonNode rows) {
    List<String> names = new java.util.ArrayList<>();
    rows.forEach(row -> names.add(row.get("nomineeName").asText()));
    return names;
  }

  private static JsonNode json(ResponseEntity<String> answer) throws Exception {
    return BatchFlow.JSON.readTree(answer.getBody());
  }

  private static ResponseEntity<String> ok(ResponseEntity<String> answer) {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return answer;
  }
}
