package vn.thiduakhenthuong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduakhenthuong.BrowserSupport.screenshot;
import static vn.thiduakhenthuong.BrowserSupport.waiting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduakhenthuong.BrowserSupport;

/**
 * "Thông báo e-mail" in real Tasklist's header (Debian's Chromium): the unit head switches the outcome
 * mails off with the webapp session (and its CSRF token); essential mails cannot be unticked.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:notification-browser-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class NotificationSettingsBrowserTests {

  @LocalServerPort int port;
  @Autowired Preferences preferences;
  @RegisterExtension final BrowserSupport.PerTest chromium = new BrowserSupport.PerTest();

  @Test
  void shouldSwitchOutcomeMailsOffButNotTheBallots() {
    WebDriver browser = chromium.browser();
    BrowserSupport.logIn(browser, "http://localhost:" + port, "tpqldd");
    waiting(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.thong-bao-toggle"))).click();
    waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".thong-bao-panel input")));
    screenshot(browser, "thong-bao-1-open");
    WebElement panel = browser.findElement(By.cssSelector(".thong-bao-panel"));
    assertThat(panel.getText()).contains("tpqldd@thidua.example", "Phiếu biểu quyết", "(bắt buộc)",
        "Kết quả đề nghị khen thưởng do tôi gửi");
    assertThat(panel.getText()).as("the Office's and the Director's reminders never reach a unit head")
        .doesNotContain("Nhắc việc").doesNotContain("Việc mới của nhóm");
    assertThat(panel.findElement(By.name("BALLOTS")).isEnabled()).isFalse();
    assertThat(panel.findElement(By.name("BALLOTS")).isSelected()).isTrue();

    panel.findElement(By.name("OUTCOMES")).click();
    panel.findElement(By.xpath(".//button[normalize-space()='Lưu']")).click();
    waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".thong-bao-panel"),
        "Đã lưu lựa chọn."));
    screenshot(browser, "thong-bao-2-saved");

    assertThat(preferences.optedOut("tpqldd")).containsExactly(Category.OUTCOMES);
    assertThat(browser.findElement(By.cssSelector(".thong-bao-panel")).findElement(By.name("OUTCOMES")).isSelected())
        .isFalse();
  }
}
