package vn.thiduakhenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.decision.BatchFlow;
import vn.thiduakhenthuong.documents.Numbers;
import vn.thiduakhenthuong.testing.Spreadsheets;

/**
 * «Đề nghị của đơn vị» over /api on PostgreSQL, as the demo users: a unit head sees his units' nominations with where
 * each waits or how it ended, in the diagram's words, and withdraws one until the Council has voted; another unit's
 * head neither sees nor withdraws it; the Office and the Director follow every unit's, narrowed by year and unit, and
 * withdraw none, also narrowed by state, award type and a part of the nominee's name, a page at a time with the
 * count of all; a Council member who is neither gets 403.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=false", "awards.follow.spreadsheet-limit=2"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class UnitNominationsRestTests {

  private static final String UNIT_HEAD = "tpqldd:demo";
  private static final String OTHER_UNIT_HEAD = "tptnn:demo";
  private static final String LIST = "/api/me/nominations";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  final ObjectMapper json = new ObjectMapper();
  RestClient rest;
  BatchFlow flow;

  @BeforeEach
  void client() {
    rest = new RestClient(template);
    flow = new BatchFlow(engine, rest);
  }

  @Test
  void shouldShowAUnitHeadWhereHisUnitsNominationsAreAndLetHimWithdrawOne() throws Exception {
    String proposed = rest.startNomination(UNIT_HEAD, "Nguyễn Văn Theo Dõi");
    String sent = sent("Trần Thị Đã Gửi");

    JsonNode mine = list(UNIT_HEAD);
    assertThat(row(mine, proposed).get("where").asText()).isEqualTo("Đính kèm và gửi hồ sơ đề nghị");
    assertThat(row(mine, proposed).get("unitName").asText()).isEqualTo("Phòng Quản lý đất đai");
    assertThat(row(mine, sent).get("where").asText()).isEqualTo("Kiểm tra hồ sơ đề nghị");
    assertThat(row(mine, sent).get("nomineeName").asText()).isEqualTo("Trần Thị Đã Gửi");
    assertThat(row(mine, sent).get("awardType").asText()).isEqualTo("Giấy khen của Giám đốc Sở");
    assertThat(row(mine, sent).get("mayWithdraw").asBoolean()).isTrue();
    assertThat(row(mine, sent).get("proposedOn").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
    // newest first; a page of one holds the newest
    assertThat(mine.get(0).get("businessKey").asText()).isEqualTo(sent);
    assertThat(json.readTree(rest.get(LIST + "?limit=1", UNIT_HEAD).getBody()).get("rows").findValuesAsText("businessKey"))
        .containsExactly(sent);

    assertThat(list(OTHER_UNIT_HEAD).findValuesAsText("businessKey")).doesNotContain(proposed, sent);
    ResponseEntity<String> councilOnly = rest.get(LIST, "ctcd:demo");
    assertThat(councilOnly.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(councilOnly.getBody()).get("message").asText()).contains("dành cho thủ trưởng đơn vị");
    ResponseEntity<String> elsewhere = rest.get(LIST + "?unitCode=tnn", UNIT_HEAD);
    assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(elsewhere.getBody()).get("message").asText())
        .isEqualTo("Đơn vị «tnn» không có trong danh sách đơn vị anh/chị theo dõi (qldd).");

    ResponseEntity<String> byOtherUnit = withdraw(sent, OTHER_UNIT_HEAD);
    assertThat(byOtherUnit.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(byOtherUnit.getBody()).get("message").asText()).contains("Không tìm thấy đề nghị «" + sent);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(sent).count()).isOne();

    assertThat(withdraw(sent, UNIT_HEAD).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode ended = row(list(UNIT_HEAD), sent);
    assertThat(ended.get("open").asBoolean()).isFalse();
    assertThat(ended.get("where").asText()).isEqualTo("Đơn vị rút đề nghị");
    assertThat(ended.get("mayWithdraw").asBoolean()).isFalse();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("outcome")
        .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(sent).singleResult().getId()).singleResult().getValue()).isEqualTo("WITHDRAWN");

    ResponseEntity<String> again = withdraw(sent, UNIT_HEAD);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(again.getBody()).get("message").asText()).isEqualTo(
        "Đề nghị «" + sent + "» không còn rút được: đề nghị đã kết thúc.");
  }

  @Test
  void shouldTellTasklistsHeaderWhatTheCallerFollowsWithoutListingNominations() throws Exception {
    rest.startNomination(UNIT_HEAD, "Phan Văn Tiêu Đề");

    JsonNode unitHead = json.readTree(rest.get(LIST + "/scope", UNIT_HEAD).getBody());
    assertThat(unitHead.get("scope").asText()).isEqualTo("UNITS");
    assertThat(unitHead.get("title").asText()).isEqualTo("Đề nghị khen thưởng của đơn vị");
    // who the caller is, not what the units hold: Tasklist asks on every load
    assertThat(unitHead.fieldNames()).toIterable().containsExactlyInAnyOrder("scope", "title");
    JsonNode office = json.readTree(rest.get(LIST + "/scope", "chuyenvien:demo").getBody());
    assertThat(office.get("scope").asText()).isEqualTo("ALL");
    assertThat(office.get("title").asText()).isEqualTo("Theo dõi đề nghị khen thưởng");
    ResponseEntity<String> councilOnly = rest.get(LIST + "/scope", "ctcd:demo");
    assertThat(councilOnly.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(councilOnly.getBody()).get("message").asText()).contains("dành cho thủ trưởng đơn vị");
  }

  @Test
  void shouldShowTheOfficeAndTheDirectorEveryUnitsNominationsWithoutWithdrawal() throws Exception {
    String qldd = rest.startNomination(UNIT_HEAD, "Đặng Văn Đất Đai");
    String tnn = rest.startNomination(OTHER_UNIT_HEAD, "Hồ Thị Nguồn Nước");

    JsonNode office = page("chuyenvien:demo", "");
    assertThat(office.get("scope").asText()).isEqualTo("ALL");
    assertThat(office.get("title").asText()).isEqualTo("Theo dõi đề nghị khen thưởng");
    assertThat(office.get("units").get("qldd").asText()).isEqualTo("Phòng Quản lý đất đai");
    assertThat(office.get("units").size()).as("every demo unit").isEqualTo(7);
    assertThat(row(office.get("rows"), qldd).get("unitName").asText()).isEqualTo("Phòng Quản lý đất đai");
    assertThat(row(office.get("rows"), tnn).get("unitName").asText()).isEqualTo("Phòng Tài nguyên nước - Khoáng sản");
    assertThat(office.get("rows").findValuesAsText("mayWithdraw")).as("only the unit's head withdraws")
        .containsOnly("false");
    assertThat(page("giamdoc:demo", "").get("rows").findValuesAsText("businessKey")).contains(qldd, tnn);
    assertThat(page("phogiamdoc:demo", "").get("scope").asText()).isEqualTo("ALL");

    assertThat(page("chuyenvien:demo", "?unitCode=tnn").get("rows").findValuesAsText("businessKey"))
        .contains(tnn).doesNotContain(qldd);
    int year = Nomination.today().getYear();
    assertThat(page("chuyenvien:demo", "?year=" + year).get("rows").findValuesAsText("businessKey")).contains(qldd, tnn);
    assertThat(page("chuyenvien:demo", "?year=" + (year == 2030 ? 2029 : year + 1)).get("rows")).isEmpty();
    ResponseEntity<String> badYear = rest.get(LIST + "?year=abc", "chuyenvien:demo");
    assertThat(badYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(badYear.getBody()).get("message").asText())
        .isEqualTo("Năm «abc» không hợp lệ: nhập một năm từ 2021 đến 2030.");

    // the secretary heads unit vp and is in the Office: every unit's, and withdraws none of qldd's
    JsonNode secretary = page("chanhvp:demo", "");
    assertThat(secretary.get("scope").asText()).isEqualTo("ALL");
    assertThat(row(secretary.get("rows"), qldd).get("mayWithdraw").asBoolean()).isFalse();
    assertThat(withdraw(qldd, "chanhvp:demo").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    JsonNode unit = page(UNIT_HEAD, "");
    assertThat(unit.get("scope").asText()).isEqualTo("UNITS");
    assertThat(unit.get("title").asText()).isEqualTo("Đề nghị khen thưởng của đơn vị");
    assertThat(unit.get("units").size()).isOne();
  }

  @Test
  void shouldNarrowTheFollowedNominationsByStateAwardTypeAndNomineeAndPageThem() throws Exception {
    String first = rest.startNomination(UNIT_HEAD, "Võ Văn Phân Trang");
    String province = flow.nomination("Võ Thị Phân Trang", "INDIVIDUAL", "PROVINCE_CERTIFICATE", "ANNUAL", 2026);
    String withdrawn = sent("Đỗ Văn Phân Trang");
    assertThat(withdraw(withdrawn, UNIT_HEAD).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String other = rest.startNomination(OTHER_UNIT_HEAD, "Lâm Thị Phân Trang");

    // a part of the name, in any case; newest first, with the count of all that match
    JsonNode named = page("chuyenvien:demo", "?nominee=phân trang");
    assertThat(named.get("rows").findValuesAsText("businessKey")).containsExactly(other, withdrawn, province, first);
    assertThat(named.get("total").asLong()).isEqualTo(4);
    assertThat(named.get("firstResult").asInt()).isZero();
    assertThat(keys("chuyenvien:demo", "?nominee=  PHÂN TRANG ")).containsExactly(other, withdrawn, province, first);
    assertThat(keys("chuyenvien:demo", "?nominee=đỗ VĂN")).containsExactly(withdrawn);
    assertThat(keys("chuyenvien:demo", "?nominee=Phân_Trang")).as("_ is a letter, not a wildcard").isEmpty();
    // typed without accents, or with other ones, as users often do: «nguyen» finds «Nguyễn»
    assertThat(keys("chuyenvien:demo", "?nominee=phan trang")).containsExactly(other, withdrawn, province, first);
    assertThat(keys("chuyenvien:demo", "?nominee=DO VAN")).containsExactly(withdrawn);
    assertThat(keys("chuyenvien:demo", "?nominee=vo thi phan")).containsExactly(province);
    assertThat(keys("chuyenvien:demo", "?nominee=" + Normalizer.normalize("Đỗ văn", Normalizer.Form.NFD)))
        .as("accents typed as combining marks").containsExactly(withdrawn);
    assertThat(keys("chuyenvien:demo", "?nominee=phan!trang")).as("! is a letter too").isEmpty();
    assertThat(keys("chuyenvien:demo", "?nominee=phan%trang")).as("% is a letter, not a wildcard").isEmpty();

    JsonNode second = page("chuyenvien:demo", "?nominee=phân trang&limit=2&firstResult=2");
    assertThat(second.get("rows").findValuesAsText("businessKey")).containsExactly(province, first);
    assertThat(second.get("total").asLong()).isEqualTo(4);
    assertThat(second.get("firstResult").asInt()).isEqualTo(2);
    JsonNode beyond = page("chuyenvien:demo", "?nominee=phân trang&limit=2&firstResult=4");
    assertThat(beyond.get("rows")).isEmpty();
    assertThat(beyond.get("total").asLong()).isEqualTo(4);
    assertThat(keys("chuyenvien:demo", "?nominee=phân trang&firstResult=" + Integer.MAX_VALUE)).isEmpty();

    assertThat(keys("chuyenvien:demo", "?nominee=phân trang&state=ENDED")).containsExactly(withdrawn);
    assertThat(keys("chuyenvien:demo", "?nominee=phân trang&state=OPEN")).containsExactly(other, province, first);
    assertThat(keys("chuyenvien:demo", "?nominee=phân trang&awardType=PROVINCE_CERTIFICATE")).containsExactly(province);
    assertThat(keys("chuyenvien:demo", "?nominee=phân trang&awardType=DIRECTOR_CERTIFICATE&state=OPEN&unitCode=qldd"))
        .containsExactly(first);
    assertThat(page("chuyenvien:demo", "?nominee=phân trang&year=2026&unitCode=tnn").get("total").asLong()).isOne();
    assertThat(page("chuyenvien:demo", "").get("total").asLong()).isGreaterThanOrEqualTo(4);

    // a unit head still sees only his units', and counts only them
    JsonNode unit = page(UNIT_HEAD, "?nominee=phân trang&state=OPEN");
    assertThat(unit.get("rows").findValuesAsText("businessKey")).containsExactly(province, first);
    assertThat(unit.get("total").asLong()).isEqualTo(2);
    assertThat(page(OTHER_UNIT_HEAD, "?nominee=phân trang").get("total").asLong()).isOne();

    assertThat(refusal("?state=DONE")).isEqualTo("Tình trạng (state) «DONE» không hợp lệ; chỉ nhận: OPEN, ENDED.");
    assertThat(refusal("?awardType=GOLD")).isEqualTo("Hình thức khen thưởng (awardType) «GOLD» không hợp lệ; "
        + "chỉ nhận: DIRECTOR_CERTIFICATE, PROVINCE_CERTIFICATE.");
    assertThat(refusal("?firstResult=-1"))
        .isEqualTo("Vị trí bắt đầu (firstResult) «-1» không hợp lệ: nhập một số nguyên từ 0 trở lên.");
    assertThat(refusal("?firstResult=abc"))
        .isEqualTo("Vị trí bắt đầu (firstResult) «abc» không hợp lệ: nhập một số nguyên từ 0 trở lên.");
    assertThat(refusal("?nominee=" + "a".repeat(201)))
        .isEqualTo("Tên người/tập thể được đề nghị (nominee) dài 201 ký tự; nhập tối đa 200 ký tự.");
  }

  @Test
  void shouldGiveTheFollowedNominationsAsASpreadsheetWithinItsLimit() throws Exception {
    String first = rest.startNomination(UNIT_HEAD, "Trần Văn Bảng Tính");
    String withdrawn = sent("Trần Thị Bảng Tính");
    assertThat(withdraw(withdrawn, UNIT_HEAD).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String other = rest.startNomination(OTHER_UNIT_HEAD, "Lý Văn Bảng Tính");
    JsonNode page = page("chuyenvien:demo", "?nominee=bang tinh&unitCode=qldd");
    assertThat(page.get("spreadsheetLimit").asInt()).isEqualTo(2);
    String unitName = page.get("units").get("qldd").asText();
    String award = Nomination.AwardType.DIRECTOR_CERTIFICATE.label();
    // a date cell, as Excel counts days
    String today = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), LocalDate.now(Nomination.ZONE)) + ".0";

    // the Office: the list's rows, every one the conditions match (not a page), newest first, the state spelled out
    List<List<String>> sheet = Spreadsheets.firstSheet(xlsx("?nominee=bang tinh&unitCode=qldd", "chuyenvien:demo"));
    assertThat(sheet.get(0)).containsExactly("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG – " + unitName + " – tên có «bang tinh»");
    assertThat(sheet.get(2)).containsExactly("TT", "Số hồ sơ", "Cá nhân / tập thể được đề nghị", "Hình thức khen thưởng",
        "Năm", "Đơn vị", "Ngày đề nghị", "Tình trạng", "Đang ở bước / kết quả", "Số Quyết định");
    assertThat(sheet.get(3)).containsExactly("1", withdrawn, "Trần Thị Bảng Tính", award, "2026", unitName, today,
        "Đã kết thúc", row(page.get("rows"), withdrawn).get("where").asText());
    assertThat(sheet.get(4)).containsExactly("2", first, "Trần Văn Bảng Tính", award, "2026", unitName, today,
        "Đang xử lý", row(page.get("rows"), first).get("where").asText());
    assertThat(sheet.get(5)).containsExactly("", "", "Tổng cộng: 2 đề nghị");
    assertThat(sheet).hasSize(6);
    // narrowed as the list is; a unit head's holds only his units', under his page's title
    List<List<String>> open = Spreadsheets.firstSheet(xlsx("?nominee=BẢNG TÍNH&state=OPEN&year=2026", UNIT_HEAD));
    assertThat(open.get(0)).containsExactly("ĐỀ NGHỊ KHEN THƯỞNG CỦA ĐƠN VỊ – năm 2026 – đang xử lý – tên có «BẢNG TÍNH»");
    assertThat(open.subList(3, open.size() - 1).stream().map(cells -> cells.get(1)).toList()).containsExactly(first);
    assertThat(Spreadsheets.firstSheet(xlsx("?nominee=bang tinh", OTHER_UNIT_HEAD)).get(3).get(1)).isEqualTo(other);
    List<List<String>> none = Spreadsheets.firstSheet(xlsx("?nominee=bang tinh&awardType=PROVINCE_CERTIFICATE",
        "chuyenvien:demo"));
    assertThat(none.get(3)).containsExactly("", "", "Tổng cộng: 0 đề nghị");

    // more than the limit (here 2): a Vietnamese 400 that says how many and what narrows them; bad input as the list
    assertThat(refusal(".xlsx?nominee=bang tinh")).isEqualTo("Có 3 đề nghị khớp với các điều kiện đã chọn; mỗi bảng "
        + "tính chỉ xuất tối đa 2 đề nghị. Hãy chọn năm, đơn vị, tình trạng hoặc hình thức khen thưởng để thu hẹp danh "
        + "sách.");
    assertThat(Numbers.grouped(20_010)).as("counts as Vietnamese write them").isEqualTo("20.010");
    assertThat(refusal(".xlsx?state=DONE")).isEqualTo("Tình trạng (state) «DONE» không hợp lệ; chỉ nhận: OPEN, ENDED.");
    assertThat(rest.get(LIST + ".xlsx", "ctcd:demo").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldKeepEveryNomineesNameFoldedForTheSearchAndFillInThoseMadeBefore() throws Exception {
    String key = rest.startNomination(UNIT_HEAD, "Phạm Thị Gấp Đôi");
    String id = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
        .singleResult().getId();
    assertThat(folded(id)).isEqualTo("PHAM THI GAP DOI");
    // whatever changes the name (here an administrator's change, as in Cockpit) changes the row
    engine.getRuntimeService().setVariable(id, "nomineeName", "Phạm Thị Gấp Ba");
    assertThat(folded(id)).isEqualTo("PHAM THI GAP BA");
    assertThat(keys("chuyenvien:demo", "?nominee=gap ba")).containsExactly(key);

    // a refused start leaves no row: the row is written in the engine's transaction
    int rows = jdbc.queryForObject("SELECT COUNT(*) FROM nominee_search", Integer.class);
    assertThat(rest.tryStartNomination(UNIT_HEAD, "Quá Dài " + "a".repeat(200)).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nominee_search", Integer.class)).isEqualTo(rows);

    // a nomination made before the table: migration 7 fills it in, once
    jdbc.update("DELETE FROM nominee_search WHERE process_instance_id = ?", id);
    assertThat(keys("chuyenvien:demo", "?nominee=gap ba")).isEmpty();
    try (Connection connection = dataSource.getConnection()) {
      assertThat(new NomineeSearch.Backfill().fill(connection)).isOne();
      assertThat(new NomineeSearch.Backfill().fill(connection)).isZero();
    }
    assertThat(folded(id)).isEqualTo("PHAM THI GAP BA");
    assertThat(keys("chuyenvien:demo", "?nominee=gap ba")).containsExactly(key);
  }

  @Test
  void shouldListANominationMadeBeforeUnitsHadTenantsAndGiveItsHistoryItsUnit() throws Exception {
    String key = rest.startNomination(UNIT_HEAD, "Hồ Thị Trước Tenant");
    // as a nomination started before 1 December 2026 left its history: no tenant
    jdbc.update("UPDATE act_hi_procinst SET tenant_id_ = NULL WHERE business_key_ = ?", key);
    JsonNode office = page("chuyenvien:demo", "?nominee=truoc tenant");
    assertThat(office.get("rows").findValuesAsText("businessKey")).containsExactly(key);
    assertThat(row(office.get("rows"), key).get("unitName").asText()).isEqualTo("Phòng Quản lý đất đai");

    try (Connection connection = dataSource.getConnection()) {
      assertThat(new UnitTenancy.HistoryBackfill().fill(connection)).isOne();
      assertThat(new UnitTenancy.HistoryBackfill().fill(connection)).isZero();
    }
    assertThat(jdbc.queryForObject("SELECT tenant_id_ FROM act_hi_procinst WHERE business_key_ = ?", String.class, key))
        .isEqualTo("qldd");
    assertThat(keys(UNIT_HEAD, "?nominee=truoc tenant")).containsExactly(key);
  }

  private String folded(String processInstanceId) {
    return jdbc.queryForObject("SELECT folded_name FROM nominee_search WHERE process_instance_id = ?", String.class,
        processInstanceId);
  }

  @Test
  void shouldRefuseAWithdrawalOnceTheCouncilHasVoted() throws Exception {
    String voted = flow.nomination("Lê Văn Đã Xét", "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2026);
    assertThat(row(list(UNIT_HEAD), voted).get("where").asText()).isEqualTo("Chờ Hội đồng xét");
    engine.getRuntimeService().createMessageCorrelation("CouncilResult").processInstanceBusinessKey(voted)
        .setVariables(Map.of("councilApproved", true, "votesFor", 6, "ballotsCast", 7, "councilMembers", 7,
            "councilSessionId", "HD-2026-0099"))
        .correlate();

    JsonNode row = row(list(UNIT_HEAD), voted);
    assertThat(row.get("where").asText()).isEqualTo("Chờ Quyết định của Giám đốc Sở");
    assertThat(row.get("mayWithdraw").asBoolean()).isFalse();
    ResponseEntity<String> refused = withdraw(voted, UNIT_HEAD);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(json.readTree(refused.getBody()).get("message").asText()).isEqualTo(
        "Đề nghị «" + voted + "» không còn rút được: Hội đồng đã biểu quyết.");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(voted).count()).isOne();
  }

  /** A nomination of {@code UNIT_HEAD}'s unit, its dossier sent to the Office. */
  private String sent(String nomineeName) {
    String key = rest.startNomination(UNIT_HEAD, nomineeName);
    rest.uploadDossier(key, UNIT_HEAD);
    flow.complete(key, "Task_SubmitDossier", "tpqldd", "{\"submitAction\":{\"value\":\"SEND\"}}");
    return key;
  }

  /** The rows the user's page shows. */
  private JsonNode list(String user) throws Exception {
    return page(user, "").get("rows");
  }

  private JsonNode page(String user, String query) throws Exception {
    ResponseEntity<String> answer = rest.get(LIST + query, user);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  private List<String> keys(String user, String query) throws Exception {
    return page(user, query).get("rows").findValuesAsText("businessKey");
  }

  private byte[] xlsx(String query, String user) {
    ResponseEntity<byte[]> answer = rest.getBytes(LIST + ".xlsx" + query, user);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentDisposition().getFilename()).startsWith("de-nghi-khen-thuong");
    return answer.getBody();
  }

  /** The message of the 400 the Office gets for {@code query}. */
  private String refusal(String query) throws Exception {
    ResponseEntity<String> answer = rest.get(LIST + query, "chuyenvien:demo");
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    return json.readTree(answer.getBody()).get("message").asText();
  }

  private ResponseEntity<String> withdraw(String businessKey, String user) {
    return rest.postJson(LIST + "/" + businessKey + "/withdraw", user, "{}");
  }

  private static JsonNode row(JsonNode rows, String businessKey) {
    for (JsonNode row : rows) {
      if (row.get("businessKey").asText().equals(businessKey)) {
        return row;
      }
    }
    throw new AssertionError(businessKey + " not listed: " + rows);
  }
}
