package vn.thiduakhenthuong.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduakhenthuong.BrowserSupport.screenshot;
import static vn.thiduakhenthuong.BrowserSupport.waiting;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduakhenthuong.BrowserSupport;
import vn.thiduakhenthuong.RestClient;

/**
 * The "Hồ sơ" tab in real Tasklist (Debian's Chromium): the unit head uploads a PDF on the task that
 * sends the dossier, sees it listed, and downloads it with the browser's own session.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:browser-tests;DB_CLOSE_DELAY=-1", "camunda.bpm.job-execution.enabled=false"})
class DossierTabBrowserTests {

  @LocalServerPort int port;
  @Autowired TestRestTemplate template;
  @RegisterExtension final BrowserSupport.PerTest chromium = new BrowserSupport.PerTest();

  @Test
  void shouldUploadSeeAndDownloadATờTrìnhInTheDossierTab() throws Exception {
    WebDriver browser = chromium.browser();
    String key = new RestClient(template).startNomination("tpqldd:demo", "Nguyễn Thị Hồng Nhung");
    Path pdf = Files.createTempFile("to-trinh-", ".pdf");
    Files.write(pdf, RestClient.PDF);

    BrowserSupport.logIn(browser, "http://localhost:" + port, "tpqldd");
    browser.findElement(By.xpath("//a[contains(normalize-space(),'Việc của tôi')]")).click();
    waiting(browser).until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'tasks-list')]//a[contains(.,'Đính kèm và gửi hồ sơ đề nghị')]"))).click();
    waiting(browser).until(ExpectedConditions.elementToBeClickable(
        By.xpath("//a[normalize-space()='Hồ sơ']"))).click();
    waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("ho-so"), key));
    screenshot(browser, "ho-so-1-empty");
    assertThat(browser.findElement(By.id("ho-so")).getText()).contains("Tờ trình", "còn thiếu", "Chưa có tài liệu nào");

    new Select(browser.findElement(By.id("ho-so-type"))).selectByValue("TO_TRINH");
    browser.findElement(By.id("ho-so-file")).sendKeys(pdf.toAbsolutePath().toString());
    browser.findElement(By.id("ho-so-upload")).click();
    waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("ho-so-documents"),
        pdf.getFileName().toString()));
    screenshot(browser, "ho-so-2-uploaded");
    assertThat(browser.findElement(By.id("ho-so-message")).getText()).contains("Đã tải lên");
    // the uploader by name, not by login
    assertThat(browser.findElement(By.id("ho-so-documents")).getText()).contains("Tờ trình", "Huỳnh Văn Em")
        .doesNotContain("tpqldd");

    String href = browser.findElement(By.cssSelector("#ho-so-documents a")).getAttribute("href");
    Object download = ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
            + " + r.headers.get('content-type') + ' ' + b.byteLength))).catch(e => done('failed ' + e));", href);
    assertThat(download).isEqualTo("200 application/pdf " + RestClient.PDF.length);

    // a file attached by mistake is removed, asked twice, while the dossier is still his
    browser.findElement(By.cssSelector("#ho-so-documents .ho-so-remove")).click();
    waiting(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ho-so-remove-confirm")));
    screenshot(browser, "ho-so-3-remove-confirm");
    browser.findElement(By.cssSelector(".ho-so-remove-confirm")).click();
    waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("ho-so-message"), "Đã xóa"));
    waiting(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("ho-so"), "Chưa có tài liệu nào"));
    screenshot(browser, "ho-so-4-removed");
    assertThat(browser.findElement(By.id("ho-so")).getText()).contains("Tờ trình (còn thiếu)");
  }
}
