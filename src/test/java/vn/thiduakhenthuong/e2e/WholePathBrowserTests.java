package vn.thiduakhenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thiduakhenthuong.e2e.Tasklist.assertVietnamese;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.BrowserSupport;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.nomination.Nomination;

/**
 * The whole product in real Tasklist (Debian's Chromium, Vietnamese), on PostgreSQL, every person in
 * turn doing his or her part through the screens and Camunda Forms only: two proposals with their
 * documents, a supplement, the Council's ballot, the minutes, a decision returned once and signed, the
 * province path, and the Office's registry. The engine is only read, never driven. A screenshot per
 * step is saved as target/browser/e2e-NN-*.png.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class WholePathBrowserTests {

  static final String INDIVIDUAL = "Nguyễn Thị Hồng Nhung";
  static final String COLLECTIVE = "Tổ Đo đạc - Bản đồ";
  static final List<String> MEMBERS = List.of("giamdoc", "phogiamdoc", "chanhvp", "tpqldd", "ccmt", "gdvpdk", "ctcd");

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  WebDriver browser;
  Tasklist tasklist;

  @BeforeEach
  void open() {
    browser = BrowserSupport.chromium();
    tasklist = new Tasklist(browser, "http://localhost:" + port);
  }

  @AfterEach
  void close() {
    browser.quit();
  }

  @Test
  void shouldTakeTwoProposalsFromTheUnitToTheRegistry() throws Exception {
    Path toTrinh = pdf("to-trinh-");
    Path baoCao = pdf("bao-cao-thanh-tich-");

    // ---- tpqldd proposes an individual for Giấy khen and a collective for Bằng khen ----
    tasklist.logIn("tpqldd");
    propose("<script>alert(1)</script>", "Giấy khen của Giám đốc Sở", "Cá nhân", "Chuyên viên Phòng Quản lý đất đai");
    String refused = tasklist.error();
    tasklist.shot("tpqldd-start-form-error");
    // the heading as Tasklist writes it, then ":" (no full stop before the colon)
    assertThat(refused).contains("Không thể bắt đầu quy trình:", "«Tên cá nhân / tập thể được đề nghị» (nomineeName)",
        "thẻ HTML").doesNotContain("Cannot");
    tasklist.dismissErrors();
    tasklist.fill("nomineeName", INDIVIDUAL);
    assertThat(tasklist.start()).as(() -> "started, or: " + tasklist.shot("failed-start")).isTrue();
    sendDossier(INDIVIDUAL, toTrinh, baoCao, true);

    tasklist.openStartForm("Đề nghị khen thưởng");
    tasklist.fillProposal(COLLECTIVE, "Bằng khen của Chủ tịch UBND tỉnh", "Tập thể", "Tổ chuyên môn thuộc Phòng Quản lý đất đai, 12 công chức");
    tasklist.shot("tpqldd-start-collective");
    assertThat(tasklist.start()).isTrue();
    sendDossier(COLLECTIVE, toTrinh, baoCao, false);

    // ---- chuyenvien returns the individual for supplement, accepts the collective ----
    tasklist.logIn("chuyenvien");
    tasklist.openTask("Việc của nhóm", "Kiểm tra hồ sơ đề nghị", INDIVIDUAL);
    // the nomination's tenant is its unit: the header names the unit, not its code «qldd»
    assertThat(tasklist.headerUnit("Phòng Quản lý đất đai")).isEqualTo("Phòng Quản lý đất đai");
    // the Office may change its tasks: Tasklist offers their dates and groups
    assertThat(tasklist.taskHeader()).startsWith("co: ").contains("Đặt ngày theo dõi", "Văn phòng Sở", "[Trả việc]");
    String check = tasklist.shot("chuyenvien-check-individual");
    assertThat(check).contains("Kiểm tra hồ sơ đề nghị", "Đủ tiêu chuẩn theo quy định", "Nhận xét về tiêu chuẩn");
    assertThat(tasklist.value("nomineeName")).isEqualTo(INDIVIDUAL);
    assertVietnamese(check);
    tasklist.select("dossierDecision", "Yêu cầu đơn vị bổ sung hồ sơ");
    assertThat(tasklist.complete()).isFalse();
    assertThat(tasklist.error()).contains("«Ý kiến của Văn phòng Sở» (officeComment)").doesNotContain("Cannot");
    tasklist.shot("chuyenvien-check-error");
    tasklist.dismissErrors();
    tasklist.fill("officeComment", "Đề nghị bổ sung Biên bản họp bình xét của đơn vị.");
    assertThat(tasklist.complete()).isTrue();
    tasklist.openTask("Việc của nhóm", "Kiểm tra hồ sơ đề nghị", COLLECTIVE);
    tasklist.select("dossierDecision", "Hồ sơ đầy đủ - chờ Hội đồng xét");
    assertThat(tasklist.complete()).isTrue();

    // ---- tpqldd supplements; chuyenvien accepts ----
    tasklist.logIn("tpqldd");
    tasklist.openTask("Việc của tôi", "Bổ sung hồ sơ đề nghị", INDIVIDUAL);
    assertThat(tasklist.headerUnit("Phòng Quản lý đất đai")).isEqualTo("Phòng Quản lý đất đai");
    // a unit head may work on the task, not change it: nothing is offered that would be refused, and no
    // «Trả việc», which would leave a task without groups to nobody
    assertThat(tasklist.taskHeader()).startsWith("khong: ").contains("Huỳnh Văn Em")
        .doesNotContain("Đặt ngày theo dõi", "Đặt hạn xử lý", "Thêm nhóm", "[Trả việc]");
    tasklist.shot("tpqldd-supplement-header");
    // «Khen thưởng hằng năm» takes two lines beside «Năm»: its box holds them
    assertThat(tasklist.selectOverflow("period")).as("px of «Đợt khen thưởng» below its box").isZero();
    assertThat(tasklist.value("officeComment")).isEqualTo("Đề nghị bổ sung Biên bản họp bình xét của đơn vị.");
    tasklist.upload("BIEN_BAN", pdf("bien-ban-hop-"));
    tasklist.formTab();
    tasklist.fill("supplementNote", "Đã bổ sung <b>Biên bản</b> họp");
    assertThat(tasklist.complete()).isFalse();
    assertThat(tasklist.error()).contains("«Nội dung đã bổ sung, giải trình»");
    tasklist.shot("tpqldd-supplement-error");
    tasklist.dismissErrors();
    tasklist.fill("supplementNote", "Đã bổ sung Biên bản họp bình xét ngày 18/11/2026.");
    assertThat(tasklist.complete()).isTrue();
    tasklist.logIn("chuyenvien");
    tasklist.openTask("Việc của nhóm", "Kiểm tra hồ sơ đề nghị", INDIVIDUAL);
    assertThat(tasklist.value("reviewHistory")).contains("Đã bổ sung Biên bản họp bình xét");
    tasklist.select("dossierDecision", "Hồ sơ đầy đủ - chờ Hội đồng xét");
    tasklist.shot("chuyenvien-accepts-supplemented");
    assertThat(tasklist.complete()).isTrue();

    // ---- chuyenvien convenes the Council ----
    tasklist.openStartForm("Phiên họp Hội đồng Thi đua - Khen thưởng");
    tasklist.fill("sessionTitle", "Phiên họp xét khen thưởng năm 2026");
    tasklist.fill("year", 2026);
    assertThat(tasklist.fieldErrorAfter("Bắt đầu")).isEqualTo("Trường này không được để trống.");
    tasklist.shot("chuyenvien-session-start-error");
    tasklist.date("meetingDate", today());
    assertThat(tasklist.start()).isTrue();
    tasklist.openTask("Việc của nhóm", "Xác nhận chương trình phiên họp", null);
    assertThat(browser.findElements(By.cssSelector(".ket-thuc-ngay"))).as("a session with nominations did not end at once").isEmpty();
    // the dossiers of the candidates: the Hồ sơ tab points to «Theo dõi đề nghị» for the session's year
    tasklist.click(By.xpath("//a[normalize-space()='Hồ sơ']"));
    assertThat(tasklist.wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("ho-so-theo-doi-link")))
        .getAttribute("href")).endsWith("/de-nghi-cua-don-vi/?year=2026");
    tasklist.formTab();
    assertThat(tasklist.fieldErrorAfter("Hoàn thành")).isEqualTo("Trường này không được để trống.");
    tasklist.dismissErrors();
    tasklist.check("agendaNominations", INDIVIDUAL);
    tasklist.check("agendaNominations", COLLECTIVE);
    tasklist.shot("chuyenvien-agenda");
    assertThat(tasklist.complete()).isTrue();

    // ---- the seven members vote; ctcd agrees with neither (an empty ballot is a valid vote: no bad input) ----
    for (String member : MEMBERS) {
      tasklist.logIn(member);
      tasklist.openTask("Phiếu biểu quyết", "Bỏ phiếu biểu quyết", null);
      if (member.equals("giamdoc")) {
        // a member votes on the ballot, and reassigns or reschedules nothing (TASK_WORK, not UPDATE)
        assertThat(tasklist.taskHeader()).startsWith("khong: ")
            .doesNotContain("Đặt ngày theo dõi", "Thêm nhóm", "[Trả việc]");
      }
      String ballot = member.equals("giamdoc") ? tasklist.shot("giamdoc-ballot") : tasklist.text();
      assertThat(ballot).contains(INDIVIDUAL, COLLECTIVE, "Đồng ý khen thưởng");
      if (!member.equals("ctcd")) {
        tasklist.check("agreedNominations", INDIVIDUAL);
        tasklist.check("agreedNominations", COLLECTIVE);
      }
      assertThat(tasklist.complete()).as(member + " voted").isTrue();
    }

    // ---- chanhvp confirms the minutes ----
    tasklist.logIn("chanhvp");
    tasklist.openTask("Việc của nhóm", "Xác nhận biên bản phiên họp", null);
    String minutes = tasklist.shot("chanhvp-minutes");
    assertThat(minutes).contains("Tải biên bản phiên họp (PDF)", INDIVIDUAL, COLLECTIVE, "Thông qua");
    assertThat(tasklist.value("minutesText")).contains(INDIVIDUAL + " (Phòng Quản lý đất đai) – Giấy khen của Giám đốc Sở: "
        + "6/7 phiếu đồng ý – Thông qua");
    assertThat(tasklist.fieldErrorAfter("Hoàn thành")).isEqualTo("Trường này không được để trống.");
    browser.findElement(By.xpath("//input[@type='checkbox' and contains(@id,'-Field_minutesConfirmed')]")).click();
    assertThat(tasklist.complete()).isTrue();

    // ---- chuyenvien prepares the decision; giamdoc returns it once, then signs ----
    tasklist.logIn("chuyenvien");
    tasklist.openStartForm("Quyết định tặng Giấy khen");
    // «Năm» starts at this year in Vietnam (StartForms); the path's nominations are of 2026
    assertThat(tasklist.value("year")).isEqualTo(String.valueOf(Nomination.today().getYear()));
    tasklist.fill("year", 2026);
    assertThat(tasklist.start()).isTrue();
    tasklist.openTask("Việc của nhóm", "Soạn Quyết định tặng Giấy khen", null);
    tasklist.check("decisionNominations", INDIVIDUAL);
    assertThat(tasklist.value("decisionSummary")).startsWith("Về việc tặng Giấy khen");
    tasklist.fill("decisionSummary", "Về việc tặng Giấy khen <i>năm 2026</i>");
    assertThat(tasklist.complete()).isFalse();
    assertThat(tasklist.error()).contains("«Trích yếu Quyết định»");
    tasklist.dismissErrors();
    tasklist.fill("decisionSummary", "Về việc tặng Giấy khen cho cá nhân có thành tích xuất sắc năm 2026");
    tasklist.shot("chuyenvien-prepare-decision");
    assertThat(tasklist.complete()).isTrue();

    tasklist.logIn("giamdoc");
    tasklist.openTask("Chờ ký", "Ký Quyết định tặng Giấy khen", null);
    // the Director may hand the signature back to his group («Trả việc»), not change the task
    assertThat(tasklist.taskHeader()).startsWith("khong: ").contains("Giám đốc Sở", "[Trả việc]")
        .doesNotContain("Đặt ngày theo dõi", "Thêm nhóm");
    String sign = tasklist.shot("giamdoc-sign-decision");
    assertThat(sign).contains(INDIVIDUAL, "710.000", "Chờ ký");
    assertThat(tasklist.value("decisionSummary")).startsWith("Về việc tặng Giấy khen cho cá nhân");
    tasklist.select("signAction", "Trả lại Văn phòng Sở");
    assertThat(tasklist.complete()).isFalse();
    assertThat(tasklist.error()).contains("hãy ghi rõ lý do trả lại");
    tasklist.shot("giamdoc-return-error");
    tasklist.dismissErrors();
    tasklist.fill("signComment", "Ghi rõ căn cứ Biên bản họp Hội đồng trong trích yếu.");
    assertThat(tasklist.complete()).isTrue();
    tasklist.logIn("chuyenvien");
    tasklist.openTask("Việc của nhóm", "Soạn Quyết định tặng Giấy khen", null);
    assertThat(tasklist.value("signComment")).isEqualTo("Ghi rõ căn cứ Biên bản họp Hội đồng trong trích yếu.");
    tasklist.shot("chuyenvien-returned-decision");
    assertThat(browser.findElement(By.xpath("//input[@type='checkbox' and contains(@id,'-Field_decisionNominations-')]"))
        .isSelected()).as("the earlier choice is kept").isTrue();
    tasklist.fill("decisionSummary", "Về việc tặng Giấy khen cho cá nhân có thành tích xuất sắc năm 2026 "
        + "(theo Biên bản họp Hội đồng Thi đua - Khen thưởng)");
    assertThat(tasklist.complete()).isTrue();
    tasklist.logIn("giamdoc");
    tasklist.openTask("Chờ ký", "Ký Quyết định tặng Giấy khen", null);
    // he reads the draft PDF before he signs
    assertThat(tasklist.draft()).isEqualTo("200 application/pdf");
    assertThat(tasklist.shot("giamdoc-draft-decision")).contains("Dự thảo Quyết định", "Xem dự thảo Quyết định (PDF)");
    tasklist.formTab();
    tasklist.select("signAction", "Ký ban hành");
    assertThat(tasklist.complete()).isTrue();

    // ---- the province path ----
    tasklist.logIn("chuyenvien");
    tasklist.openStartForm("Trình UBND tỉnh tặng Bằng khen");
    tasklist.select("period", "Sơ kết năm 2025");
    tasklist.fill("year", 2026);
    assertThat(tasklist.start()).isFalse();
    assertThat(tasklist.error()).contains("«Năm» (year): đợt «Sơ kết năm 2025» phải là năm 2025.");
    tasklist.shot("chuyenvien-province-start-error");
    tasklist.dismissErrors();
    tasklist.select("period", "Khen thưởng hằng năm");
    assertThat(tasklist.start()).isTrue();
    tasklist.openTask("Việc của nhóm", "Soạn Tờ trình đề nghị tặng Bằng khen", null);
    assertThat(tasklist.fieldErrorAfter("Hoàn thành")).isEqualTo("Trường này không được để trống.");
    tasklist.dismissErrors();
    tasklist.check("submissionNominations", COLLECTIVE);
    assertThat(tasklist.complete()).isTrue();
    tasklist.logIn("giamdoc");
    tasklist.openTask("Chờ ký", "Ký Tờ trình", null);
    assertThat(tasklist.text()).contains(COLLECTIVE);
    assertThat(tasklist.fieldErrorAfter("Hoàn thành")).isEqualTo("Trường này không được để trống.");
    tasklist.dismissErrors();
    tasklist.select("signAction", "Ký ban hành");
    assertThat(tasklist.complete()).isTrue();
    tasklist.logIn("chuyenvien");
    tasklist.openTask("Việc của nhóm", "Gửi Tờ trình đến UBND tỉnh", null);
    String send = tasklist.shot("chuyenvien-send-to-province");
    assertThat(send).contains("Tải Tờ trình", "/TTr-STNMT", COLLECTIVE);
    // shown as Vietnamese write dates, day and month in two digits, whatever the browser's own default
    assertThat(tasklist.date("sentDate", "01/01/2099")).isEqualTo("01/01/2099");
    tasklist.fill("sentReference", "Qua Hệ thống quản lý văn bản và điều hành");
    assertThat(tasklist.complete()).isFalse();
    assertThat(tasklist.error()).contains("«Ngày gửi»", "đến hôm nay");
    tasklist.dismissErrors();
    tasklist.date("sentDate", today());
    assertThat(tasklist.complete()).isTrue();
    tasklist.openTask("Việc của nhóm", "Ghi nhận Quyết định của UBND tỉnh", null);
    assertThat(tasklist.fieldErrorAfter("Hoàn thành")).isEqualTo("Trường này không được để trống.");
    tasklist.dismissErrors();
    tasklist.fill("provinceDecisionNumber", "1234/QĐ-UBND");
    tasklist.date("provinceDecisionDate", today());
    tasklist.check("provinceAwardedNominations", COLLECTIVE);
    tasklist.shot("chuyenvien-record-province-decision");
    assertThat(tasklist.complete()).isTrue();

    // ---- the Office opens the registry and downloads the spreadsheet ----
    openRegistry();
  }

  private void propose(String name, String award, String kind, String title) {
    tasklist.openStartForm("Đề nghị khen thưởng");
    tasklist.fillProposal(name, award, kind, title);
    tasklist.shot("tpqldd-start-form");
    assertThat(tasklist.start()).as("refused").isFalse();
  }

  private void sendDossier(String nominee, Path toTrinh, Path baoCao, boolean firstTime) {
    tasklist.openTask("Việc của tôi", "Đính kèm và gửi hồ sơ đề nghị", nominee);
    if (firstTime) {
      assertThat(tasklist.fieldErrorAfter("Hoàn thành")).isEqualTo("Trường này không được để trống.");
      tasklist.shot("tpqldd-submit-required");
      // sending before the documents are attached is refused, in words that say where to attach them
      tasklist.select("submitAction", "Gửi hồ sơ đến Văn phòng Sở");
      assertThat(tasklist.complete()).isFalse();
      assertThat(tasklist.error()).contains("chưa thể gửi vì hồ sơ còn thiếu Tờ trình, Báo cáo thành tích",
          "tải lên trong thẻ «Hồ sơ»");
      tasklist.shot("tpqldd-send-without-documents");
      tasklist.dismissErrors();
    }
    tasklist.upload("TO_TRINH", toTrinh);
    tasklist.upload("BAO_CAO_THANH_TICH", baoCao);
    if (firstTime) {
      tasklist.shot("tpqldd-dossier-uploaded");
    }
    tasklist.formTab();
    tasklist.select("submitAction", "Gửi hồ sơ đến Văn phòng Sở");
    assertThat(tasklist.complete()).isTrue();
  }

  private void openRegistry() {
    tasklist.click(By.xpath("//a[contains(normalize-space(),'Sổ khen thưởng')]"));
    if (browser.getWindowHandles().size() > 1) {
      browser.switchTo().window(browser.getWindowHandles().stream().reduce((first, second) -> second).orElseThrow());
    }
    tasklist.wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), INDIVIDUAL));
    String registry = tasklist.shot("chuyenvien-registry");
    assertThat(registry).contains("Sổ theo dõi khen thưởng", INDIVIDUAL, COLLECTIVE, "710.000", "7.020.000",
        "1234/QĐ-UBND", "/QĐ-STNMT");
    // the Office picks a unit by its name, not by a code it would have to know
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-unit"))).selectByVisibleText("Phòng Quản lý đất đai");
    tasklist.click(By.id("f-submit"));
    tasklist.wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("rows-caption"), "Phòng Quản lý đất đai"));
    tasklist.wait(20).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), COLLECTIVE));
    assertThat(browser.getCurrentUrl()).contains("unitCode=qldd");
    assertThat(tasklist.shot("chuyenvien-registry-unit")).contains(INDIVIDUAL, COLLECTIVE, "7.730.000");
    String href = browser.findElement(By.xpath("//a[contains(@href,'/api/registry.xlsx')]")).getAttribute("href");
    Object download = ((JavascriptExecutor) browser).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
            + " + r.headers.get('content-type') + ' ' + (b.byteLength > 1000)))).catch(e => done('failed ' + e));", href);
    assertThat(download).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet true");
  }

  private static Path pdf(String prefix) throws Exception {
    Path file = Files.createTempFile(prefix, ".pdf");
    Files.write(file, RestClient.PDF);
    return file;
  }

  /**
   * Today in Vietnam, as the form shows dates, read when it is typed: the path takes minutes, and a run across
   * midnight in Vietnam (17:00 UTC) typed the day before the Tờ trình's signature, which the form rightly refused.
   */
  private static String today() {
    return Nomination.today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }
}
