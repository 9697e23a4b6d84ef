package vn.thiduakhenthuong.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the app as a child JVM with {@code -Xmx256m} and the app's {@code jvm.options} on the benchmark's database (a restart: schema,
 * deployments and demo data exist), measures the time until {@code /engine-rest/engine} answers, asks
 * a few things as users do, and reads the peak resident memory (VmHWM) from /proc.
 */
final class StartupProbe {

  record Result(double seconds, long peakRssKb, String note) {}

  static Result run(String classpath, String jdbcUrl, String user, String password, Path workDir) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Files.createDirectories(workDir);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "@" + Path.of("jvm.options").toAbsolutePath(), "-cp", classpath,
        "vn.thiduakhenthuong.AwardsApplication", "--spring.profiles.active=postgres", "--server.port=" + port,
        "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password, "--awards.demo-data=true"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(workDir.resolve("startup.log").toFile());
    long start = System.nanoTime();
    Process app = builder.start();
    try {
      long deadline = start + TimeUnit.SECONDS.toNanos(120);
      while (status(port, "/engine-rest/engine", null) != 200) {
        if (!app.isAlive() || System.nanoTime() > deadline) {
          return new Result(Double.NaN, peakRssKb(app.pid()), "did not answer; see " + workDir.resolve("startup.log"));
        }
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      // what a morning's first users ask: Tasklist's page, their filters, a task list, the registry
      for (int i = 0; i < 3; i++) {
        status(port, "/camunda/app/tasklist/default/", null);
        status(port, "/engine-rest/filter?resourceType=Task", "chuyenvien:demo");
        status(port, "/engine-rest/task?maxResults=15&sortBy=created&sortOrder=desc", "chuyenvien:demo");
        status(port, "/engine-rest/task?maxResults=15", "tpqldd:demo");
        status(port, "/api/registry", "chuyenvien:demo");
      }
      return new Result(seconds, peakRssKb(app.pid()), "");
    } finally {
      app.destroy();
      if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  static String classpath(String classpathFile) throws IOException {
    String dependencies = Files.readString(Path.of(classpathFile), StandardCharsets.UTF_8).trim();
    return new File("target/classes").getAbsolutePath() + File.pathSeparator + dependencies;
  }

  private static long peakRssKb(long pid) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }

  private static int status(int port, String path, String user) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + path).toURL()
          .openConnection();
      connection.setConnectTimeout(1000);
      connection.setReadTimeout(30_000);
      if (user != null) {
        connection.setRequestProperty("Authorization",
            "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
      }
      int code = connection.getResponseCode();
      connection.getInputStream().readAllBytes();
      connection.disconnect();
      return code;
    } catch (IOException notYet) {
      return -1;
    }
  }

  private StartupProbe() {}
}
