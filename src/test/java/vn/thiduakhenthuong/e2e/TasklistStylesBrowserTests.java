package vn.thiduakhenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduakhenthuong.RestClient;

/**
 * What Tasklist's own screens show around our forms, as {@code tasklist/styles/user-styles.css} arranges it: a task in
 * the list names its priority («Độ ưu tiên: 50», not a bare «50»), and the error of a refused submission leaves the
 * form's buttons «Lưu» and «Hoàn thành» free to press (it lay over them, at the bottom right of the window).
 */
// One engine named "default" at a time: the REST filter looks the engine up by name.
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:tasklist-styles-browser-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class TasklistStylesBrowserTests extends BrowserOnTheApp {

  @Test
  void shouldNameTheTaskPriorityInTheList() {
    new RestClient(template).startNomination("tpqldd:demo", "Lê Văn Ưu Tiên");
    Tasklist tasklist = new Tasklist(browser, "http://localhost:" + port);
    tasklist.logIn("tpqldd");
    tasklist.click(By.xpath("(//a[contains(normalize-space(),'Việc của tôi')])[1]"));
    WebElement priority = tasklist.wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//li[contains(@class,'task') and contains(normalize-space(.),'Lê Văn Ưu Tiên')]//*[contains(@class,'priority')]")));
    String shown = (String) ((JavascriptExecutor) browser).executeScript(
        "const label = getComputedStyle(arguments[0], '::before').content;"
            + " return (label === 'none' ? '' : label.replace(/^\"|\"$/g, '')) + arguments[0].textContent.trim();", priority);
    tasklist.shot("tasklist-priority");

    assertThat(shown).isEqualTo("Độ ưu tiên: 50");
  }

  @Test
  void shouldLeaveTheFormButtonsFreeUnderARefusal() {
    new RestClient(template).startNomination("tpqldd:demo", "Trần Thị Chưa Đủ");
    Tasklist tasklist = new Tasklist(browser, "http://localhost:" + port);
    tasklist.logIn("tpqldd");
    tasklist.openTask("Việc của tôi", "Đính kèm và gửi hồ sơ đề nghị", "Trần Thị Chưa Đủ");
    tasklist.select("submitAction", "Gửi hồ sơ đến Văn phòng Sở");

    assertThat(tasklist.complete()).as("sent without the Tờ trình and the Báo cáo thành tích").isFalse();
    assertThat(tasklist.error()).contains("chưa thể gửi vì hồ sơ còn thiếu Tờ trình, Báo cáo thành tích");
    // the person scrolls to the form's end, where its buttons are, to send again once the files are there
    ((JavascriptExecutor) browser).executeScript(
        "const pane = document.querySelector('.task-details .three-cols-layout-cell.content'); pane.scrollTop = pane.scrollHeight;");
    Tasklist.pause(500);
    tasklist.shot("tasklist-refused-buttons");

    assertThat(covered("Lưu")).as("what lies over «Lưu»").isEmpty();
    assertThat(covered("Hoàn thành")).as("what lies over «Hoàn thành»").isEmpty();
  }

  /**
   * What the browser finds on top at the middle and near the four corners of the open task's button {@code label},
   * where it is not the button: empty when the whole button can be pressed.
   */
  @SuppressWarnings("unchecked")
  private List<String> covered(String label) {
    return (List<String>) ((JavascriptExecutor) browser).executeScript(
        "const button = [...document.querySelectorAll('.task-details button')].find(b => b.textContent.trim() === arguments[0]);"
            + " if (!button) return ['no button ' + arguments[0]];"
            + " const box = button.getBoundingClientRect(); const found = [];"
            + " for (const [x, y] of [[0.5, 0.5], [0.05, 0.1], [0.95, 0.1], [0.05, 0.9], [0.95, 0.9]]) {"
            + "   const top = document.elementFromPoint(box.left + box.width * x, box.top + box.height * y);"
            + "   if (!top || top.closest('button') !== button)"
            + "     found.push(x + ',' + y + ': ' + (top ? top.tagName + '.' + top.className : 'outside the window')); }"
            + " return found;", label);
  }
}
