package vn.thiduakhenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduakhenthuong.testing.WebappSession;

/**
 * The webapps' session cookie, CSRF, the security headers and the throttling of failed logins, over
 * HTTP on the real configuration (H2, demo data). The first lock after a wrong password lasts 60 s
 * here instead of 3 s, so that the test never races the clock; the other throttling values are the
 * application's own.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:web-security-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.generic-properties.properties.login-delay-base=60"})
class WebSecurityTests {

  private static final String START_SESSION =
      "/camunda/api/engine/engine/default/process-definition/key/council-session/start";

  @Autowired ProcessEngine engine;
  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldMarkTheWebappSessionCookieHttpOnlyAndSameSite() throws Exception {
    WebappSession browser = new WebappSession(port);
    browser.open("/camunda/app/tasklist/default/");
    HttpResponse<String> login = browser.logIn("chuyenvien", "demo");

    assertThat(login.statusCode()).isEqualTo(200);
    List<String> sessionCookies = browser.setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    System.out.println("Webapp session cookies: " + sessionCookies);
    assertThat(sessionCookies).isNotEmpty().allSatisfy(cookie -> {
      assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; Path=/");
      assertThat(cookie.split("(?i)SameSite=Lax", -1)).as("one SameSite=Lax in " + cookie).hasSize(2);
    });
    // the CSRF cookie is read by the webapps' scripts, so it cannot be HttpOnly; SameSite it is
    assertThat(browser.setCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).toList())
        .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsPattern("(?i);\\s*SameSite=Lax"));
  }

  @Test
  void shouldRefuseAWebappChangeWithoutTheCsrfToken() throws Exception {
    WebappSession browser = new WebappSession(port);
    browser.open("/camunda/app/tasklist/default/");
    assertThat(browser.logIn("chuyenvien", "demo").statusCode()).isEqualTo(200);
    String session = "{\"variables\":{\"period\":{\"value\":\"FINAL_2030\"},\"year\":{\"value\":2030},"
        + "\"sessionTitle\":{\"value\":\"Phiên thử CSRF\"},\"meetingDate\":{\"value\":\"2026-12-01\"}}}";
    long before = sessions();

    HttpResponse<String> forgedUpload = browser.post("/api/nominations/DN-2026-0001/documents", "", false);
    assertThat(forgedUpload.statusCode()).isEqualTo(403);
    assertThat(forgedUpload.body()).contains("mã chống giả mạo (X-XSRF-TOKEN)");
    assertThat(browser.post(START_SESSION, session, true).statusCode()).isEqualTo(200);
    assertThat(sessions()).isEqualTo(before + 1);

    // Camunda's CSRF filter refuses the forged call and ends the session it came with
    HttpResponse<String> forged = browser.post(START_SESSION, session, false);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(sessions()).isEqualTo(before + 1);
    assertThat(browser.post(START_SESSION, session, true).statusCode()).isIn(401, 403);
    assertThat(sessions()).isEqualTo(before + 1);
  }

  @Test
  void shouldSendSecurityHeadersFromTheWebappsAndTheApis() throws Exception {
    HttpResponse<String> tasklist = new WebappSession(port).open("/camunda/app/tasklist/default/");
    HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/registry?year=2026"))
        .header("Authorization", basic("chuyenvien", "demo")));
    HttpResponse<String> engineRest = send(HttpRequest.newBuilder(uri("/engine-rest/task"))
        .header("Authorization", basic("chuyenvien", "demo")));
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/so-khen-thuong/")));

    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(header(tasklist, "Content-Security-Policy")).contains("frame-ancestors 'none'", "object-src 'none'");
    for (HttpResponse<String> answer : List.of(tasklist, api, engineRest, page)) {
      assertThat(header(answer, "X-Content-Type-Options")).as(answer.uri().toString()).isEqualTo("nosniff");
      assertThat(header(answer, "X-Frame-Options")).as(answer.uri().toString()).isEqualTo("DENY");
      assertThat(header(answer, "Referrer-Policy")).as(answer.uri().toString()).isEqualTo("same-origin");
      // plain HTTP here: HSTS is only sent over HTTPS
      assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
    for (HttpResponse<String> answer : List.of(api, engineRest)) {
      assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(200);
      assertThat(header(answer, "Content-Security-Policy")).isEqualTo(SecurityHeaders.API_POLICY);
    }
    // the engine's REST API sets its own "no-cache"; ours keeps nothing in any cache
    assertThat(header(api, "Cache-Control")).isEqualTo("no-store");
    assertThat(header(page, "Content-Security-Policy")).isEqualTo(SecurityHeaders.PAGE_POLICY);
  }

  @Test
  void shouldAnswerAPageThatIsNotThereOrNotAllowedInVietnamese() throws Exception {
    WebappSession browser = new WebappSession(port);
    browser.open("/camunda/app/tasklist/default/");
    assertThat(browser.logIn("tpqldd", "demo").statusCode()).isEqualTo(200);

    // Tasklist links a task's process to Cockpit, which is for the Office and administrators
    HttpResponse<String> cockpit = browser.openPage("/camunda/app/cockpit/default/");
    assertThat(cockpit.statusCode()).isEqualTo(403);
    assertThat(cockpit.body()).contains("Anh/chị không có quyền mở trang này", "/camunda/app/tasklist/")
        .doesNotContain("Whitelabel");
    HttpResponse<String> missing = browser.openPage("/khong-co-trang-nay");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Không tìm thấy trang này", "/camunda/app/tasklist/").doesNotContain("Whitelabel");
  }

  @Test
  void shouldLockAUserAfterAWrongPasswordUntilTheDelayOrAnAdministratorEndsIt() throws Exception {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getLoginMaxAttempts()).isEqualTo(10);
    assertThat(configuration.getLoginDelayFactor()).isEqualTo(2);
    assertThat(configuration.getLoginDelayMaxTime()).isEqualTo(60);

    assertThat(engineRest("gdvpdk", "sai-mat-khau").statusCode()).isEqualTo(401);

    // the right password, at once: refused on every door while the lock lasts
    assertThat(engineRest("gdvpdk", "demo").statusCode()).isEqualTo(401);
    HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/registry"))
        .header("Authorization", basic("gdvpdk", "demo")));
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.body()).contains("tạm khóa");
    WebappSession browser = new WebappSession(port);
    browser.open("/camunda/app/tasklist/default/");
    assertThat(browser.logIn("gdvpdk", "demo").statusCode()).isEqualTo(401);
    // a colleague is not affected
    assertThat(engineRest("ccmt", "demo").statusCode()).isEqualTo(200);

    // the administrator unlocks the account (Admin: "Mở khóa người dùng")
    HttpResponse<String> unlocked = send(HttpRequest.newBuilder(uri("/engine-rest/user/gdvpdk/unlock"))
        .header("Authorization", basic("admin", "demo")).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(unlocked.statusCode()).isEqualTo(204);
    assertThat(engineRest("gdvpdk", "demo").statusCode()).isEqualTo(200);
  }

  /**
   * Camunda 7.24 keeps each answer's CSP nonce in one attribute of the servlet context: a request that
   * passes Camunda's header filter between another's header and its page overwrites it, and that page's
   * scripts carry a nonce its policy refuses (the browser stays on the spinner). Pages loaded while the
   * browser fetches other files at the same moment, as every user's browser does, must each carry their own.
   */
  @Test
  void shouldGiveEveryWebappPageTheNonceOfItsOwnPolicyWhileOtherRequestsRun() throws Exception {
    java.util.regex.Pattern policyNonce = java.util.regex.Pattern.compile("'nonce-([^']+)'");
    java.util.regex.Pattern pageNonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"");
    java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<java.util.concurrent.Future<List<String>>> loads = new java.util.ArrayList<>();
      for (String app : List.of("tasklist", "cockpit", "admin", "welcome", "tasklist", "cockpit")) {
        loads.add(threads.submit(() -> {
          List<String> mismatches = new java.util.ArrayList<>();
          for (int i = 0; i < 60; i++) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")));
            send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/styles/user-styles.css")));
            java.util.regex.Matcher policy = policyNonce.matcher(header(page, "Content-Security-Policy"));
            assertThat(policy.find()).as(app + ": a nonce in its policy").isTrue();
            java.util.Set<String> inPage = new java.util.HashSet<>();
            for (java.util.regex.Matcher tag = pageNonce.matcher(page.body()); tag.find(); ) {
              inPage.add(tag.group(1));
            }
            assertThat(inPage).as(app + ": the nonces of its scripts").isNotEmpty();
            if (!inPage.equals(java.util.Set.of(policy.group(1)))) {
              mismatches.add(app + " policy " + policy.group(1) + ", page " + inPage);
            }
          }
          return mismatches;
        }));
      }
      List<String> mismatches = new java.util.ArrayList<>();
      for (java.util.concurrent.Future<List<String>> load : loads) {
        mismatches.addAll(load.get());
      }
      assertThat(mismatches).as("pages whose scripts carry another answer's nonce, of 360").isEmpty();
    } finally {
      threads.shutdownNow();
    }
  }

  // ---------------------------------------------------------------- helpers

  private long sessions() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("council-session").count();
  }

  private HttpResponse<String> engineRest(String user, String password) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri("/engine-rest/task")).header("Authorization", basic(user, password)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
  }

  private static String header(HttpResponse<String> answer, String name) {
    return answer.headers().firstValue(name).orElse("");
  }
}
