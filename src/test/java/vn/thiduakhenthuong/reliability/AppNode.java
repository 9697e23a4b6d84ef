package vn.thiduakhenthuong.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import vn.thiduakhenthuong.AwardsApplication;

/**
 * The app as a separate operating-system process on the shared PostgreSQL, with profile postgres and
 * the demo users, as a replica runs in production. {@link #kill()} is SIGKILL: no shutdown hook, no
 * rollback by the app, only what PostgreSQL committed survives.
 */
final class AppNode implements Api.Node {

  /** A job taken by a node that then died waits this long before another takes it (Camunda: 5 min). */
  static final int JOB_LOCK_MILLIS = 20_000;

  private final String name;
  private final String jdbcUrl;
  private final int port;
  private final List<String> extraArguments;
  private final Path log;
  private Process process;
  private int starts;

  AppNode(String name, String jdbcUrl, List<String> extraArguments) {
    this.name = name;
    this.jdbcUrl = jdbcUrl;
    this.port = freePort();
    this.extraArguments = extraArguments;
    this.log = Path.of("target", "reliability", name + ".log");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  int starts() {
    return starts;
  }

  /** Launches the process; {@link #awaitReady} waits until it answers. */
  synchronized void start() {
    List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx256m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-cp", applicationClasspath(), AwardsApplication.class.getName(),
        "--spring.profiles.active=postgres", "--server.port=" + port, "--awards.demo-data=true",
        "--camunda.bpm.job-execution.lock-time-in-millis=" + JOB_LOCK_MILLIS,
        "--logging.level.org.camunda.bpm.engine.jobexecutor=INFO"));
    command.addAll(extraArguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("DB_URL", jdbcUrl);
    builder.environment().put("DB_USER", "postgres");
    builder.environment().put("DB_PASSWORD", "");
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(log, "\n==== " + name + " start " + (starts + 1) + " ====\n",
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    starts++;
  }

  /** Waits until /engine-rest answers, i.e. the engine, its deployment and the demo data are there. */
  void awaitReady(Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + "; the end of its log:\n" + logTail());
      }
      try {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/engine"))
            .header("Authorization", Api.basic("admin")).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      sleep(250);
    }
    throw new AssertionError(name + " not ready within " + timeout + "; the end of its log:\n" + logTail());
  }

  /** The last lines of this node's log, for a failure message: CI keeps the output, not target/. */
  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(" + log.toAbsolutePath() + " unreadable: " + e + ")";
    }
  }

  /** SIGKILL, as a power cut or the OOM killer would. */
  synchronized void kill() {
    process.destroyForcibly();
    waitFor();
  }

  /** SIGTERM, a normal stop at the end of a test. */
  synchronized void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      waitFor();
    }
  }

  private void waitFor() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String javaCommand() {
    return ProcessHandle.current().info().command().orElse(
        Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /**
   * The test's classpath without the test classes: the app scans its package, and would otherwise
   * pick up the tests' own configurations (an embedded PostgreSQL of its own). Surefire may hand over a
   * manifest-only booter jar; its manifest lists the real entries.
   */
  static String applicationClasspath() {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.addAll(manifestClasspath(entry));
    }
    return entries.stream().filter(entry -> !entry.replace('\\', '/').contains("/test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static List<String> manifestClasspath(String entry) {
    if (!entry.endsWith(".jar") || !Path.of(entry).getFileName().toString().startsWith("surefirebooter")) {
      return List.of(entry);
    }
    try (JarFile jar = new JarFile(entry)) {
      String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
      return Arrays.stream(classPath.trim().split("\\s+"))
          .map(url -> Path.of(URI.create(url.startsWith("file:") ? url : "file:" + url)).toString())
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
