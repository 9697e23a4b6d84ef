package vn.thiduakhenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The Office convenes the Council, or starts a decision, when no nomination is waiting: the process ends at once
 * (SPEC §4.2, "with none, it says so and ends"), and Tasklist says so in Vietnamese, by the name of the end event the
 * process reached, in a notice that stays until closed.
 */
// One engine named "default" at a time: the REST filter looks the engine up by name.
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:ended-at-start-browser-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class EndedAtStartBrowserTests extends BrowserOnTheApp {

  private static final By NOTICE = By.cssSelector(".page-notifications .ket-thuc-ngay");

  @Autowired ProcessEngine engine;

  @Test
  void shouldTellTheOfficeThatASessionOrDecisionWithNothingWaitingEndedAtOnce() {
    Tasklist tasklist = new Tasklist(browser, "http://localhost:" + port);
    tasklist.logIn("chuyenvien");

    tasklist.openStartForm("Phiên họp Hội đồng Thi đua - Khen thưởng");
    tasklist.fill("sessionTitle", "Phiên họp xét khen thưởng năm 2026");
    tasklist.fill("year", 2026);
    tasklist.date("meetingDate", LocalDate.now().plusDays(7).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    assertThat(tasklist.start()).isTrue();
    String session = tasklist.wait(20).until(ExpectedConditions.visibilityOfElementLocated(NOTICE)).getText();
    Tasklist.assertVietnamese(tasklist.shot("session-ended-at-start"));
    assertThat(session.replace("×", "").replaceAll("\\s+", " ").strip()).isEqualTo("Phiên họp Hội đồng Thi đua - Khen thưởng "
        + "đã kết thúc ngay: Không có đề nghị chờ xét. Không có việc nào được tạo.");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("council-session")
        .finished().singleResult().getEndActivityId()).isEqualTo("EndEvent_NoCandidates");

    // it stays until closed, past Tasklist's own three seconds of «Quy trình đã được bắt đầu.»
    Tasklist.pause(4_000);
    assertThat(browser.findElement(NOTICE).isDisplayed()).isTrue();
    tasklist.click(By.cssSelector(".page-notifications .ket-thuc-ngay .close"));
    tasklist.wait(10).until(ExpectedConditions.numberOfElementsToBe(NOTICE, 0));

    tasklist.openStartForm("Quyết định tặng Giấy khen");
    tasklist.fill("year", 2026);
    assertThat(tasklist.start()).isTrue();
    String decision = tasklist.wait(20).until(ExpectedConditions.visibilityOfElementLocated(NOTICE)).getText();
    tasklist.shot("decision-ended-at-start");
    assertThat(decision.replaceAll("\\s+", " ")).contains("Quyết định tặng Giấy khen đã kết thúc ngay: Không có đề nghị chờ Quyết định.");
  }
}
