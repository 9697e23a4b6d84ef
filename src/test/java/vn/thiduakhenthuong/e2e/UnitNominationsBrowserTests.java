package vn.thiduakhenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.decision.BatchFlow;

/**
 * A unit head follows a nomination he has sent, which has left his Tasklist lists, on «Đề nghị của đơn vị» (a link in
 * Tasklist's header), and withdraws it there, asked twice: the page says so and shows how it ended. The Office follows
 * every unit's, narrows them by unit, year, state and a part of the nominee's name, and turns the pages.
 */
// One engine named "default" at a time: the REST filter looks the engine up by name.
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:unit-nominations-browser-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false", "awards.follow.spreadsheet-limit=4"})
class UnitNominationsBrowserTests extends BrowserOnTheApp {

  @Autowired ProcessEngine engine;

  @Test
  void shouldLetAUnitHeadFollowASentNominationAndWithdrawIt() {
    RestClient rest = new RestClient(template);
    String key = rest.startNomination("tpqldd:demo", "Phạm Thị Theo Dõi");
    rest.uploadDossier(key, "tpqldd:demo");
    new BatchFlow(engine, rest).complete(key, "Task_SubmitDossier", "tpqldd", "{\"submitAction\":{\"value\":\"SEND\"}}");

    Tasklist tasklist = new Tasklist(browser, "http://localhost:" + port);
    tasklist.logIn("tpqldd");
    tasklist.click(By.id("de-nghi-cua-don-vi-link"));
    By row = By.cssSelector("tr[data-key='" + key + "']");
    tasklist.wait(20).until(ExpectedConditions.visibilityOfElementLocated(row));
    assertThat(browser.findElement(row).getText()).contains(key, "Phạm Thị Theo Dõi", "Giấy khen của Giám đốc Sở",
        "Phòng Quản lý đất đai", "Kiểm tra hồ sơ đề nghị", "Rút đề nghị");
    Tasklist.assertVietnamese(tasklist.shot("unit-nominations"));

    // his dossier, to download, below the row; pressed again, it goes
    By dossierButton = By.xpath("//tr[@data-key='" + key + "']//button[normalize-space()='Hồ sơ']");
    tasklist.click(dossierButton);
    By dossier = By.cssSelector("tr.ho-so-row[data-dossier='" + key + "']");
    tasklist.wait(20).until(ExpectedConditions.textToBePresentInElementLocated(dossier, "Báo cáo thành tích"));
    assertThat(browser.findElement(dossier).getText()).contains("Tờ trình", "to_trinh.pdf", "bao_cao_thanh_tich.pdf");
    assertThat(browser.findElement(By.cssSelector("tr.ho-so-row a")).getAttribute("href")).contains("/api/documents/");
    tasklist.shot("unit-nominations-dossier");
    tasklist.click(dossierButton);
    tasklist.wait(10).until(ExpectedConditions.numberOfElementsToBe(dossier, 0));

    tasklist.click(By.xpath("//tr[@data-key='" + key + "']//button[normalize-space()='Rút đề nghị']"));
    tasklist.wait(10).until(ExpectedConditions.textToBePresentInElementLocated(row, "Không hoàn tác được"));
    tasklist.shot("unit-nominations-confirm");
    tasklist.click(By.xpath("//tr[@data-key='" + key + "']//button[normalize-space()='Xác nhận rút']"));
    tasklist.wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Đã rút đề nghị " + key));
    String after = browser.findElement(row).getText();
    tasklist.shot("unit-nominations-withdrawn");
    assertThat(after).contains("Đơn vị rút đề nghị");
    assertThat(browser.findElements(By.xpath("//tr[@data-key='" + key + "']//button[normalize-space()='Rút đề nghị']")))
        .as("no withdrawal offered").isEmpty();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("outcome")
        .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
            .singleResult().getId()).singleResult().getValue()).isEqualTo("WITHDRAWN");
  }

  @Test
  void shouldLetTheOfficeFollowEveryUnitsNominationsByYearAndUnit() {
    RestClient rest = new RestClient(template);
    String qldd = rest.startNomination("tpqldd:demo", "Lý Văn Đất");
    String tnn = rest.startNomination("tptnn:demo", "Mai Thị Nước");

    Tasklist tasklist = new Tasklist(browser, "http://localhost:" + port);
    tasklist.logIn("chuyenvien");
    By link = By.id("de-nghi-cua-don-vi-link");
    tasklist.wait(20).until(ExpectedConditions.visibilityOfElementLocated(link));
    assertThat(browser.findElement(link).getText()).isEqualTo("Theo dõi đề nghị");
    tasklist.click(link);
    tasklist.wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-key='" + tnn + "']")));
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Theo dõi đề nghị khen thưởng");
    assertThat(browser.findElement(By.cssSelector("tr[data-key='" + qldd + "']")).getText())
        .contains("Lý Văn Đất", "Phòng Quản lý đất đai", "Đính kèm và gửi hồ sơ đề nghị").doesNotContain("Rút đề nghị");
    Tasklist.assertVietnamese(tasklist.shot("office-follows-nominations"));
    tasklist.click(By.xpath("//tr[@data-key='" + qldd + "']//button[normalize-space()='Hồ sơ']"));
    tasklist.wait(20).until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("tr.ho-so-row[data-dossier='" + qldd + "']"), "Hồ sơ chưa có tài liệu nào."));

    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-unit")))
        .selectByVisibleText("Phòng Tài nguyên nước - Khoáng sản");
    browser.findElement(By.id("f-year")).sendKeys(String.valueOf(vn.thiduakhenthuong.nomination.Nomination.today().getYear()));
    browser.findElement(By.id("f-submit")).click();
    tasklist.wait(20).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("tr[data-key='" + qldd + "']")));
    assertThat(browser.findElement(By.cssSelector("tr[data-key='" + tnn + "']")).getText()).contains("Mai Thị Nước");
    assertThat(browser.getCurrentUrl()).contains("unitCode=tnn", "year=");
    tasklist.shot("office-follows-one-unit");
  }

  @Test
  void shouldLetTheOfficeNarrowEveryUnitsNominationsByStateAndTurnThePages() {
    RestClient rest = new RestClient(template);
    List<String> keys = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      keys.add(rest.startNomination(i % 2 == 0 ? "tptnn:demo" : "tpqldd:demo", "Trần Văn Trang Thử " + i));
    }
    String withdrawn = keys.get(0);
    rest.uploadDossier(withdrawn, "tpqldd:demo");
    new BatchFlow(engine, rest).complete(withdrawn, "Task_SubmitDossier", "tpqldd",
        "{\"submitAction\":{\"value\":\"SEND\"}}");
    assertThat(rest.postJson("/api/me/nominations/" + withdrawn + "/withdraw", "tpqldd:demo", "{}").getStatusCode().value())
        .isEqualTo(204);

    Tasklist tasklist = new Tasklist(browser, "http://localhost:" + port);
    tasklist.logIn("chuyenvien");
    // two a page, so that five nominations make three pages
    browser.get("http://localhost:" + port + "/de-nghi-cua-don-vi/?limit=2");
    tasklist.wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("f-nominee")));
    assertThat(new Select(browser.findElement(By.id("f-award"))).getOptions()).extracting(WebElement::getText)
        .containsExactly("Tất cả", "Giấy khen của Giám đốc Sở", "Bằng khen của Chủ tịch UBND tỉnh");
    // the name is looked for with its accents or without («trang thu» finds «Trang Thử»): the field says so
    assertThat(browser.findElement(By.id("f-nominee")).getAttribute("placeholder")).contains("có dấu hoặc không");
    browser.findElement(By.id("f-nominee")).sendKeys("trang thu");
    browser.findElement(By.id("f-submit")).click();
    By shown = By.id("shown");
    tasklist.wait(20).until(ExpectedConditions.textToBe(shown, "Hiển thị 1–2 trong 5 đề nghị"));
    assertThat(rowKeys()).containsExactly(keys.get(4), keys.get(3));
    assertThat(browser.findElement(By.id("previous")).isEnabled()).isFalse();
    // five match, more than a spreadsheet may hold here (4): no link, and what to do instead
    assertThat(browser.findElement(By.id("rows-xlsx")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("rows-xlsx-limit")).getText()).isEqualTo("Bảng tính Excel chứa tối đa 4 đề "
        + "nghị: hãy chọn năm, đơn vị, tình trạng hoặc hình thức khen thưởng để tải.");
    tasklist.shot("office-nominations-first-page");

    tasklist.click(By.id("next"));
    tasklist.wait(20).until(ExpectedConditions.textToBe(shown, "Hiển thị 3–4 trong 5 đề nghị"));
    assertThat(rowKeys()).containsExactly(keys.get(2), keys.get(1));
    assertThat(browser.getCurrentUrl()).contains("firstResult=2", "limit=2", "nominee=");
    Tasklist.assertVietnamese(tasklist.shot("office-nominations-second-page"));
    tasklist.click(By.id("next"));
    tasklist.wait(20).until(ExpectedConditions.textToBe(shown, "Hiển thị 5–5 trong 5 đề nghị"));
    assertThat(browser.findElement(By.id("next")).isEnabled()).as("the last page").isFalse();
    tasklist.click(By.id("previous"));
    tasklist.wait(20).until(ExpectedConditions.textToBe(shown, "Hiển thị 3–4 trong 5 đề nghị"));

    // a state shows its first page; the name stays
    new Select(browser.findElement(By.id("f-state"))).selectByVisibleText("Đã kết thúc");
    browser.findElement(By.id("f-submit")).click();
    tasklist.wait(20).until(ExpectedConditions.textToBe(shown, "Hiển thị 1–1 trong 1 đề nghị"));
    assertThat(rowKeys()).containsExactly(withdrawn);
    assertThat(browser.findElement(By.cssSelector("tr[data-key='" + withdrawn + "']")).getText())
        .contains("Đơn vị rút đề nghị");
    assertThat(browser.getCurrentUrl()).contains("state=ENDED", "nominee=").doesNotContain("firstResult");
    assertThat(browser.findElement(By.id("pager")).isDisplayed()).as("one page, no buttons").isFalse();
    // the spreadsheet of what the conditions match (not the page's limit), downloaded in the page's own session
    WebElement spreadsheet = browser.findElement(By.id("rows-xlsx"));
    assertThat(spreadsheet.isDisplayed()).isTrue();
    assertThat(spreadsheet.getText()).isEqualTo("Tải Excel (.xlsx)");
    assertThat(spreadsheet.getAttribute("href")).endsWith("/api/me/nominations.xlsx?state=ENDED&nominee=trang+thu");
    assertThat(browser.findElement(By.id("rows-xlsx-limit")).isDisplayed()).isFalse();
    assertThat(((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0]).then((r) => done(r.status + ' ' + r.headers.get('content-type')"
        + " + ' ' + r.headers.get('content-disposition')))", spreadsheet.getAttribute("href")))
        .isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet attachment; "
            + "filename=\"de-nghi-khen-thuong.xlsx\"");
    tasklist.shot("office-nominations-ended");
    new Select(browser.findElement(By.id("f-state"))).selectByVisibleText("Đang xử lý");
    browser.findElement(By.id("f-submit")).click();
    tasklist.wait(20).until(ExpectedConditions.textToBe(shown, "Hiển thị 1–2 trong 4 đề nghị"));
    assertThat(rowKeys()).containsExactly(keys.get(4), keys.get(3));
    // the count's format, in this browser: «trong 2.345 đề nghị»
    assertThat(((JavascriptExecutor) browser).executeScript("return new Intl.NumberFormat('vi-VN').format(2345)"))
        .isEqualTo("2.345");
  }

  private List<String> rowKeys() {
    return browser.findElements(By.cssSelector("#rows tbody tr[data-key]")).stream()
        .map(row -> row.getAttribute("data-key")).toList();
  }
}
