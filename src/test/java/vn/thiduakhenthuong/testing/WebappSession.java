package vn.thiduakhenthuong.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A browser's session with the webapps, over HTTP: its cookies, and the CSRF token the Tasklist page sends
 * with every change. The login is the login page's; afterwards the webapps' own API
 * ({@code /camunda/api/engine/...}) answers as it answers Tasklist, with the groups and tenants the session
 * learned at login.
 */
public final class WebappSession {

  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

  public final Map<String, String> cookies = new LinkedHashMap<>();
  public final List<String> setCookies = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  public WebappSession(int port) {
    this.port = port;
  }

  public HttpResponse<String> open(String path) throws IOException, InterruptedException {
    return keep(send(withCookies(HttpRequest.newBuilder(uri(path)))));
  }

  /** Opens a page as a browser asks for one (HTML). */
  public HttpResponse<String> openPage(String path) throws IOException, InterruptedException {
    return keep(send(withCookies(HttpRequest.newBuilder(uri(path))).header("Accept", "text/html,*/*;q=0.8")));
  }

  /** Logs in as the login page does, then reads the new session's CSRF token as the webapps do. */
  public HttpResponse<String> logIn(String user, String password) throws IOException, InterruptedException {
    HttpResponse<String> login = keep(send(withCookies(HttpRequest.newBuilder(uri(LOGIN)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password))));
    if (login.statusCode() == 200) {
      open("/camunda/api/admin/auth/user/default");
    }
    return login;
  }

  public HttpResponse<String> post(String path, String json, boolean withToken) throws IOException, InterruptedException {
    HttpRequest.Builder request = withCookies(HttpRequest.newBuilder(uri(path)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    if (withToken) {
      request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return keep(send(request));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header("Cookie", String.join("; ", cookies.entrySet().stream()
          .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
    }
    return request;
  }

  private HttpResponse<String> keep(HttpResponse<String> answer) {
    for (String cookie : answer.headers().allValues("Set-Cookie")) {
      setCookies.add(cookie);
      String pair = cookie.split(";", 2)[0];
      cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    return answer;
  }
}
