package vn.thiduakhenthuong.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import vn.thiduakhenthuong.config.ClassDataTraining;

/**
 * Starts the app as the image does (Dockerfile): {@code -Xmx256m}, the app's {@code jvm.options}, and a
 * class-data archive trained by one start on an in-memory H2 database ({@code -XX:ArchiveClassesAtExit},
 * {@code spring.context.exit=onRefresh}). It measures, on the benchmark's database (a restart: schema,
 * deployments and demo data exist), the time until {@code /engine-rest/engine} answers, asks a few things
 * as users do, and reads the peak resident memory (VmHWM) from /proc. Then the same without the archive,
 * as {@code java -jar} starts it when nobody trained one.
 *
 * <p>The archive holds classes from jars only, so the app's classes go into a jar first, as in the image.
 */
final class StartupProbe {

  record Result(double seconds, long peakRssKb, double secondsWithoutArchive, long peakRssKbWithoutArchive,
      String note) {}

  private record Start(double seconds, long peakRssKb, String note) {}

  static Result run(String dependencies, String jdbcUrl, String user, String password, Path workDir) throws Exception {
    Files.createDirectories(workDir);
    Path appJar = jar(Path.of("target/classes"), workDir.resolve("awards-classes.jar"));
    String classpath = appJar + File.pathSeparator + dependencies;
    Path archive = workDir.resolve("awards.jsa");
    Files.deleteIfExists(archive);
    String trained = train(classpath, archive, workDir);
    if (!trained.isEmpty()) {
      return new Result(Double.NaN, -1, Double.NaN, -1, trained);
    }
    List<String> app = List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=" + user, "--spring.datasource.password=" + password, "--awards.demo-data=true");
    // -Xshare:on: a start that cannot map the archive fails here instead of being measured without it
    Start withArchive = start(classpath, List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive), app,
        workDir, "startup.log");
    Start without = start(classpath, List.of(), app, workDir, "startup-without-archive.log");
    return new Result(withArchive.seconds(), withArchive.peakRssKb(), without.seconds(), without.peakRssKb(),
        String.join(" ", withArchive.note(), without.note()).trim());
  }

  /**
   * The Dockerfile's training start: on an in-memory H2 the app asks itself the first users' requests
   * (ClassDataTraining) and exits, the JVM writes the archive.
   */
  private static String train(String classpath, Path archive, Path workDir) throws Exception {
    Path dir = Files.createDirectories(workDir.resolve("training"));
    Process training = new ProcessBuilder(java(classpath, List.of("-XX:ArchiveClassesAtExit=" + archive),
        List.of("--spring.datasource.url=jdbc:h2:mem:training", "--server.port=0", "--awards.startup.training=true")))
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(workDir.resolve("training.log").toFile())
        .start();
    if (!training.waitFor(180, TimeUnit.SECONDS)) {
      training.destroyForcibly();
      return "training start did not end; see " + workDir.resolve("training.log");
    }
    return Files.exists(archive) ? "" : "no class-data archive written; see " + workDir.resolve("training.log");
  }

  private static Start start(String classpath, List<String> jvmOptions, List<String> arguments, Path workDir,
      String log) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = java(classpath, jvmOptions,
        Stream.concat(arguments.stream(), Stream.of("--server.port=" + port)).toList());
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(workDir.resolve(log).toFile());
    long start = System.nanoTime();
    Process app = builder.start();
    try {
      long deadline = start + TimeUnit.SECONDS.toNanos(120);
      while (ClassDataTraining.status(port, "/engine-rest/engine", null) != 200) {
        if (!app.isAlive() || System.nanoTime() > deadline) {
          return new Start(Double.NaN, peakRssKb(app.pid()), "did not answer; see " + workDir.resolve(log));
        }
        Thread.sleep(50);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      // what a morning's first users ask (the training start's requests): Tasklist's page, their filters, task lists, the registry
      for (int i = 0; i < 3; i++) {
        ClassDataTraining.ask(port);
      }
      return new Start(seconds, peakRssKb(app.pid()), "");
    } finally {
      app.destroy();
      if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  private static List<String> java(String classpath, List<String> jvmOptions, List<String> arguments) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "@" + Path.of("jvm.options").toAbsolutePath()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classpath, "vn.thiduakhenthuong.AwardsApplication"));
    command.addAll(arguments);
    return command;
  }

  /** The directory's files in a jar, with the directory entries that classpath scanning walks. */
  static Path jar(Path directory, Path jar) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(directory)) {
      paths = walk.filter(path -> !path.equals(directory)).sorted().toList();
    }
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Path path : paths) {
        String name = directory.relativize(path).toString().replace(File.separatorChar, '/');
        if (Files.isDirectory(path)) {
          out.putNextEntry(new JarEntry(name + "/"));
        } else {
          out.putNextEntry(new JarEntry(name));
          Files.copy(path, out);
        }
        out.closeEntry();
      }
    }
    return jar;
  }

  /** The dependency jars, as Maven wrote them for the benchmark. */
  static String dependencies(String classpathFile) throws IOException {
    return Files.readString(Path.of(classpathFile), StandardCharsets.UTF_8).trim();
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

  private StartupProbe() {}
}
