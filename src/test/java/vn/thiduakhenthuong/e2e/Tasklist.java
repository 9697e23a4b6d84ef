package vn.thiduakhenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.thiduakhenthuong.BrowserSupport;

/**
 * What a person does in Tasklist, in the words of its Vietnamese screens: log in, start a process
 * from its start form, find a task in a filter, claim it, fill a Camunda Form, complete it, read the
 * error the server gave. Every step of a test saves a screenshot under target/browser/.
 */
final class Tasklist {

  /** Tasklist's error notification, in the page or in the start dialog. */
  private static final By ERROR = By.cssSelector(".notifications .alert-danger");

  private final java.util.Set<WebElement> seenErrors = new java.util.HashSet<>();
  private final WebDriver browser;
  private final String baseUrl;
  private int step;

  Tasklist(WebDriver browser, String baseUrl) {
    this.browser = browser;
    this.baseUrl = baseUrl;
  }

  WebDriver browser() {
    return browser;
  }

  /**
   * Logs in from a fresh start. A webapp left on its spinner was Camunda's CSP nonce shared between concurrent
   * answers, which {@code security/RequestScopedCspNonce} fixes: a login that stalls is a failure; one the page
   * refuses is tried once more, saying so ({@link BrowserSupport#logInAt}).
   */
  void logIn(String user) {
    logIn(user, BrowserSupport.DEMO_PASSWORD);
  }

  /** Logs in from a fresh start as a user who is not a demo user. */
  void logIn(String user, String password) {
    // a page of the app's origin that starts no app: Tasklist itself would send the last user's requests,
    // whose answers may still set cookies after they are deleted here
    browser.get(baseUrl + "/camunda/app/tasklist/styles/user-styles.css");
    ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    browser.manage().deleteAllCookies();
    browser.get("about:blank");
    BrowserSupport.logIn(browser, baseUrl, user, password);
  }

  /** Saves target/browser/e2e-NN-name.png; returns the page's visible text. */
  String shot(String name) {
    step++;
    BrowserSupport.screenshot(browser, "e2e-%02d-%s".formatted(step, name));
    return text();
  }

  String text() {
    return browser.findElement(By.tagName("body")).getText();
  }

  // ---------------- starting ----------------

