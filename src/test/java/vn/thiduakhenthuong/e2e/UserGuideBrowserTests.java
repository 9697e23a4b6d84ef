package vn.thiduakhenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduakhenthuong.BrowserSupport;

/**
 * The user guide (/huong-dan/) is one click away: «Hướng dẫn» in Tasklist's header opens it, in a new tab, at the
 * section of the user's role (a unit head's «Thủ trưởng đơn vị»); the welcome page's «Liên kết» lists «Hướng dẫn sử
 * dụng» first, before Camunda's documentation in English.
 */
// One engine named "default" at a time: the REST filter looks the engine up by name.
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:user-guide-browser-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class UserGuideBrowserTests extends BrowserOnTheApp {

  private static final By LINK = By.id("huong-dan-link");

  @Test
  void shouldOpenTheGuideAtTheUnitHeadsSectionFromTasklist() {
    Tasklist tasklist = new Tasklist(browser, "http://localhost:" + port);
    tasklist.logIn("tpqldd");
    tasklist.wait(20).until(ExpectedConditions.attributeContains(LINK, "href", "#"));
    assertThat(browser.findElement(LINK).getText()).isEqualTo("Hướng dẫn");
    Tasklist.assertVietnamese(tasklist.shot("guide-tasklist-link"));
    String tasklistTab = browser.getWindowHandle();

    tasklist.click(LINK);
    tasklist.wait(20).until(ExpectedConditions.numberOfWindowsToBe(2));
    browser.switchTo().window(browser.getWindowHandles().stream().filter(tab -> !tab.equals(tasklistTab))
        .findFirst().orElseThrow());
    By section = By.id("thu-truong-don-vi");
    tasklist.wait(20).until(ExpectedConditions.visibilityOfElementLocated(section));
    assertThat(browser.getCurrentUrl()).endsWith("/huong-dan/#thu-truong-don-vi");
    assertThat(browser.getTitle()).isEqualTo("Hướng dẫn sử dụng · Thi đua - Khen thưởng");
    WebElement opened = browser.findElement(section);
    assertThat(opened.findElement(By.tagName("h2")).getText()).isEqualTo("Thủ trưởng đơn vị");
    assertThat(opened.getText()).contains("Đính kèm và gửi hồ sơ đề nghị", "Đề nghị của đơn vị", "Rút đề nghị");
    Number top = (Number) ((JavascriptExecutor) browser).executeScript(
        "return arguments[0].getBoundingClientRect().top;", opened);
    assertThat(top.doubleValue()).as("the section's top, scrolled to the window's").isBetween(0.0, 40.0);
    tasklist.shot("guide-unit-head-section");
  }

  @Test
  void shouldOpenTheSectionOfEachRole() {
    Tasklist tasklist = new Tasklist(browser, "http://localhost:" + port);
    // chanhvp is also a unit head and in the Council, giamdoc in the Council: the Office's work, the signature first
    Map<String, String> sections = Map.of("chanhvp", "van-phong-so", "giamdoc", "giam-doc-so", "ctcd",
        "thanh-vien-hoi-dong", "admin", "quan-tri");
    for (String user : List.of("chanhvp", "giamdoc", "ctcd", "admin")) {
      tasklist.logIn(user);
      tasklist.wait(20).until(ExpectedConditions.attributeContains(LINK, "href", "#"));
      assertThat(browser.findElement(LINK).getAttribute("href")).as(user).endsWith("/huong-dan/#" + sections.get(user));
    }
  }

  @Test
  void shouldListTheGuideFirstOnTheWelcomePage() {
    BrowserSupport.logInAt(browser, "http://localhost:" + port + "/camunda/app/welcome/default/", "tpqldd");
    By links = By.cssSelector(".custom-links .custom-link-wrapper");
    new Tasklist(browser, "http://localhost:" + port).wait(30)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".custom-links"), "Hướng dẫn sử dụng"));
    List<WebElement> shown = browser.findElements(links);
    assertThat(shown.get(0).getText()).startsWith("Hướng dẫn sử dụng");
    assertThat(shown.get(0).findElement(By.tagName("a")).getAttribute("href")).endsWith("/huong-dan/");
    assertThat(shown).extracting(link -> link.findElement(By.cssSelector(".h4")).getText())
        .containsExactly("Hướng dẫn sử dụng", "Tài liệu Camunda (tiếng Anh)");
    BrowserSupport.screenshot(browser, "guide-welcome-links");

    shown.get(0).findElement(By.tagName("a")).click();
    new Tasklist(browser, "http://localhost:" + port).wait(20)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Hướng dẫn sử dụng"));
    BrowserSupport.screenshot(browser, "guide-top");
  }
}
