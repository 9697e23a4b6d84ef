package vn.thiduakhenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thiduakhenthuong.RestClient;

/** /engine-rest over HTTP on the real configuration (H2, demo data). */
// One engine named "default" at a time: the REST filter looks the engine up by name.
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:rest-security-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class EngineRestSecurityTests {

  @Autowired TestRestTemplate template;
  @LocalServerPort int port;
  RestClient rest;

  @BeforeEach
  void client() {
    rest = new RestClient(template);
  }

  @Test
  void shouldAskAnonymousCallersToLogIn() throws Exception {
    HttpResponse<String> users = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/user")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(users.statusCode()).isEqualTo(401);
    assertThat(users.headers().firstValue(HttpHeaders.WWW_AUTHENTICATE)).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic"));
    assertThat(users.body()).doesNotContain("giamdoc");
    assertThat(rest.get("/engine-rest/process-definition", null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.postJson("/engine-rest/process-definition/key/nomination/start", null, "{}")
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldRefuseAWrongPassword() {
    assertThat(rest.get("/engine-rest/user", "gdcntt:wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldAnswerTheAdministrator() {
    ResponseEntity<String> users = rest.get("/engine-rest/user", "admin:demo");

    assertThat(users.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(users.getBody()).contains("\"id\":\"giamdoc\"", "\"id\":\"quytrinh\"");
  }

  @Test
  void shouldForbidWhatAUserHasNoRightFor() {
    ResponseEntity<String> created = rest.postJson("/engine-rest/user/create", "ctcd:demo",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"" + RestClient.NEW_USER_PASSWORD + "\"}}");

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.get("/engine-rest/user?id=intruder", "admin:demo").getBody()).isEqualTo("[]");
    assertThat(rest.postJson("/engine-rest/authorization/create", "tpqldd:demo",
        "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"tpqldd\",\"resourceType\":0,\"resourceId\":\"*\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldLetProcessOwnersDeployAndNobodyElse() {
    ResponseEntity<String> byUnitHead = rest.deploy("tpqldd:demo", "rest-deploy-check");
    ResponseEntity<String> byOwner = rest.deploy("quytrinh:demo", "rest-deploy-check");

    assertThat(byUnitHead.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byOwner.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(byOwner.getBody()).contains("deployedProcessDefinitions", "rest-deploy-check");
  }
}
