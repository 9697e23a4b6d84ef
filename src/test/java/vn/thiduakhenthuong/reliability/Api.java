package vn.thiduakhenthuong.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The demo users' HTTP calls to /engine-rest and /api, spread over the nodes in turn (no proxy): each
 * call goes to the next node. A call that meets a dead node (refused, reset, no answer) throws
 * {@link NodeDown}: its effect is unknown, so the caller looks at the state again before redoing it.
 * HTTP/1.1, as browsers speak to the app without TLS. The benchmark's HTTP path uses it too, on one node.
 */
public final class Api {

  public static final ObjectMapper JSON = new ObjectMapper();

  /** Where calls go: an app node of ours, or the app of a Spring test at its port. */
  public interface Node {
    String name();

    String baseUrl();
  }

  /** The node did not answer: the request may or may not have been carried out. */
  public static final class NodeDown extends RuntimeException {
    NodeDown(String what, Throwable cause) {
      super(what, cause);
    }
  }

  public record Answer(int status, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private final List<? extends Node> nodes;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(3)).build();
  private final UnaryOperator<HttpRequest.Builder> decorate;
  private final AtomicInteger next = new AtomicInteger();
  final AtomicLong calls = new AtomicLong();
  final AtomicLong failedCalls = new AtomicLong();

  Api(List<? extends Node> nodes) {
    this(nodes, UnaryOperator.identity());
  }

  private Api(List<? extends Node> nodes, UnaryOperator<HttpRequest.Builder> decorate) {
    this.nodes = nodes;
    this.decorate = decorate;
  }

  /** Calls to the one app at {@code baseUrl}, each request given to {@code decorate} (on the caller's thread) last. */
  public static Api at(String baseUrl, UnaryOperator<HttpRequest.Builder> decorate) {
    record Fixed(String name, String baseUrl) implements Node {}
    return new Api(List.of(new Fixed("app", baseUrl)), decorate);
  }

  static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  Node nextNode() {
    return nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
  }

  public Answer get(String user, String path) {
    return send(nextNode(), user, HttpRequest.newBuilder().GET(), path, "GET " + path);
  }

  public Answer post(String user, String path, String json) {
    return post(nextNode(), user, path, json);
  }

  Answer post(Node node, String user, String path, String json) {
    return send(node, user, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(json))
        .header("Content-Type", "application/json"), path, "POST " + path);
  }

  /** A POST asking for HAL, as Tasklist lists a filter's tasks with their embedded variables. */
  public Answer postHal(String user, String path, String json) {
    return send(nextNode(), user, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(json))
        .header("Content-Type", "application/json").header("Accept", "application/hal+json"), path, "POST " + path);
  }

  /** A dossier file through the "Hồ sơ" tab's call (multipart). */
  public Answer upload(String user, String businessKey, String type) {
    String boundary = UUID.randomUUID().toString();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n" + type + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + type.toLowerCase()
        + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--" + boundary + "--\r\n";
    return send(nextNode(), user, HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary),
        "/api/nominations/" + businessKey + "/documents", "upload " + type + " " + businessKey);
  }

  private Answer send(Node node, String user, HttpRequest.Builder request, String path, String what) {
    calls.incrementAndGet();
    try {
      HttpResponse<String> response = client.send(decorate.apply(request.uri(URI.create(node.baseUrl() + path))
          .header("Authorization", basic(user)).timeout(Duration.ofSeconds(60))).build(),
          HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 500) {
        failedCalls.incrementAndGet();
      }
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new NodeDown(what + " on " + node.name(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NodeDown(what + " interrupted", e);
    }
  }
}
