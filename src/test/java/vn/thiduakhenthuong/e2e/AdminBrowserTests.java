package vn.thiduakhenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Collator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.BrowserSupport;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;

/**
 * The administrator adds a unit in Admin, as the README's "Admin how-to" says: «Tạo nhóm mới» with type
 * {@code UNIT}. Admin confirms in Vietnamese, with no space before the heading's colon («Thành công:»,
 * Camunda's template writes «Thành công :»), and its «Phạm vi dữ liệu (tenant)» page lists the unit's tenant,
 * in words an administrator reads (a unit's data scope, not «Tenant (bên thuê)»). Cockpit and the welcome page
 * load the script that joins the colon too.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "awards.demo-data=true")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class AdminBrowserTests extends BrowserOnTheApp {

  @Test
  void shouldNameTheProductOnEveryLoginPage() {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/styles/user-styles.css");
    browser.manage().deleteAllCookies();
    for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
      browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
      WebElement name = new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".login-header .app-name")));
      String shown = (String) ((JavascriptExecutor) browser).executeScript(
          "return getComputedStyle(arguments[0], '::before').content.replace(/^\"|\"$/g, '') + arguments[0].textContent.trim();",
          name);
      BrowserSupport.screenshot(browser, "admin-00-login-" + app);
      assertThat(shown).as(app).startsWith("Thi đua - Khen thưởng · ");
    }
  }

  @Test
  void shouldConfirmANewUnitInVietnameseAndListItsTenant() {
    String admin = "http://localhost:" + port + "/camunda/app/admin/";
    BrowserSupport.logInAt(browser, admin, "admin");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

    browser.get(admin + "#/group-create");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inputGroupId"))).sendKeys("unitkt");
    browser.findElement(By.id("inputName")).sendKeys("Phòng Kinh tế đất");
    browser.findElement(By.id("inputType")).sendKeys("UNIT");
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    WebElement notification = wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notifications .alert-success")));
    wait.until(driver -> heading(notification).startsWith("Thành công"));
    BrowserSupport.screenshot(browser, "admin-01-unit-created");
    assertThat(notification.getText()).contains("unitkt");
    assertThat(heading(notification)).isEqualTo("Thành công:");

    browser.get(admin + "#/tenants");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Phòng Kinh tế đất"));
    BrowserSupport.screenshot(browser, "admin-02-tenants");
    String tenantsPage = browser.findElement(By.tagName("body")).getText();
    assertThat(tenantsPage).contains("kt", "Danh sách phạm vi dữ liệu", "Tạo phạm vi dữ liệu mới")
        .doesNotContain("bên thuê");

    // Cockpit and the welcome page load the same module from Tasklist's folder. The welcome page is opened
    // straight from Cockpit while Cockpit still loads its files, which is when a nonce shared between answers
    // (RequestScopedCspNonce) left a page on its spinner: 7 of 21 runs of this test on 1 December 2026.
    for (String app : new String[] {"cockpit", "welcome"}) {
      browser.get("http://localhost:" + port + "/camunda/app/" + app + "/");
      wait.withMessage(() -> app + " has not loaded dau-hai-cham.js: " + ((JavascriptExecutor) browser).executeScript(
              "const r = performance.getEntriesByType('resource').map(e => e.name.replace(/^.*\\/camunda\\//, ''));"
                  + " return location.href + ' (' + document.readyState + '), ' + r.length + ' resources: '"
                  + " + r.filter(n => !n.includes('/locales/') && !n.includes('/fonts/')).join(' ')"))
          .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.__dauHaiCham")));
    }
  }

  /**
   * Admin's authorizations page heads its table with the resource's name before the word «Phân quyền», English word
   * order («Ứng dụng Phân quyền»): custom/phan-quyen.js turns it into «Phân quyền đối với ứng dụng», also when another
   * resource is chosen. It also puts the list of resources on the left in Vietnamese alphabetical order: Angular sorted
   * it by character codes, «Định nghĩa …» after «Thành viên …».
   */
  @Test
  void shouldHeadTheAuthorizationsInVietnameseWordOrder() {
    String admin = "http://localhost:" + port + "/camunda/app/admin/";
    BrowserSupport.logInAt(browser, admin, "admin");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    By heading = By.cssSelector(".section-content > header h3");

    browser.get(admin + "#/authorization?resource=0");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(heading, "ứng dụng"));
    BrowserSupport.screenshot(browser, "admin-03-authorizations-application");
    assertThat(browser.findElement(heading).getText()).isEqualTo("Phân quyền đối với ứng dụng");
    assertThat(resources()).containsSubsequence("Công việc (lịch sử)", "Định nghĩa bảng quyết định",
        "Định nghĩa quy trình", "Định nghĩa yêu cầu quyết định", "Hệ thống")
        .containsSubsequence("Phạm vi dữ liệu (tenant)", "Phân quyền", "Thành viên nhóm", "Ứng dụng")
        .isSortedAccordingTo(Collator.getInstance(Locale.forLanguageTag("vi")));

    browser.findElement(By.xpath("//aside//a[normalize-space()='Định nghĩa quy trình']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(heading, "định nghĩa quy trình"));
    BrowserSupport.screenshot(browser, "admin-04-authorizations-process-definition");
    assertThat(browser.findElement(heading).getText()).isEqualTo("Phân quyền đối với định nghĩa quy trình");
    assertThat(resources()).hasSizeGreaterThan(10).isSortedAccordingTo(Collator.getInstance(Locale.forLanguageTag("vi")));
  }

  /** The authorizations page's list of resources, top to bottom. */
  private List<String> resources() {
    return browser.findElements(By.cssSelector("aside li > a")).stream().map(WebElement::getText).toList();
  }

  /**
   * The welcome page and the menu behind the house icon of Admin, Cockpit and Tasklist name the webapps as their
   * headers do: «Giám sát», «Công việc», «Quản trị» (they said «Cockpit», «Tasklist», «Admin»; the menu's labels are
   * in Camunda's code, custom/ten-ung-dung.js renames them). A browser asking for English keeps Camunda's names.
   */
  @Test
  void shouldNameTheWebappsAsTheirHeadersDo() {
    String apps = "http://localhost:" + port + "/camunda/app/";
    BrowserSupport.logInAt(browser, apps + "welcome/default/", "admin");
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    By welcomeNames = By.cssSelector("h3.app-name");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(welcomeNames, "Giám sát"));
    BrowserSupport.screenshot(browser, "admin-05-welcome-names");
    assertThat(browser.findElements(welcomeNames)).extracting(WebElement::getText)
        .containsExactly("Giám sát", "Công việc", "Quản trị");

    Map<String, List<String>> others = Map.of("admin", List.of("Giám sát", "Công việc"),
        "cockpit", List.of("Quản trị", "Công việc"), "tasklist", List.of("Quản trị", "Giám sát"));
    for (String app : List.of("admin", "cockpit", "tasklist")) {
      assertThat(appSwitch(browser, apps + app + "/default/", "admin-06-app-switch-" + app)).as(app)
          .isEqualTo(others.get(app));
    }

    WebDriver english = BrowserSupport.chromium("en-US");
    try {
      BrowserSupport.logInAt(english, apps + "admin/default/", "admin");
      assertThat(appSwitch(english, apps + "admin/default/", "admin-07-app-switch-english"))
          .containsExactly("Cockpit", "Tasklist");
    } finally {
      english.quit();
    }
  }

  /**
   * Cockpit marks a field without a value with a grey word, «null» in Camunda's: the data scope (tenant) of our
   * definitions, which have none, and an instance's parent process instance. It reads «(không có)»: a locale key for
   * the process definition's (PROCESS_DEFINITION_NULL), Camunda's templates for the other two (custom/khong-co.js).
   */
  @Test
  void shouldSayThatCockpitHasNoValueInWords() throws Exception {
    RestClient rest = new RestClient(template);
    String businessKey = rest.startNomination("tpqldd:demo", "Phạm Thị Không Có");
    ObjectMapper json = new ObjectMapper();
    String instance = json.readTree(rest.get("/engine-rest/process-instance?businessKey=" + businessKey, "admin:demo")
        .getBody()).get(0).get("id").asText();
    String process = json.readTree(rest.get("/engine-rest/process-definition/key/nomination", "admin:demo").getBody())
        .get("id").asText();
    String decision = json.readTree(rest.get("/engine-rest/decision-definition/key/nomination-eligibility",
        "admin:demo").getBody()).get("id").asText();

    String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/";
    BrowserSupport.logInAt(browser, cockpit, "admin");
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("process-definition/" + process + "/runtime", "dd.tenant-id");
    pages.put("process-instance/" + instance + "/runtime", "dd.super-process-instance-id");
    pages.put("decision-definition/" + decision, "dd.tenant-id");
    int step = 8;
    for (Map.Entry<String, String> page : pages.entrySet()) {
      browser.get(cockpit + "#/" + page.getKey());
      By field = By.cssSelector(page.getValue());
      // the page before may still show its own field («qldd», the instance's tenant) until Angular replaces it
      String shown = new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
          .until(driver -> {
            String text = driver.findElement(field).getText();
            return text.equals("(không có)") || text.equals("null") ? text : null;
          });
      String name = page.getKey().substring(0, page.getKey().indexOf('/'));
      BrowserSupport.screenshot(browser, "admin-" + String.format("%02d", step++) + "-cockpit-" + name);
      assertThat(shown).as(page.getKey() + " " + page.getValue()).isEqualTo("(không có)");
    }
  }

  /** Opens {@code url}, then the menu behind the house icon, and reads its items once they are named. */
  private static List<String> appSwitch(WebDriver browser, String url, String screenshot) {
    browser.get(url);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".app-switch .dropdown-toggle"))).click();
    By items = By.cssSelector(".app-switch .dropdown-menu > li > a");
    wait.until(ExpectedConditions.visibilityOfElementLocated(items));
    // the menu opens with an animation: its items have text once it is open
    wait.until(driver -> driver.findElements(items).stream().noneMatch(a -> a.getText().isBlank()));
    BrowserSupport.screenshot(browser, screenshot);
    return browser.findElements(items).stream().map(WebElement::getText).toList();
  }

  /** The notification's heading as shown: its status and the colon after it, spaces between them included. */
  private String heading(WebElement notification) {
    return ((String) ((JavascriptExecutor) browser).executeScript(
        "const status = arguments[0].querySelector('.status'); let text = status.textContent;"
            + " for (let n = status.nextSibling; n; n = n.nextSibling) {"
            + "   if (n.nodeType === 3) text += n.nodeValue;"
            + "   else if (n.nodeType === 1) { text += n.textContent; break; } }"
            + " return text;", notification)).trim();
  }
}
