package vn.thiduakhenthuong.config;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The training start of the image's class-data archive (Dockerfile; the benchmark's StartupProbe starts
 * the app the same way): with {@code awards.startup.training=true} the app, once ready, asks itself what
 * a morning's first users ask (Tasklist's page, their filters and tasks over the engine's REST API, the
 * registry) and exits; the JVM, started with {@code -XX:ArchiveClassesAtExit}, then archives every class
 * it loaded. A training that stopped when the context was refreshed left out Jersey (the engine's REST API
 * starts on its first request) and what the first requests load: each start read those classes from the
 * jars again. The users are the demo data's, which the training's in-memory H2 has; a request that fails
 * only leaves its classes out of the archive.
 */
@Component
@ConditionalOnProperty("awards.startup.training")
public class ClassDataTraining implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(ClassDataTraining.class);

  /** A GET as a demo user; {@code user} null: without a login. */
  record Request(String path, String user) {}

  static final List<Request> REQUESTS = List.of(
      new Request("/engine-rest/engine", null),
      new Request("/camunda/app/tasklist/default/", null),
      new Request("/engine-rest/filter?resourceType=Task", "chuyenvien"),
      new Request("/engine-rest/task?maxResults=15&sortBy=created&sortOrder=desc", "chuyenvien"),
      new Request("/engine-rest/task?maxResults=15", "tpqldd"),
      new Request("/api/registry", "chuyenvien"));

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
    LOG.info("Class-data training: {}", ask(port));
    System.exit(SpringApplication.exit(event.getApplicationContext()));
  }

  /** Each request's HTTP status (-1: no answer), in order; the benchmark's start-up probe asks the same. */
  public static Map<String, Integer> ask(int port) {
    Map<String, Integer> statuses = new LinkedHashMap<>();
    for (Request request : REQUESTS) {
      statuses.put(request.path(), status(port, request.path(), request.user()));
    }
    return statuses;
  }

  /** The status of a GET on this app at {@code port}, as the demo {@code user} (null: no login); -1: no answer. */
  public static int status(int port, String path, String user) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL()
          .openConnection();
      connection.setConnectTimeout(5_000);
      connection.setReadTimeout(60_000);
      if (user != null) {
        String login = user + ":demo";
        connection.setRequestProperty("Authorization",
            "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
      }
      int code = connection.getResponseCode();
      InputStream body = code < 400 ? connection.getInputStream() : connection.getErrorStream();
      if (body != null) {
        body.readAllBytes();
      }
      connection.disconnect();
      return code;
    } catch (IOException e) {
      return -1;
    }
  }
}
