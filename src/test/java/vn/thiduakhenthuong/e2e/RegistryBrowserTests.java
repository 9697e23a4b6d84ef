package vn.thiduakhenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduakhenthuong.registry.AwardRegistry;
import vn.thiduakhenthuong.registry.RegistryEntry;

/**
 * The Office looks for a person in «Sổ theo dõi khen thưởng» by a part of the name typed without accents, as the
 * registry's rows were recorded (with accents), and downloads just those rows. The rows are written as the decision's
 * step writes them (DecisionRestTests walks that step); here the page is what is tried.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:registry-browser-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class RegistryBrowserTests extends BrowserOnTheApp {

  @Autowired AwardRegistry registry;

  @Test
  void shouldFindAnAwardedPersonByANameTypedWithoutAccents() {
    int year = LocalDate.now().getYear();
    record("DN-" + year + "-0901", "Nguyễn Thị Hồng Đào", 710_000);
    record("DN-" + year + "-0902", "Trần Văn Nguyên", 710_000);
    record("DN-" + year + "-0903", "Lê Đức Phúc", 710_000);

    Tasklist tasklist = new Tasklist(browser, "http://localhost:" + port);
    tasklist.logIn("chuyenvien");
    browser.get("http://localhost:" + port + "/so-khen-thuong/");
    By rows = By.cssSelector("#rows-body tr");
    tasklist.wait(20).until(ExpectedConditions.numberOfElementsToBe(rows, 3));
    assertThat(browser.findElement(By.id("f-nominee")).getAttribute("placeholder"))
        .isEqualTo("Một phần của tên, có dấu hoặc không");

    browser.findElement(By.id("f-nominee")).sendKeys("nguyen");
    browser.findElement(By.id("f-submit")).click();
    tasklist.wait(20).until(ExpectedConditions.numberOfElementsToBe(rows, 2));
    assertThat(browser.findElements(rows)).extracting(WebElement::getText)
        .anySatisfy(row -> assertThat(row).contains("Nguyễn Thị Hồng Đào"))
        .anySatisfy(row -> assertThat(row).contains("Trần Văn Nguyên"));
    assertThat(browser.findElement(By.id("rows-caption")).getText()).endsWith("tên có «nguyen»");
    assertThat(browser.getCurrentUrl()).contains("nominee=nguyen");
    assertThat(browser.findElement(By.id("rows-xlsx")).getAttribute("href")).contains("nominee=nguyen");
    Tasklist.assertVietnamese(tasklist.shot("registry-by-name"));

    browser.findElement(By.id("f-nominee")).clear();
    browser.findElement(By.id("f-nominee")).sendKeys("DUC PHUC");
    browser.findElement(By.id("f-submit")).click();
    tasklist.wait(20).until(ExpectedConditions.numberOfElementsToBe(rows, 1));
    assertThat(browser.findElement(rows).getText()).contains("Lê Đức Phúc");
    tasklist.shot("registry-by-name-capitals");
  }

  private void record(String businessKey, String name, long prize) {
    int year = LocalDate.now().getYear();
    registry.record(new RegistryEntry(businessKey, name, "INDIVIDUAL", "Chuyên viên", "qldd", "Phòng Quản lý đất đai",
        "DIRECTOR_CERTIFICATE", "ANNUAL", year, "12/QĐ-STNMT", LocalDate.now(), prize, "QD-" + year + "-0901", null));
  }
}
