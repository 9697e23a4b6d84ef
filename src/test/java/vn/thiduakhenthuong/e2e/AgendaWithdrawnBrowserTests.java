package vn.thiduakhenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.decision.BatchFlow;

/**
 * The Office has a session's agenda open in Tasklist when the unit withdraws every nomination on it
 * (through REST, as a unit's own software would): the session ends by itself, and Tasklist says so in
 * Vietnamese, without the "<task> <-" its loader puts before any failure.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "awards.demo-data=true")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class AgendaWithdrawnBrowserTests extends BrowserOnTheApp {

  @Autowired ProcessEngine engine;

  @Test
  void shouldEndTheSessionAndTellTheOfficeInVietnameseWhenEveryNominationIsWithdrawn() {
    RestClient rest = new RestClient(template);
    BatchFlow flow = new BatchFlow(engine, rest);
    List<String> nominations = List.of(
        flow.nomination("Nguyễn Thị Hồng Nhung", "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2026),
        flow.nomination("Trần Văn Minh", "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2026));
    String session = BatchFlow.field(BatchFlow.ok(rest.postJson("/engine-rest/process-definition/key/council-session/start",
        "chuyenvien:demo", "{\"variables\":{\"period\":{\"value\":\"ANNUAL\"},\"year\":{\"value\":2026},"
            + "\"sessionTitle\":{\"value\":\"Phiên họp xét khen thưởng năm 2026\"},"
            + "\"meetingDate\":{\"value\":\"2026-12-10\"}}}")), "id");
    Tasklist tasklist = new Tasklist(browser, "http://localhost:" + port);
    tasklist.logIn("chuyenvien");
    tasklist.openTask("Việc của nhóm", "Xác nhận chương trình phiên họp", null);
    assertThat(tasklist.text()).contains(nominations.get(0) + " – Nguyễn Thị Hồng Nhung", nominations.get(1) + " – Trần Văn Minh");
    tasklist.shot("office-agenda-open");

    for (String key : nominations) {
      assertThat(rest.postJson("/engine-rest/message", "tpqldd:demo",
          "{\"messageName\":\"Withdraw\",\"businessKey\":\"" + key + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(session).singleResult();
    assertThat(ended.getEndActivityId()).isEqualTo("EndEvent_AllWithdrawn");

    browser.navigate().refresh();
    String error = tasklist.error().replace("×", "").strip();
    tasklist.shot("office-agenda-gone");
    assertThat(error).startsWith("Không mở được việc này:")
        .contains("Không tìm thấy: việc, quy trình hoặc hồ sơ không tồn tại, đã kết thúc")
        .doesNotContain("<task>").doesNotContain("&lt;").doesNotContain("<-");
    Tasklist.assertVietnamese(error);
  }
}
