package vn.thiduakhenthuong.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;

/**
 * A unit added by the administrator, as Tasklist shows it to its head: he logs in before his unit's first
 * nomination, proposes (through REST), and finds it in «Việc của tôi» without logging in again (the unit's
 * tenant was made with its group); the task's header and its form name his unit, not its code or «Chọn»; and
 * the start form offers his unit, chosen. Tasklist's header offers no «Tạo việc» (a task outside any process).
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "awards.demo-data=true")
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class NewUnitBrowserTests extends BrowserOnTheApp {

  private static final String UNIT = "Phòng Đo đạc - Bản đồ";


  @Test
  void shouldShowTheHeadOfANewUnitHisFirstNominationUnderHisUnitsName() {
    RestClient rest = new RestClient(template);
    assertThat(rest.postJson("/engine-rest/group/create", "admin:demo",
        "{\"id\":\"unitdd\",\"name\":\"" + UNIT + "\",\"type\":\"UNIT\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rest.postJson("/engine-rest/user/create", "admin:demo", "{\"profile\":{\"id\":\"tpdd\","
        + "\"firstName\":\"Lê Thị\",\"lastName\":\"Mai\"},\"credentials\":{\"password\":\"" + RestClient.NEW_USER_PASSWORD + "\"}}").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    for (String group : new String[] {"unitheads", "unitdd"}) {
      assertThat(rest.putJson("/engine-rest/group/" + group + "/members/tpdd", "admin:demo", "").getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    Tasklist tasklist = new Tasklist(browser, "http://localhost:" + port);
    tasklist.logIn("tpdd", RestClient.NEW_USER_PASSWORD);

    rest.startNomination("tpdd:" + RestClient.NEW_USER_PASSWORD, "Lê Văn Tâm");
    tasklist.openTask("Việc của tôi", "Đính kèm và gửi hồ sơ đề nghị", "Lê Văn Tâm");

    assertThat(tasklist.headerUnit(UNIT)).isEqualTo(UNIT);
    // the header offers to start a process, not to create a task outside one: nobody may (Tasklist answered
    // «Anh/chị không có quyền thực hiện thao tác này.» to whoever tried)
    assertThat(tasklist.text()).contains("Bắt đầu quy trình").doesNotContain("Tạo việc");
    String unitField = tasklist.shown("Đơn vị đề nghị");
    tasklist.shot("new-unit-head-task");
    assertThat(unitField).isEqualTo(UNIT);

    // his next proposal: the start form offers his unit, already chosen (the form file lists the demo units)
    tasklist.openStartForm("Đề nghị khen thưởng");
    String offered = tasklist.chosen("unitCode");
    tasklist.shot("new-unit-start-form");
    assertThat(offered).isEqualTo(UNIT);
  }
}