  void openStartForm(String processName) {
    wait(20).until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(normalize-space(),'Bắt đầu quy trình')]")))
        .click();
    By process = By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='" + processName + "']");
    wait(20).until(ExpectedConditions.elementToBeClickable(process)).click();
    try {
      wait(8).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    } catch (org.openqa.selenium.TimeoutException stillTheList) {
      // Tasklist's start dialog, opened a second time, can redraw its list of processes just after the click and
      // lose it (the CI run of 3f7aa23: the link focused, no form): a person clicks again, and so do we, saying so
      if (browser.findElements(process).stream().anyMatch(WebElement::isDisplayed)) {
        System.out.println("START DIALOG: clicked «" + processName + "» again, the first click showed no form");
        BrowserSupport.screenshot(browser, "e2e-start-again-" + step);
        click(process);
      }
    }
    waitForForm();
  }

  /** Fills the start form «Đề nghị khen thưởng» of tpqldd's unit (year 2026, Tờ trình 12/TTr-QLĐĐ of 20/11/2026). */
  void fillProposal(String name, String award, String kind, String title) {
    fill("year", 2026);
    select("awardType", award);
    select("nomineeKind", kind);
    fill("nomineeName", name);
    fill("nomineeTitle", title);
    fill("achievements", "Số hóa 12.000 hồ sơ địa chính; rút ngắn thời gian giải quyết thủ tục từ 15 còn 7 ngày.");
    select("taskRating", "Hoàn thành xuất sắc nhiệm vụ");
    select("achievementBasis", "Thành tích trong phong trào thi đua");
    fill("consecutiveExcellentYears", 2);
    fill("initiativeCount", 2);
    fill("submissionNumber", "12/TTr-QLĐĐ");
    date("submissionDate", "20/11/2026");
  }

  /** Presses "Bắt đầu" in the start dialog; true when the dialog closed (started). */
  boolean start() {
    markErrorsSeen();
    click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Bắt đầu']"));
    return waitForOutcome(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Bắt đầu']"));
  }

  // ---------------- tasks ----------------

  /** Opens the first task named {@code taskName} whose list entry also shows {@code detail}, in {@code filter}. */
  void openTask(String filter, String taskName, String detail) {
    By entry = By.xpath("//li[contains(@class,'task') and .//h4//a[contains(normalize-space(),'" + taskName + "')]"
        + (detail == null ? "" : " and contains(normalize-space(.),'" + detail + "')") + "]//h4//a");
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      click(By.xpath("(//a[contains(normalize-space(),'" + filter + "')])[1]"));
      try {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(entry));
        click(entry);
        break;
      } catch (org.openqa.selenium.TimeoutException notYet) {
        if (System.currentTimeMillis() > deadline) {
          throw new AssertionError("no task «" + taskName + "» (" + detail + ") in filter «" + filter + "»: " + text());
        }
        browser.navigate().refresh();
      }
    }
    wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details"), taskName));
    claimIfNeeded();
    waitForForm();
  }

  /**
   * The open task's header (its dates, groups and assignee) as shown, once Tasklist has been told whether the
   * user may change the task (custom/chi-xem.js): "co: ..." when he or she may, "khong: ..." when not; it ends
   * with "[Trả việc]" when the unclaim button (an icon) shows.
   */
  String taskHeader() {
    String may = wait(20).until(driver -> driver.findElement(By.cssSelector(".task-card")).getDomAttribute("data-quyen-sua"));
    boolean unclaim = browser.findElements(By.cssSelector(".task-card .meta .unclaim")).stream().anyMatch(WebElement::isDisplayed);
    return may + ": " + browser.findElements(By.cssSelector(".task-card .meta")).stream()
        .map(WebElement::getText).collect(java.util.stream.Collectors.joining(" | ")) + (unclaim ? " | [Trả việc]" : "");
  }

  /**
   * The label at the top right of the open task's header (Tasklist shows the task's tenant there), once it
   * reads {@code expected} or after 10 s: what it shows then.
   */
  String headerUnit(String expected) {
    By label = By.cssSelector(".task-card .tenant-id");
    try {
      wait(10).until(ExpectedConditions.textToBe(label, expected));
    } catch (org.openqa.selenium.TimeoutException other) {
      // answered below with what it shows
    }
    List<WebElement> shown = browser.findElements(label);
    return shown.isEmpty() ? "(no label)" : shown.get(0).getText().strip();
  }

  private void claimIfNeeded() {
    List<WebElement> claim = browser.findElements(By.xpath("//button[normalize-space()='Nhận việc']"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      claim.get(0).click();
      wait(20).until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space()='Nhận việc']")));
    }
  }

  /** Presses "Hoàn thành"; true when the task was completed, false when an error is shown. */
  boolean complete() {
    By button = By.xpath("//button[normalize-space()='Hoàn thành']");
    markErrorsSeen();
    click(button);
    return waitForOutcome(button);
  }

  /** Presses "Hoàn thành" (or "Bắt đầu") and returns the error form-js shows under a field, in the browser. */
  String fieldErrorAfter(String buttonText) {
    click(By.xpath("//button[normalize-space()='" + buttonText + "']"));
    return wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field-error"))).getText();
  }

  /** The newest error Tasklist shows. */
  String error() {
    wait(20).until(ExpectedConditions.visibilityOfElementLocated(ERROR));
    List<WebElement> errors = browser.findElements(ERROR).stream().filter(WebElement::isDisplayed).toList();
    return errors.get(errors.size() - 1).getText();
  }

  private void markErrorsSeen() {
    seenErrors.clear();
    seenErrors.addAll(browser.findElements(ERROR));
  }

  private boolean newError() {
    return browser.findElements(ERROR).stream().anyMatch(e -> !seenErrors.contains(e) && e.isDisplayed());
  }

  void dismissErrors() {
    for (WebElement close : browser.findElements(By.cssSelector(".notifications .close, .alert-danger .close"))) {
      try {
        if (close.isDisplayed()) {
          close.click();
        }
      } catch (StaleElementReferenceException gone) {
        // already closed
      }
    }
  }

  private boolean waitForOutcome(By button) {
    long deadline = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < deadline) {
      try {
        if (newError()) {
          return false;
        }
        if (browser.findElements(button).stream().noneMatch(WebElement::isDisplayed)) {
          return true;
        }
      } catch (StaleElementReferenceException redrawn) {
        // the page changed while we looked: look again
      }
      pause(200);
    }
    throw new AssertionError("neither done nor refused: " + text());
  }

  // ---------------- Camunda Forms ----------------

  void waitForForm() {
    try {
      wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    } catch (org.openqa.selenium.TimeoutException noForm) {
      // what the user saw instead (the CI run of 36c1c9a: a start form that never showed, once)
      BrowserSupport.screenshot(browser, "e2e-no-form-" + step);
      throw noForm;
    }
    pause(400);
  }

  void fill(String key, Object value) {
    WebElement field = field(key, "");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
    boolean filled = !field.getAttribute("value").isEmpty();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    if (filled) {
      // a number field emptied and typed into within form-js' debounce loses a digit («Năm» 2026 became 202):
      // a person's hand is slower than that
      pause(700);
    }
    field.sendKeys(String.valueOf(value));
    pause(700); // form-js takes a typed value after a short debounce
  }

  void select(String key, String label) {
    By display = By.cssSelector("[id$='-Field_" + key + "-display']");
    By item = By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + label + "']");
    for (int attempt = 1; ; attempt++) {
      click(display);
      try {
        wait(5).until(ExpectedConditions.visibilityOfElementLocated(item));
        break;
      } catch (org.openqa.selenium.TimeoutException closed) {
        if (attempt == 3) {
          throw closed;
        }
        // after a refused submission form-js keeps the list shut until the focus has been elsewhere:
        // a person clicks beside it (on the form's text) and then on the list again
        browser.findElements(By.cssSelector(".fjs-form-field-text, .fjs-form-field-label")).stream()
            .filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
      }
    }
    click(item);
    pause(300);
  }

  /** How far (px) the text a select shows runs out below its box: 0 when the box holds it. */
  long selectOverflow(String key) {
    WebElement display = wait(20).until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[id$='-Field_" + key + "-display']")));
    return ((Number) ((JavascriptExecutor) browser).executeScript(
        "const box = arguments[0].closest('.fjs-input-group').getBoundingClientRect();"
            + " return Math.max(0, Math.round(arguments[0].scrollHeight + arguments[0].getBoundingClientRect().top - box.bottom));",
        display)).longValue();
  }

  /** What a select shows as chosen (form-js' display of it: the option's label, or «Chọn»). */
  String chosen(String key) {
    return wait(20).until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[id$='-Field_" + key + "-display']"))).getText().strip();
  }

  /** Types a date as the date picker takes it (dd/MM/yyyy) into a date field; returns what the field then shows. */
  String date(String key, String ddMMyyyy) {
    WebElement field = field(key, "-date");
    click(By.cssSelector("[id$='-Field_" + key + "-date']"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(ddMMyyyy, Keys.ENTER);
    pause(500);
    return field.getDomProperty("value");
  }

  /** Opens the calendar of a date field; its month names and weekdays as shown, e.g. "Tháng 1 … | CN T2 …". */
  String calendar(String key) {
    click(By.cssSelector("[id$='-Field_" + key + "-date']"));
    wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    String months = browser.findElements(By.cssSelector(".flatpickr-calendar.open .flatpickr-monthDropdown-month"))
        .stream().map(month -> month.getDomProperty("textContent").trim()).collect(Collectors.joining(" "));
    String days = browser.findElements(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday")).stream()
        .map(day -> day.getDomProperty("textContent").trim()).collect(Collectors.joining(" "));
    return months + " | " + days;
  }

  /**
   * The open calendar's top and bottom edges and the window's height, in pixels: a calendar is of no use to the
   * user where it runs out of the window, under the start dialog's edge.
   */
  @SuppressWarnings("unchecked")
  List<Long> openCalendarEdges() {
    return (List<Long>) ((JavascriptExecutor) browser).executeScript(
        "const box = document.querySelector('.flatpickr-calendar.open').getBoundingClientRect();"
            + "return [Math.round(box.top), Math.round(box.bottom), window.innerHeight];");
  }

  /** Ticks the option naming {@code nominee}: "DN-… – nominee (unit) – award" or "nominee – award". */
  void check(String key, String nominee) {
    click(By.xpath("//input[@type='checkbox' and contains(@id,'-Field_" + key + "-')]/parent::label[contains(normalize-space(.),'– "
        + nominee + " (') or starts-with(normalize-space(.),'" + nominee + " –')]"));
    pause(300);
  }

  String value(String key) {
    return field(key, "").getAttribute("value");
  }

  /** What the form shows in the field labelled {@code label}: an input's value, else the field's text. */
  String shown(String label) {
    WebElement field = wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
        "//div[contains(@class,'fjs-form-field') and .//label[normalize-space()='" + label + "']]")));
    for (WebElement input : field.findElements(By.cssSelector("input, textarea"))) {
      String value = input.getAttribute("value");
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return field.getText().replace(label, "").strip();
  }

  private WebElement field(String key, String suffix) {
    return wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='-Field_" + key + suffix + "']")));
  }

  // ---------------- the Hồ sơ tab ----------------

  /**
   * On a signing step, the Hồ sơ tab's link to the draft: fetched by the page with the webapp session, as the
   * link's new tab would be; returns its HTTP status and content type ("200 application/pdf").
   */
  String draft() {
    click(By.xpath("//a[normalize-space()='Hồ sơ']"));
    WebElement link = wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("ho-so-du-thao-link")));
    Object answer = ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'})"
            + ".then(r => done(r.status + ' ' + r.headers.get('Content-Type')), e => done(String(e)));",
        link.getAttribute("href"));
    return String.valueOf(answer);
  }

  void upload(String type, Path file) {
    click(By.xpath("//a[normalize-space()='Hồ sơ']"));
    wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("ho-so-type")));
    new Select(browser.findElement(By.id("ho-so-type"))).selectByValue(type);
    browser.findElement(By.id("ho-so-file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("ho-so-upload")).click();
    wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("ho-so-message"), "Đã tải lên"));
  }

  void formTab() {
    click(By.xpath("//a[normalize-space()='Biểu mẫu']"));
    waitForForm();
  }

  // ---------------- helpers ----------------

  void click(By target) {
    long deadline = System.currentTimeMillis() + 20_000;
    while (true) {
      try {
        WebElement element = wait(20).until(ExpectedConditions.elementToBeClickable(target));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        return;
      } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
        // a notification lies over it, as over a person's cursor: he or she would close it first
        // (the whole press: form-js opens its dropdowns on mousedown, not on click)
        ((JavascriptExecutor) browser).executeScript(
            "for (const type of ['mousedown', 'mouseup', 'click']) {"
                + " arguments[0].dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, view: window})); }",
            browser.findElement(target));
        return;
      } catch (StaleElementReferenceException retry) {
        if (System.currentTimeMillis() > deadline) {
          throw retry;
        }
        pause(300);
      }
    }
  }

  WebDriverWait wait(int seconds) {
    return new WebDriverWait(browser, Duration.ofSeconds(seconds));
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void assertVietnamese(String screen) {
    for (String english : List.of("Field is required", "Cannot submit", "Select\n", "Nothing to show", "Camunda 8",
        "Error", "Complete\n", "Claim\n")) {
      assertThat(screen).as("English on screen").doesNotContain(english);
    }
  }
}
