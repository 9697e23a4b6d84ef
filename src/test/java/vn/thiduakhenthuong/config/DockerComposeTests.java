package vn.thiduakhenthuong.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.thiduakhenthuong.AwardsApplication;

/**
 * No Docker engine runs here, so docker-compose.yml is kept right by reading it: the app service sets
 * exactly the variables the app reads, and they point at the compose file's own PostgreSQL.
 */
class DockerComposeTests {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)[:}]");

  @Test
  @SuppressWarnings("unchecked")
  void shouldSetTheVariablesTheAppReads() throws IOException {
    Map<String, Object> services = services();
    Map<String, Object> app = (Map<String, Object>) services.get("app");
    Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");
    Map<String, String> appEnv = (Map<String, String>) app.get("environment");
    Map<String, String> dbEnv = (Map<String, String>) postgres.get("environment");

    Set<String> read = variablesReadBy("application.yaml", "application-postgres.yaml");
    read.add("SPRING_PROFILES_ACTIVE");
    assertThat(read).containsAll(appEnv.keySet());
    assertThat(appEnv.keySet()).contains("DB_URL", "DB_USER", "DB_PASSWORD", "ADMIN_USER", "ADMIN_PASSWORD");

    assertThat(appEnv.get("SPRING_PROFILES_ACTIVE")).isEqualTo("postgres");
    assertThat(appEnv.get("DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + dbEnv.get("POSTGRES_DB"));
    assertThat(appEnv.get("DB_USER")).isEqualTo(dbEnv.get("POSTGRES_USER"));
    assertThat(appEnv.get("DB_PASSWORD")).isEqualTo(dbEnv.get("POSTGRES_PASSWORD"));
    assertThat(appEnv.get("ADMIN_PASSWORD")).as("no default password").contains(":?");
    assertThat((String) postgres.get("image")).isEqualTo("postgres:17");
    assertThat(app.get("build")).isEqualTo(".");
    assertThat(Files.exists(Path.of("Dockerfile"))).isTrue();
  }

  /** The JVM options live in jvm.options; the image, mvn spring-boot:run and the benchmark all read it. */
  @Test
  void shouldStartTheAppWithItsJvmOptionsEverywhere() throws IOException {
    List<String> options = Files.readAllLines(Path.of("jvm.options")).stream()
        .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    assertThat(options).contains("-XX:+UseSerialGC").allMatch(option -> option.startsWith("-"));
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertThat(dockerfile).contains("COPY jvm.options /app/jvm.options")
        .containsPattern("ENTRYPOINT \\[\"java\", [^\\]]*\"@/app/jvm.options\", \"-cp\"");
    String pom = Files.readString(Path.of("pom.xml"));
    assertThat(pom).contains("<jvmArguments>@${project.basedir}/jvm.options</jvmArguments>")
        .contains("<argLine>@${project.basedir}/jvm.options ${argLine}</argLine>");
  }

  /**
   * The image trains a class-data archive on the very classpath it runs, with its own JVM options, and starts
   * from it; the JVM checks the classpath, so a renamed jar or directory would silently lose the archive. The
   * classpath names the extracted jar and its libraries: with {@code java -jar} only the jar is on
   * {@code java.class.path} (its manifest names the libraries), Spring Boot then gives Tomcat none of the
   * libraries' {@code META-INF/resources}, and the webapps' plugin files answer 404: Tasklist and Cockpit never
   * leave their loading spinner (seen on 2 December 2026 with the jar extracted as here).
   */
  @Test
  void shouldStartTheImageFromTheClassDataArchiveItsBuildTrainedWithTheLibrariesOnTheClasspath() throws IOException {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    Matcher extract = Pattern.compile("-jar (\\S+) extract --destination (\\S+)").matcher(dockerfile);
    Matcher training = Pattern.compile("@/app/jvm.options -XX:ArchiveClassesAtExit=(\\S+)\\s*\\\\?\\s*"
        + "-cp \"([^\"]+)\" (\\S+)[^&]*--awards\\.startup\\.training=true").matcher(dockerfile);
    Matcher entrypoint = Pattern.compile("ENTRYPOINT \\[\"java\", [^\\]]*\"-XX:SharedArchiveFile=([^\"]+)\", "
        + "[^\\]]*\"-cp\", \"([^\"]+)\", \"([^\"]+)\"\\]").matcher(dockerfile);
    assertThat(extract.find()).as("the jar extracted").isTrue();
    assertThat(training.find()).as("a training start").isTrue();
    assertThat(entrypoint.find()).as("the entry point with the archive").isTrue();
    String extracted = extract.group(2);
    String extractedJar = extracted + "/" + Path.of(extract.group(1)).getFileName();
    assertThat(training.group(2)).isEqualTo(extractedJar + ":" + extracted + "/lib/*");
    assertThat(entrypoint.group(2)).isEqualTo(training.group(2));
    assertThat(entrypoint.group(3)).isEqualTo(training.group(3)).isEqualTo(AwardsApplication.class.getName());
    assertThat(entrypoint.group(1)).isEqualTo(training.group(1));
    assertThat(dockerfile).doesNotContain("-jar " + extractedJar).doesNotContain("\"-jar\"");
  }

  /** Two replicas on the one database, both with their job executor: each is a full node. */
  @Test
  @SuppressWarnings("unchecked")
  void shouldRunTwoReplicasOnTheSameDatabaseWithTheirJobExecutors() throws IOException {
    Map<String, Object> services = services();
    Map<String, Object> app = (Map<String, Object>) services.get("app");
    Map<String, Object> app2 = (Map<String, Object>) services.get("app2");

    assertThat(app2).as("a second replica").isNotNull();
    assertThat(app2.get("build")).isEqualTo(app.get("build"));
    assertThat(app2.get("environment")).as("same database, same settings").isEqualTo(app.get("environment"));
    assertThat(app2.get("depends_on")).isEqualTo(app.get("depends_on"));
    assertThat(app2.get("ports")).as("each on its own host port").isNotEqualTo(app.get("ports"));
    Set<String> variables = ((Map<String, String>) app.get("environment")).keySet();
    assertThat(variables).noneMatch(name -> name.contains("JOB_EXECUTION"));
    Map<String, Object> camunda = (Map<String, Object>) ((Map<String, Object>) new Yaml().<Map<String, Object>>load(
        Files.readString(Path.of("src/main/resources/application.yaml"))).get("camunda")).get("bpm");
    assertThat(((Map<String, Object>) camunda.get("job-execution")).get("enabled")).isEqualTo(true);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> services() throws IOException {
    Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    return (Map<String, Object>) compose.get("services");
  }

  private static Set<String> variablesReadBy(String... files) throws IOException {
    Set<String> names = new TreeSet<>();
    for (String file : files) {
      Matcher matcher = PLACEHOLDER.matcher(Files.readString(Path.of("src/main/resources", file)));
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }
}
