package vn.thiduakhenthuong;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Small HTTP helper for the tests against the running app: HTTP Basic or anonymous. */
public final class RestClient {

  private final TestRestTemplate rest;

  public RestClient(TestRestTemplate rest) {
    this.rest = rest;
  }

  public ResponseEntity<String> get(String path, String user) {
    return exchange(HttpMethod.GET, path, user, null);
  }

  public ResponseEntity<String> postJson(String path, String user, String json) {
    return exchange(HttpMethod.POST, path, user, json);
  }

  private ResponseEntity<String> exchange(HttpMethod method, String path, String user, String json) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      String[] userAndPassword = user.split(":", 2);
      headers.setBasicAuth(userAndPassword[0], userAndPassword[1]);
    }
    if (json != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }
}
