package vn.thiduakhenthuong.webapps;

import java.time.Duration;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduakhenthuong.BrowserSupport;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.decision.BatchFlow;

/**
 * Cockpit in Vietnamese on the screens administrators and process owners read: the lists (dashboard, processes,
 * decisions), a process definition, a process instance with each of its tabs, a decision table and one of its
 * evaluations. The words Camunda writes in its templates («Actions» over the variables, «Download», the diagram's
 * zoom buttons, the processes' «Toggle this section») and those of the decision table viewer (dmn-js: «View DRD»,
 * «Hit policy: First», «When» / «And» / «Then», «Annotations» and their tooltips) are not locale keys; they read
 * Vietnamese through tasklist/custom/thao-tac.js and bang-quyet-dinh.js (loaded by Cockpit), the hit policy keeping
 * Camunda's name beside its meaning («FIRST (quy tắc khớp đầu tiên)»).
 */
// One engine named "default" at a time: the REST filter looks the engine up by name.
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:cockpit-browser-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class CockpitBrowserTests {

  /**
   * The English that Cockpit 7.24 showed on these screens in a Vietnamese browser: whole text nodes, or the start of a
   * tooltip (title attribute, or the tooltip shown on hover).
   */
  static final List<String> ENGLISH_TEXT = List.of("Actions", "Download", "Upload", "View DRD", "Hit policy:",
      "Unique", "First", "Priority", "Any", "Collect", "Collect (Sum)", "Collect (Min)", "Collect (Max)",
      "Collect (Count)", "Rule order", "Output order", "When", "And", "Then", "Annotations");
  static final List<String> ENGLISH_TITLES = List.of("zoom in", "zoom out", "reset zoom", "No overlap is possible",
      "Rules may overlap", "Collects the values", "Input label", "Input expression", "Input values", "Input type",
      "Output label", "Output name", "Output values", "Output type", "Definition name", "Definition ID",
      "Toggle this section", "Suspended Job Definition");
  /** The text nodes that are one of ENGLISH_TEXT, the tooltips that start with one of ENGLISH_TITLES. */
  private static final String ENGLISH_FOUND = "const [words, titles] = arguments; const found = [];"
      + " const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n;"
      + " while ((n = walker.nextNode())) { const t = n.nodeValue.trim();"
      + "   if (words.includes(t) && !n.parentElement.closest('script,style')) found.push(t); }"
      + " for (const e of document.querySelectorAll('[title]')) { const t = e.getAttribute('title');"
      + "   if (titles.some(w => t.startsWith(w))) found.push('title: ' + t); }"
      + " for (const e of document.querySelectorAll('.tooltip-inner')) { const t = e.textContent.trim();"
      + "   if (titles.some(w => t.startsWith(w))) found.push('tooltip: ' + t); }"
      + " return found;";

  @LocalServerPort int port;
  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @RegisterExtension final BrowserSupport.PerTest chromium = new BrowserSupport.PerTest();
  /** Every screen is checked, and every English word left is said at the end. */
  private final SoftAssertions soft = new SoftAssertions();

  @Test
  void shouldShowCockpitsScreensWithoutEnglish() {
    // a nomination sent to the Office: a decision evaluated, a user task, a timer job; an incident and a file
    RestClient rest = new RestClient(template);
    String key = rest.startNomination("tpqldd:demo", "Trần Thị Giám Sát");
    rest.uploadDossier(key, "tpqldd:demo");
    new BatchFlow(engine, rest).complete(key, "Task_SubmitDossier", "tpqldd",
        "{\"submitAction\":{\"value\":\"SEND\"}}");
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key)
        .singleResult();
    String atTheOffice = engine.getRuntimeService().createExecutionQuery().processInstanceId(instance.getId())
        .activityId("Task_CheckDossier").singleResult().getId();
    engine.getRuntimeService().createIncident("kiemTra", atTheOffice, "cockpit", "Sự cố để kiểm tra Cockpit");
    engine.getRuntimeService().setVariable(instance.getId(), "tepDinhKem", "%PDF-1.4".getBytes());
    String decision = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(instance.getId()).singleResult().getId();

    WebDriver browser = chromium.browser();
    String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/";
    BrowserSupport.logInAt(browser, cockpit, "admin");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    open(cockpit + "#/dashboard", "Đã triển khai", "cockpit-01-dashboard");
    open(cockpit + "#/decisions", "Tiêu chuẩn khen thưởng", "cockpit-02-decisions");
    open(cockpit + "#/processes", "Đề nghị khen thưởng", "cockpit-03-processes");
    new Actions(browser).moveToElement(browser.findElement(By.cssSelector(".processes-dashboard .section-toggle")))
        .perform();
    WebElement tooltip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tooltip-inner")));
    reads(By.cssSelector(".tooltip-inner"), "Ẩn/hiện mục này");
    BrowserSupport.screenshot(browser, "cockpit-04-processes-toggle");
    soft.assertThat(tooltip.getText()).isEqualTo("Ẩn/hiện mục này");

    open(cockpit + "#/process-definition/" + instance.getProcessDefinitionId() + "/runtime", key,
        "cockpit-05-process-definition");
    soft.assertThat(titles(".navigation button")).containsExactly("Phóng to", "Thu nhỏ", "Hiện toàn bộ sơ đồ");
    openTab("Sự cố", "cockpit-05-process-definition-incidents");
    openTab("Định nghĩa quy trình được gọi", "cockpit-05-process-definition-called");
    openTab("Định nghĩa tác vụ nền", "cockpit-05-process-definition-job-definitions");

    open(cockpit + "#/process-instance/" + instance.getId() + "/runtime", "achievementBasis",
        "cockpit-06-process-instance-variables");
    By actions = By.cssSelector("[cam-widget-variables-table] > table > thead td.actions");
    reads(actions, "Thao tác");
    soft.assertThat(((JavascriptExecutor) browser).executeScript(
        "return arguments[0].scrollWidth <= arguments[0].clientWidth;", browser.findElement(actions)))
        .as("«Thao tác» whole, not cut to «Thao …»").isEqualTo(true);
    reads(By.cssSelector("[cam-widget-variables-table] td.col-value a[download]"), "Tải xuống");
    openTab("Sự cố", "cockpit-07-process-instance-incidents");
    soft.assertThat(browser.findElement(By.tagName("body")).getText()).contains("Sự cố để kiểm tra Cockpit");
    openTab("Lượt chạy quy trình được gọi", "cockpit-07-process-instance-called");
    openTab("Việc của người dùng", "cockpit-07-process-instance-user-tasks");
    openTab("Tác vụ nền", "cockpit-07-process-instance-jobs");
    soft.assertThat(browser.findElement(By.tagName("body")).getText()).contains("Quá 5 ngày làm việc");

    String table = engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey("nomination-eligibility").latestVersion().singleResult().getId();
    open(cockpit + "#/decision-definition/" + table, "DIRECTOR_CERTIFICATE", "cockpit-08-decision-definition");
    decisionTable();

    open(cockpit + "#/decision-instance/" + decision, "DIRECTOR_CERTIFICATE", "cockpit-09-decision-instance");
    decisionTable();
    // the evaluated values Cockpit adds beside «Khi» / «Và» stay
    soft.assertThat(browser.findElement(By.cssSelector(".tjs-container th.input-cell .clause")).getText())
        .isEqualTo("Khi = DIRECTOR_CERTIFICATE");
    reads(By.cssSelector(".view-drd-button"), "Xem sơ đồ DRD");
    browser.findElement(By.cssSelector(".view-drd-button")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".dmn-drd-container .dmn-definitions")));
    soft.assertThat(titles(".dmn-definitions > div")).containsExactly("Tên định nghĩa", "ID định nghĩa");
    noEnglish("cockpit-10-decision-instance-drd");
    soft.assertAll();
  }

  /** The decision table's header: the hit policy in Vietnamese beside Camunda's name, the clauses, the annotations. */
  private void decisionTable() {
    reads(By.cssSelector(".tjs-container .hit-policy .dms-label"), "Chính sách kết quả:");
    reads(By.cssSelector(".tjs-container .hit-policy-value"), "FIRST (quy tắc khớp đầu tiên)");
    soft.assertThat(chromium.browser().findElement(By.cssSelector(".tjs-container .hit-policy")).getAttribute("title"))
        .startsWith("Các quy tắc có thể chồng lấn");
    soft.assertThat(clauses()).startsWith("Khi", "Và").contains("Thì").doesNotContain("When", "And", "Then");
    reads(By.cssSelector(".tjs-container th.annotation"), "Ghi chú");
    soft.assertThat(titles(".tjs-container th .input-variable"))
        .allMatch(title -> title.startsWith("Kiểu dữ liệu đầu vào"));
    noEnglish(null);
  }

  /** Each column's clause word, without the value Cockpit writes after it in an evaluation. */
  @SuppressWarnings("unchecked")
  private List<String> clauses() {
    return (List<String>) ((JavascriptExecutor) chromium.browser()).executeScript(
        "return [...document.querySelectorAll('.tjs-container th .clause')].map(c => c.firstChild.nodeValue.trim());");
  }

  @SuppressWarnings("unchecked")
  private List<String> titles(String selector) {
    return (List<String>) ((JavascriptExecutor) chromium.browser()).executeScript(
        "return [...document.querySelectorAll(arguments[0])].map(e => e.getAttribute('title'));", selector);
  }

  /** Opens a page of Cockpit, waits for {@code shown}, takes a screenshot and checks that it has no English left. */
  private void open(String url, String shown, String screenshot) {
    WebDriver browser = chromium.browser();
    browser.get(url);
    new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> url + " does not show " + shown)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), shown));
    noEnglish(screenshot);
  }

  /** Clicks the tab {@code name} of the page's lower half and checks it. */
  private void openTab(String name, String screenshot) {
    WebDriver browser = chromium.browser();
    By tab = By.xpath("//div[contains(@class,'ctn-tabbed')]//ul[contains(@class,'nav-tabs')]/li/a[normalize-space()='"
        + name + "']");
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(tab)).click();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.attributeContains(
        By.xpath("//div[contains(@class,'ctn-tabbed')]//ul[contains(@class,'nav-tabs')]/li[a[normalize-space()='"
            + name + "']]"), "class", "active"));
    // the tab's table loads after the click
    BrowserSupport.sleep(1500);
    noEnglish(screenshot);
  }

  /**
   * Waits until {@code element} reads {@code expected} (our scripts may rewrite it a moment after it appears). Its
   * text as the page has it: a row below the table's scrolled part has no text for Selenium.
   */
  private void reads(By element, String expected) {
    WebDriver browser = chromium.browser();
    try {
      new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
          .until(driver -> text(driver.findElement(element)).equals(expected));
    } catch (org.openqa.selenium.TimeoutException notYet) {
      // said below with what it reads
    }
    soft.assertThat(text(browser.findElement(element))).as(element.toString()).isEqualTo(expected);
  }

  private static String text(WebElement element) {
    return element.getDomProperty("textContent").trim();
  }

  /**
   * No text node of the page is one of Cockpit's English words, and no tooltip starts with one of its English
   * phrases. A moment is given to our scripts, which rewrite the words when they appear.
   */
  private void noEnglish(String screenshot) {
    WebDriver browser = chromium.browser();
    List<String> english = english(browser);
    for (long until = System.currentTimeMillis() + 3000; !english.isEmpty() && System.currentTimeMillis() < until;
        english = english(browser)) {
      BrowserSupport.sleep(300);
    }
    if (screenshot != null) {
      BrowserSupport.screenshot(browser, screenshot);
    }
    soft.assertThat(english).as("English on " + browser.getCurrentUrl()).isEmpty();
  }

  /** Cockpit's English words and tooltips on the page now, as ENGLISH_FOUND finds them. */
  @SuppressWarnings("unchecked")
  private static List<String> english(WebDriver browser) {
    return (List<String>) ((JavascriptExecutor) browser).executeScript(ENGLISH_FOUND, ENGLISH_TEXT, ENGLISH_TITLES);
  }
}
