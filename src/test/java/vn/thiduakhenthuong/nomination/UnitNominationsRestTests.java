package vn.thiduakhenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.decision.BatchFlow;

/**
 * «Đề nghị của đơn vị» over /api on PostgreSQL, as the demo users: a unit head sees his units' nominations with where
 * each waits or how it ended, in the diagram's words, and withdraws one until the Council has voted; another unit's
 * head neither sees nor withdraws it; the Office and the Director follow every unit's, narrowed by year and unit, and
 * withdraw none; a Council member who is neither gets 403.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class UnitNominationsRestTests {

  private static final String UNIT_HEAD = "tpqldd:demo";
  private static final String OTHER_UNIT_HEAD = "tptnn:demo";
  private static final String LIST = "/api/me/nominations";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
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
    String sent = rest.startNomination(UNIT_HEAD, "Trần Thị Đã Gửi");
    rest.uploadDossier(sent, UNIT_HEAD);
    flow.complete(sent, "Task_SubmitDossier", "tpqldd", "{\"submitAction\":{\"value\":\"SEND\"}}");

    JsonNode mine = list(UNIT_HEAD);
    assertThat(row(mine, proposed).get("where").asText()).isEqualTo("Đính kèm và gửi hồ sơ đề nghị");
    assertThat(row(mine, proposed).get("unitName").asText()).isEqualTo("Phòng Quản lý đất đai");
    assertThat(row(mine, sent).get("where").asText()).isEqualTo("Kiểm tra hồ sơ đề nghị");
    assertThat(row(mine, sent).get("nomineeName").asText()).isEqualTo("Trần Thị Đã Gửi");
    assertThat(row(mine, sent).get("awardType").asText()).isEqualTo("Giấy khen của Giám đốc Sở");
    assertThat(row(mine, sent).get("mayWithdraw").asBoolean()).isTrue();
    assertThat(row(mine, sent).get("proposedOn").asText()).matches("\\d{2}/\\d{2}/\\d{4}");
    // newest first; Tasklist's header asks for one, to know whether to show the link
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

  /** The rows the user's page shows. */
  private JsonNode list(String user) throws Exception {
    return page(user, "").get("rows");
  }

  private JsonNode page(String user, String query) throws Exception {
    ResponseEntity<String> answer = rest.get(LIST + query, user);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
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
