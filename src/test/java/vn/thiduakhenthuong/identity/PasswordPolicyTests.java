package vn.thiduakhenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.testing.WebappSession;

/**
 * Passwords set after the start (Admin, the welcome page, /engine-rest) meet Camunda's password policy; a
 * password below it is refused with 400 in Vietnamese and changes nothing. The demo users keep "demo"
 * (DemoDataTests).
 */
// One engine named "default" at a time: the REST filter looks the engine up by name.
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:password-policy-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class PasswordPolicyTests {

  private static final String REFUSED = "Mật khẩu chưa đạt chính sách mật khẩu: " + Passwords.RULES + ".";

  @Autowired IdentityService identity;
  @LocalServerPort int port;
  private final RestClient rest;

  PasswordPolicyTests(@Autowired TestRestTemplate template) {
    rest = new RestClient(template);
  }

  @Test
  void shouldGiveAdminAndTheWelcomePageThePolicyToShow() throws Exception {
    ResponseEntity<String> policy = rest.get("/engine-rest/identity/password-policy", "tpqldd:demo");
    assertThat(policy.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(policy.getBody()).contains("PASSWORD_POLICY_LENGTH", "\"minLength\":\"10\"", "PASSWORD_POLICY_UPPERCASE",
        "PASSWORD_POLICY_SPECIAL", "PASSWORD_POLICY_USER_DATA");

    // what the welcome page's «Đổi mật khẩu» asks (it answered 404 while no policy was on)
    WebappSession welcome = new WebappSession(port);
    welcome.open("/camunda/app/welcome/default/");
    assertThat(welcome.logIn("tpqldd", "demo").statusCode()).isEqualTo(200);
    assertThat(welcome.open("/camunda/api/engine/engine/default/identity/password-policy").statusCode()).isEqualTo(200);
  }

  @Test
  void shouldRefuseANewUsersPasswordBelowThePolicyInVietnamese() {
    // too short; no capital letter nor sign; the user's own id in it (whatever its case)
    for (String weak : new String[] {"demo", "khenthuong2026", "Canbomoi-2026"}) {
      ResponseEntity<String> refused = rest.postJson("/engine-rest/user/create", "admin:demo", newUser("canbomoi", weak));
      assertThat(refused.getStatusCode()).as(weak).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).as(weak).contains(REFUSED);
      assertThat(identity.createUserQuery().userId("canbomoi").count()).as(weak).isZero();
    }

    assertThat(rest.postJson("/engine-rest/user/create", "admin:demo", newUser("canbomoi", RestClient.NEW_USER_PASSWORD))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identity.checkPassword("canbomoi", RestClient.NEW_USER_PASSWORD)).isTrue();
  }

  @Test
  void shouldRefuseAChangedPasswordBelowThePolicyAndKeepTheOldOne() {
    User user = identity.newUser("doimatkhau");
    user.setFirstName("Phạm");
    user.setLastName("Đổi");
    user.setPassword(RestClient.NEW_USER_PASSWORD);
    identity.saveUser(user);
    String self = "doimatkhau:" + RestClient.NEW_USER_PASSWORD;

    ResponseEntity<String> refused = rest.putJson("/engine-rest/user/doimatkhau/credentials", self,
        credentials("doimatkhau1"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains(REFUSED);
    assertThat(identity.checkPassword("doimatkhau", RestClient.NEW_USER_PASSWORD)).isTrue();

    assertThat(rest.putJson("/engine-rest/user/doimatkhau/credentials", self, credentials("Mat-khau-moi-2027!"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(identity.checkPassword("doimatkhau", "Mat-khau-moi-2027!")).isTrue();
  }

  private static String newUser(String id, String password) {
    return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Cán bộ\",\"lastName\":\"mới\"},"
        + "\"credentials\":{\"password\":\"" + password + "\"}}";
  }

  private static String credentials(String password) {
    return "{\"password\":\"" + password + "\",\"authenticatedUserPassword\":\"" + RestClient.NEW_USER_PASSWORD + "\"}";
  }
}
