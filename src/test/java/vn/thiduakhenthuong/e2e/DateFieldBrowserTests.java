package vn.thiduakhenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A date typed into a form is read and shown as Vietnamese write it, day first with two digits, whatever
 * language the computer is set to: many offices' computers run Windows and Chrome in English, whose own
 * date format (M/d/yyyy) Camunda Forms would otherwise use, reading «05/11/2026» as 11 May.
 */
// One engine named "default" at a time: the REST filter looks the engine up by name.
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:date-field-browser-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class DateFieldBrowserTests extends BrowserOnTheApp {

  @Autowired HistoryService history;

  @Test
  void shouldReadAndShowADateDayFirstOnAComputerSetToEnglish() {
    ((ChromeDriver) browser).executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "en-US"));
    Tasklist tasklist = new Tasklist(browser, "http://localhost:" + port);
    tasklist.logIn("tpqldd");
    tasklist.openStartForm("Đề nghị khen thưởng");
    tasklist.fillProposal("Lê Thị Ngày", "Giấy khen của Giám đốc Sở", "Cá nhân", "Chuyên viên");

    // its calendar names months and weekdays in Vietnamese, the week from Monday
    String calendar = tasklist.calendar("submissionDate");
    tasklist.shot("date-field-calendar");
    assertThat(calendar).isEqualTo("Tháng 1 Tháng 2 Tháng 3 Tháng 4 Tháng 5 Tháng 6 Tháng 7"
        + " Tháng 8 Tháng 9 Tháng 10 Tháng 11 Tháng 12 | T2 T3 T4 T5 T6 T7 CN");
    // the date is the start dialog's last field: its calendar opens above it, inside the window
    List<Long> edges = tasklist.openCalendarEdges();
    assertThat(edges.get(0)).as("top of the calendar (top, bottom, window) %s", edges).isNotNegative();
    assertThat(edges.get(1)).as("bottom of the calendar (top, bottom, window) %s", edges).isLessThanOrEqualTo(edges.get(2));
    String shown = tasklist.date("submissionDate", "05/11/2026");
    tasklist.shot("date-field-english-computer");
    assertThat(shown).isEqualTo("05/11/2026");
    assertThat(tasklist.start()).isTrue();

    HistoricVariableInstance date = history.createHistoricVariableInstanceQuery().variableName("submissionDate")
        .processInstanceIdIn(history.createHistoricVariableInstanceQuery().variableName("nomineeName")
            .variableValueEquals("nomineeName", "Lê Thị Ngày").singleResult().getProcessInstanceId())
        .singleResult();
    assertThat(date.getValue()).isEqualTo("2026-11-05");
  }
}
