package vn.thiduakhenthuong.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.decision.BatchFlow;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.notification.Mailbox.Received;

/**
 * Mails on PostgreSQL with an in-memory SMTP server (GreenMail), driven through /engine-rest as the
 * demo users: who gets which mail at each step from a nomination to its award, what a user switched
 * off, a mail server that is down or hangs, a malformed address, and several nodes sending one outbox.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=true",
    "awards.notifications.base-url=https://thidua.example.gov.vn/",
    "awards.notifications.poll-delay=200ms", "awards.notifications.retry-delay=200ms",
    "awards.notifications.max-retry-delay=1s", "awards.notifications.max-attempts=1000",
    "spring.mail.properties[mail.smtp.timeout]=2000", "spring.mail.properties[mail.smtp.connectiontimeout]=2000"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class NotificationTests {

  static final Mailbox MAILBOX = new Mailbox();
  static final String LINK = "https://thidua.example.gov.vn/camunda/app/tasklist/default/#/?task=";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate template;
  @Autowired JdbcTemplate jdbc;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired OutboxStore outbox;
  @Autowired NotificationProperties properties;
  @Autowired TransactionTemplate transaction;
  RestClient rest;
  BatchFlow flow;

  @BeforeAll
  static void startMailServer() {
    MAILBOX.start();
  }

  @AfterAll
  static void stopMailServer() {
    MAILBOX.stop();
  }

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> MAILBOX.port);
  }

  @BeforeEach
  void setUp() {
    rest = new RestClient(template);
    flow = new BatchFlow(engine, rest);
    drain();
  }

  @Test
  void shouldMailEachPersonAtEachStepFromNominationToAward() {
    // the unit head proposes: the dossier task is his own doing, no mail
    String nhung = start("Nguyễn Thị Hồng Nhung", "DIRECTOR_CERTIFICATE", 2027);
    assertThat(drain()).isEmpty();

    rest.uploadDossier(nhung, "tpqldd:demo");
    flow.complete(nhung, "Task_SubmitDossier", "tpqldd", "{\"submitAction\":{\"value\":\"SEND\"}}");
    List<Received> sent = drain();
    assertThat(Mailbox.byRecipient(sent)).containsOnlyKeys("chanhvp", "chuyenvien");
    Received check = to(sent, "chuyenvien");
    String checkTask = flow.task(nhung, "Task_CheckDossier", "chuyenvien").getId();
    assertThat(check.subject())
        .isEqualTo("[Thi đua - Khen thưởng] Việc mới của Văn phòng Sở: Kiểm tra hồ sơ đề nghị (" + nhung + ")");
    assertThat(check.text()).startsWith("Kính gửi Phạm Thị Dung,")
        .contains("Nguyễn Thị Hồng Nhung", "Phòng Quản lý đất đai", LINK + checkTask);
    assertThat(check.html()).contains("<a href=\"" + LINK + checkTask + "\"");

    // five working days later the check is overdue: the Office chief hears of it
    executeTimer(nhung, "BoundaryEvent_CheckOverdue");
    sent = drain();
    assertThat(Mailbox.byRecipient(sent)).containsOnlyKeys("chanhvp");
    assertThat(sent.get(0).subject()).contains("Quá hạn kiểm tra hồ sơ " + nhung);

    // a supplement request reaches the unit head with the Office's comment, escaped in HTML
    flow.complete(nhung, "Task_CheckDossier", "chuyenvien", "{\"dossierDecision\":{\"value\":\"SUPPLEMENT\"},"
        + "\"officeComment\":{\"value\":\"Thiếu Biên bản họp \\\"xét thi đua\\\" & chữ ký\"}}");
    sent = drain();
    assertThat(Mailbox.byRecipient(sent)).containsOnlyKeys("tpqldd");
    Received supplement = sent.get(0);
    assertThat(supplement.subject()).contains("Hồ sơ " + nhung + " cần bổ sung");
    assertThat(supplement.text()).contains("Thiếu Biên bản họp \"xét thi đua\" & chữ ký",
        LINK + flow.task(nhung, "Task_SupplementDossier", "tpqldd").getId());
    assertThat(supplement.html()).contains("Thiếu Biên bản họp &quot;xét thi đua&quot; &amp; chữ ký")
        .doesNotContain("\"xét thi đua\"");

    flow.complete(nhung, "Task_SupplementDossier", "tpqldd", "{\"supplementNote\":{\"value\":\"Đã bổ sung\"}}");
    assertThat(Mailbox.byRecipient(drain())).containsOnlyKeys("chanhvp", "chuyenvien");
    flow.complete(nhung, "Task_CheckDossier", "chuyenvien", "{\"dossierDecision\":{\"value\":\"COMPLETE\"}}");
    assertThat(drain()).as("waiting for the Council tells nobody").isEmpty();
    String dung = flow.nomination("Võ Thị Dung", "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2027);
    String phong = flow.nomination("Phòng Quản lý đất đai", "COLLECTIVE", "PROVINCE_CERTIFICATE", "ANNUAL", 2027);
    drain();

    // the Council: the agenda to the other Office member, then one invitation per member
    String session = BatchFlow.field(BatchFlow.ok(rest.postJson("/engine-rest/process-definition/key/council-session/start",
        "chuyenvien:demo", "{\"variables\":{\"period\":{\"value\":\"ANNUAL\"},\"year\":{\"value\":2027},"
            + "\"sessionTitle\":{\"value\":\"Phiên họp xét khen thưởng năm 2027\"},"
            + "\"meetingDate\":{\"value\":\"2026-12-01\"}}}")), "businessKey");
    assertThat(Mailbox.byRecipient(drain())).containsOnlyKeys("chanhvp");
    flow.complete(session, "Task_ConfirmAgenda", "chuyenvien",
        "{\"agendaNominations\":" + BatchFlow.jsonList(List.of(nhung, dung, phong)) + "}");
    sent = drain();
    assertThat(Mailbox.byRecipient(sent)).containsOnlyKeys(BatchFlow.MEMBERS.toArray(String[]::new));
    String deadline = (String) variable(session, "votingDeadline");
    for (String member : BatchFlow.MEMBERS) {
      Received invitation = to(sent, member);
      assertThat(invitation.subject()).isEqualTo("[Thi đua - Khen thưởng] Mời biểu quyết: Phiên họp xét khen thưởng "
          + "năm 2027 (hạn " + deadline + ")");
      assertThat(invitation.text()).contains("Hạn biểu quyết: " + deadline, "1. Nguyễn Thị Hồng Nhung",
          "Phòng Quản lý đất đai", LINK + flow.task(session, "Task_CastBallot", member).getId());
    }

    // five vote; one working day before the deadline the two others are reminded
    List<String> early = List.of("giamdoc", "phogiamdoc", "chanhvp", "tpqldd", "ccmt");
    for (String member : early) {
      vote(session, member, List.of(nhung, phong));
    }
    assertThat(drain()).isEmpty();
    executeTimer(session, "BoundaryEvent_VotingReminder");
    sent = drain();
    assertThat(Mailbox.byRecipient(sent)).containsOnlyKeys("ctcd", "gdvpdk");
    assertThat(to(sent, "ctcd").subject()).contains("Nhắc biểu quyết", deadline);
    vote(session, "gdvpdk", List.of(nhung, phong));
    vote(session, "ctcd", List.of(nhung, phong));
    flow.waitForTask(session, "Task_ConfirmMinutes");
    assertThat(Mailbox.byRecipient(drain())).containsOnlyKeys("chanhvp", "chuyenvien");

    // the minutes confirmed: the nomination nobody agreed with is not approved
    flow.complete(session, "Task_ConfirmMinutes", "chuyenvien", "{\"minutesConfirmed\":{\"value\":true}}");
    sent = drain();
    assertThat(Mailbox.byRecipient(sent)).containsOnlyKeys("tpqldd");
    assertThat(sent.get(0).subject()).isEqualTo("[Thi đua - Khen thưởng] Hội đồng không thông qua: Võ Thị Dung (" + dung + ")");
    assertThat(sent.get(0).text()).contains("Số phiếu đồng ý: 0/7 thành viên (7 thành viên biểu quyết)");

    // the Director's decision, reminded after 3 working days, then signed
    String decision = flow.startBatch("award-decision", "chuyenvien", "ANNUAL", 2027);
    assertThat(Mailbox.byRecipient(drain())).containsOnlyKeys("chanhvp");
    flow.complete(decision, "Task_PrepareDecision", "chuyenvien",
        "{\"decisionNominations\":" + BatchFlow.jsonList(List.of(nhung)) + "}");
    sent = drain();
    assertThat(Mailbox.byRecipient(sent)).containsOnlyKeys("giamdoc");
    assertThat(sent.get(0).subject()).contains("Việc mới của Giám đốc Sở: Ký Quyết định tặng Giấy khen");
    executeTimer(decision, "BoundaryEvent_SignWaiting");
    sent = drain();
    assertThat(Mailbox.byRecipient(sent)).containsOnlyKeys("giamdoc");
    assertThat(sent.get(0).subject()).contains("Chờ ký quá 3 ngày làm việc: Ký Quyết định tặng Giấy khen");
    flow.complete(decision, "Task_SignDecision", "giamdoc", "{\"signAction\":{\"value\":\"SIGN\"}}");
    sent = drain();
    assertThat(Mailbox.byRecipient(sent)).containsOnlyKeys("tpqldd");
    String number = (String) historicVariable(nhung, "decisionNumber");
    assertThat(sent.get(0).subject()).isEqualTo("[Thi đua - Khen thưởng] Được khen thưởng: Nguyễn Thị Hồng Nhung ("
        + nhung + ")");
    assertThat(sent.get(0).text()).contains("Giấy khen của Giám đốc Sở", "Quyết định số " + number + " ngày "
        + LocalDate.parse((String) historicVariable(nhung, "decisionDate")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));

    // the province: signed, sent, reminded after 30 days, decided
    String submission = flow.startBatch("province-submission", "chanhvp", "ANNUAL", 2027);
    assertThat(Mailbox.byRecipient(drain())).containsOnlyKeys("chuyenvien");
    flow.complete(submission, "Task_PrepareSubmission", "chanhvp",
        "{\"submissionNominations\":" + BatchFlow.jsonList(List.of(phong)) + "}");
    assertThat(Mailbox.byRecipient(drain())).containsOnlyKeys("giamdoc");
    flow.complete(submission, "Task_SignSubmission", "giamdoc", "{\"signAction\":{\"value\":\"SIGN\"}}");
    assertThat(Mailbox.byRecipient(drain())).containsOnlyKeys("chanhvp", "chuyenvien");
    String today = Nomination.today().toString();
    flow.complete(submission, "Task_SendToProvince", "chuyenvien", "{\"sentDate\":{\"value\":\"" + today
        + "\"},\"sentReference\":{\"value\":\"Qua Hệ thống quản lý văn bản\"}}");
    assertThat(Mailbox.byRecipient(drain())).containsOnlyKeys("chanhvp");
    executeTimer(submission, "BoundaryEvent_ProvinceReminder");
    sent = drain();
    assertThat(Mailbox.byRecipient(sent)).containsOnlyKeys("chanhvp", "chuyenvien");
    assertThat(to(sent, "chuyenvien").subject()).contains("Nhắc lần 1: Tờ trình " + variable(submission,
        "provinceSubmissionNumber") + " chưa có Quyết định của UBND tỉnh");
    flow.complete(submission, "Task_RecordProvinceDecision", "chuyenvien", "{\"provinceDecisionNumber\":{\"value\":"
        + "\"1234/QĐ-UBND\"},\"provinceDecisionDate\":{\"value\":\"" + today + "\"},\"provinceAwardedNominations\":"
        + BatchFlow.jsonList(List.of(phong)) + "}");
    sent = drain();
    assertThat(Mailbox.byRecipient(sent)).containsOnlyKeys("tpqldd");
    assertThat(sent.get(0).text()).contains("Bằng khen của Chủ tịch UBND tỉnh", "Quyết định số 1234/QĐ-UBND");
  }

  @Test
  void shouldLeaveOutOptionalMailsAUserSwitchedOffButNeverEssentialOnes() throws Exception {
    JsonNode mine = json(rest.get("/api/me/notifications", "tpqldd:demo"));
    assertThat(mine.get("email").asText()).isEqualTo("tpqldd@thidua.example");
    assertThat(mine.get("mailOn").asBoolean()).isTrue();
    assertThat(mine.get("categories").findValuesAsText("category")).as("a unit head on the Council")
        .containsExactly("ASSIGNED_TASKS", "BALLOTS", "OUTCOMES");
    assertThat(mine.get("categories").findValuesAsText("enabled")).containsOnly("true");
    assertThat(json(rest.get("/api/me/notifications", "tptnn:demo")).get("categories").findValuesAsText("category"))
        .as("a unit head outside the Council").containsExactly("ASSIGNED_TASKS", "OUTCOMES");
    assertThat(json(rest.get("/api/me/notifications", "chuyenvien:demo")).get("categories").findValuesAsText("category"))
        .as("an Office officer").containsExactly("ASSIGNED_TASKS", "GROUP_TASKS", "REMINDERS");
    assertThat(json(rest.get("/api/me/notifications", "giamdoc:demo")).get("categories").findValuesAsText("category"))
        .as("the Director, who chairs the Council").containsExactly("ASSIGNED_TASKS", "BALLOTS", "GROUP_TASKS", "REMINDERS");
    assertRefused(rest.putJson("/api/me/notifications", "tpqldd:demo", "{\"ASSIGNED_TASKS\": false}"), "bắt buộc");
    assertRefused(rest.putJson("/api/me/notifications", "tpqldd:demo", "{\"NEWSLETTER\": false}"), "không có");
    assertRefused(rest.putJson("/api/me/notifications", "tpqldd:demo", "{\"OUTCOMES\": \"no\"}"), "true");
    assertRefused(rest.putJson("/api/me/notifications", "tpqldd:demo", "[1, 2]"), "JSON");
    assertThat(rest.get("/api/me/notifications", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    JsonNode changed = json(rest.putJson("/api/me/notifications", "tpqldd:demo", "{\"OUTCOMES\": false}"));
    assertThat(enabled(changed, "OUTCOMES")).isFalse();
    assertThat(enabled(changed, "BALLOTS")).isTrue();
    json(rest.putJson("/api/me/notifications", "chuyenvien:demo", "{\"GROUP_TASKS\": false}"));
    User clerk = engine.getIdentityService().newUser("vanthu");
    clerk.setFirstName("Văn thư");
    engine.getIdentityService().saveUser(clerk);
    engine.getIdentityService().createMembership("vanthu", "office");
    try {
      String key = start("Trần Văn Bảo", "DIRECTOR_CERTIFICATE", 2026);
      rest.uploadDossier(key, "tpqldd:demo");
      flow.complete(key, "Task_SubmitDossier", "tpqldd", "{\"submitAction\":{\"value\":\"SEND\"}}");
      assertThat(Mailbox.byRecipient(drain())).as("chuyenvien switched group work off; vanthu has no address")
          .containsOnlyKeys("chanhvp");
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE recipient_id IN "
          + "('vanthu', 'chuyenvien')", Integer.class)).isZero();

      flow.complete(key, "Task_CheckDossier", "chuyenvien", "{\"dossierDecision\":{\"value\":\"SUPPLEMENT\"},"
          + "\"officeComment\":{\"value\":\"Thiếu chữ ký\"}}");
      assertThat(Mailbox.byRecipient(drain())).as("assigned work is essential").containsOnlyKeys("tpqldd");
      flow.complete(key, "Task_SupplementDossier", "tpqldd", "{\"supplementNote\":{\"value\":\"Đã ký\"}}");
      drain();
      flow.complete(key, "Task_CheckDossier", "chuyenvien", "{\"dossierDecision\":{\"value\":\"REJECT\"},"
          + "\"officeComment\":{\"value\":\"Không đủ tiêu chuẩn\"}}");
      assertThat(drain()).as("tpqldd switched outcomes off").isEmpty();
      assertThat(historicVariable(key, "outcome")).isEqualTo("REJECTED");
    } finally {
      engine.getIdentityService().deleteUser("vanthu");
      json(rest.putJson("/api/me/notifications", "tpqldd:demo", "{\"OUTCOMES\": true}"));
      json(rest.putJson("/api/me/notifications", "chuyenvien:demo", "{\"GROUP_TASKS\": true}"));
    }
    assertThat(enabled(json(rest.get("/api/me/notifications", "tpqldd:demo")), "OUTCOMES")).isTrue();
  }

  @Test
  void shouldKeepWorkingWhileTheMailServerIsDownAndSendWhenItIsBack() throws Exception {
    String key = start("Lê Thị Thu", "DIRECTOR_CERTIFICATE", 2026);
    rest.uploadDossier(key, "tpqldd:demo");
    MAILBOX.stop();
    try {
      flow.complete(key, "Task_SubmitDossier", "tpqldd", "{\"submitAction\":{\"value\":\"SEND\"}}");
      assertThat(flow.task(key, "Task_CheckDossier", "chuyenvien")).as("the step went on").isNotNull();
      Mailbox.waitUntil(() -> jdbc.queryForObject("SELECT MIN(attempts) FROM notification_outbox WHERE business_key = ?",
          Integer.class, key) >= 2, "two failed attempts");
      JsonNode pending = json(rest.get("/api/notifications?status=PENDING", "admin:demo"));
      List<JsonNode> rows = new ArrayList<>();
      pending.forEach(row -> {
        if (key.equals(row.path("businessKey").asText())) {
          rows.add(row);
        }
      });
      assertThat(rows).extracting(row -> row.get("recipientId").asText()).containsExactlyInAnyOrder("chanhvp", "chuyenvien");
      assertThat(rows).allSatisfy(row -> assertThat(row.get("lastError").asText()).contains("Connect"));
      assertThat(rows.get(0).has("subject")).isTrue();
      assertRefused(rest.get("/api/notifications?status=PENDING", "chuyenvien:demo"), "quản trị", HttpStatus.FORBIDDEN);
      assertRefused(rest.get("/api/notifications?status=LOST", "admin:demo"), "LOST");
    } finally {
      MAILBOX.start();
    }
    assertThat(Mailbox.byRecipient(drain())).containsOnlyKeys("chanhvp", "chuyenvien");
    assertThat(jdbc.queryForList("SELECT status FROM notification_outbox WHERE business_key = ?", String.class, key))
        .containsOnly("SENT");
  }

  @Test
  void shouldNotHoldTheStepWhileTheMailServerHangs() throws Exception {
    String key = start("Đinh Văn Hải", "DIRECTOR_CERTIFICATE", 2026);
    rest.uploadDossier(key, "tpqldd:demo");
    // accepts connections (the system's backlog) and never says a word: SMTP waits for its greeting
    try (ServerSocket hanging = new ServerSocket(0)) {
      mailSender.setPort(hanging.getLocalPort());
      try {
        flow.complete(key, "Task_SubmitDossier", "tpqldd", "{\"submitAction\":{\"value\":\"SEND\"}}");
        assertThat(jdbc.queryForList("SELECT status FROM notification_outbox WHERE business_key = ?", String.class, key))
            .as("the step is done, its mails are not").hasSize(2).doesNotContain("SENT");
        Mailbox.waitUntil(() -> jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE business_key = ? "
            + "AND last_error LIKE '%timed out%'", Integer.class, key) > 0, "the mail server's timeout");
      } finally {
        mailSender.setPort(MAILBOX.port);
      }
    }
    assertThat(Mailbox.byRecipient(drain())).containsOnlyKeys("chanhvp", "chuyenvien");
  }

  @Test
  void shouldGiveUpOnAMalformedAddressAndShowItToAdministrators() throws Exception {
    queue("người nhận không hợp lệ", "Thư thử địa chỉ sai");
    Mailbox.waitUntil(() -> !outbox.list(OutboxStore.Status.FAILED, 10).isEmpty(), "the mail to fail");
    JsonNode failed = json(rest.get("/api/notifications?status=FAILED", "admin:demo"));
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).get("attempts").asInt()).isOne();
    assertThat(failed.get(0).get("lastError").asText()).contains("AddressException");
    long id = failed.get(0).get("id").asLong();

    JsonNode again = json(rest.postJson("/api/notifications/" + id + "/retry", "admin:demo", ""));
    assertThat(again.get("status").asText()).isIn("PENDING", "SENDING", "FAILED");
    Mailbox.waitUntil(() -> outbox.find(id).orElseThrow().attempts() == 1
        && outbox.find(id).orElseThrow().status() == OutboxStore.Status.FAILED, "the retried mail to fail again");
    assertRefused(rest.postJson("/api/notifications/" + id + "/retry", "chuyenvien:demo", ""), "quản trị",
        HttpStatus.FORBIDDEN);
    assertRefused(rest.postJson("/api/notifications/999999/retry", "admin:demo", ""), "999999", HttpStatus.NOT_FOUND);
    jdbc.update("DELETE FROM notification_outbox WHERE id = ?", id);
  }

  @Test
  void shouldSendEachMailOnceWhenSeveralNodesShareTheOutbox() throws Exception {
    OutboxSender second = new OutboxSender(outbox, mailSender, properties);
    OutboxSender third = new OutboxSender(outbox, mailSender, properties);
    List<String> subjects = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      subjects.add("Thư số " + i);
    }
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      // this node's own sender is woken by the commit; two more nodes race it for the same rows
      queue("nhieu-nut@thidua.example", subjects.toArray(String[]::new));
      List<Future<Integer>> counts = List.of(nodes.submit(second::deliverDue), nodes.submit(third::deliverDue));
      for (Future<Integer> count : counts) {
        count.get();
      }
    } finally {
      nodes.shutdown();
    }
    List<Received> sent = drain();
    assertThat(sent).extracting(Received::subject).containsExactlyInAnyOrderElementsOf(subjects);
    assertThat(jdbc.queryForList("SELECT attempts FROM notification_outbox WHERE recipient_id = 'nhieu-nut'",
        Integer.class)).hasSize(40).containsOnly(1);
    long id = outbox.list(OutboxStore.Status.SENT, 1).get(0).id();
    assertThat(outbox.claim(id, "another-node")).as("a sent mail is never claimed again").isEmpty();
  }

  /** Queues plain mails as a step would, in a transaction of their own. */
  private void queue(String address, String... subjects) {
    List<Notifications.Outgoing> mails = new ArrayList<>();
    for (String subject : subjects) {
      mails.add(new Notifications.Outgoing(MailKind.TASK_GROUP, address.contains("@")
          ? address.substring(0, address.indexOf('@')) : "sai-dia-chi", address,
          new MailTemplates.Mail(subject, "Nội dung", "<p>Nội dung</p>"), null));
    }
    transaction.executeWithoutResult(status -> outbox.add(mails));
  }

  private String start(String nomineeName, String awardType, int year) {
    return BatchFlow.field(BatchFlow.ok(rest.postJson("/engine-rest/process-definition/key/nomination/start",
        "tpqldd:demo", "{\"variables\":{\"period\":{\"value\":\"ANNUAL\"},\"year\":{\"value\":" + year + "},"
            + "\"awardType\":{\"value\":\"" + awardType + "\"},\"nomineeKind\":{\"value\":\"INDIVIDUAL\"},"
            + "\"nomineeName\":{\"value\":\"" + nomineeName + "\"},\"nomineeTitle\":{\"value\":\"Chuyên viên\"},"
            + "\"achievements\":{\"value\":\"Số hóa hồ sơ địa chính\"},\"taskRating\":{\"value\":\"EXCELLENT\"},"
            + "\"consecutiveExcellentYears\":{\"value\":2},\"initiativeCount\":{\"value\":2},"
            + "\"achievementBasis\":{\"value\":\"MOVEMENT\"},\"submissionNumber\":{\"value\":\"12/TTr\"},"
            + "\"submissionDate\":{\"value\":\"2026-01-05\"}}}")), "businessKey");
  }

  private void vote(String session, String member, List<String> agreed) {
    flow.complete(session, "Task_CastBallot", member, "{\"agreedNominations\":" + BatchFlow.jsonList(agreed) + "}");
  }

  /** Fires a boundary timer now, once the instance's asynchronous steps are done. */
  private void executeTimer(String businessKey, String boundaryEvent) {
    String instance = instance(businessKey);
    Mailbox.waitUntil(() -> engine.getManagementService().createJobQuery().processInstanceId(instance).messages()
        .count() == 0, "the asynchronous steps of " + businessKey);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(boundaryEvent)
        .singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }

  private List<Received> drain() {
    return MAILBOX.drain(jdbc);
  }

  private static Received to(List<Received> mails, String user) {
    return mails.stream().filter(mail -> mail.to().equals(user + "@thidua.example")).findFirst()
        .orElseThrow(() -> new AssertionError("no mail to " + user + " in " + Mailbox.byRecipient(mails)));
  }

  private String instance(String businessKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getId();
  }

  private Object variable(String businessKey, String name) {
    return engine.getRuntimeService().getVariable(instance(businessKey), name);
  }

  private Object historicVariable(String businessKey, String name) {
    String id = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getId();
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id).variableName(name)
        .singleResult().getValue();
  }

  private static boolean enabled(JsonNode settings, String category) {
    for (JsonNode row : settings.get("categories")) {
      if (row.get("category").asText().equals(category)) {
        return row.get("enabled").asBoolean();
      }
    }
    throw new AssertionError("no category " + category);
  }

  private static JsonNode json(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  private static void assertRefused(ResponseEntity<String> response, String message) throws Exception {
    assertRefused(response, message, HttpStatus.BAD_REQUEST);
  }

  private static void assertRefused(ResponseEntity<String> response, String message, HttpStatus status) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(JSON.readTree(response.getBody()).get("message").asText()).contains(message);
  }
}
