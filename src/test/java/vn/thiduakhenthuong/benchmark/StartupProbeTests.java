package vn.thiduakhenthuong.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe's jar of the app's classes: what the class-data archive and classpath scanning need. */
class StartupProbeTests {

  @Test
  void shouldJarEveryFileWithTheDirectoriesThatScanningWalks(@TempDir Path dir) throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes/vn/app"));
    Files.writeString(classes.resolve("A.class"), "a", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("classes/bpmn"));
    Files.writeString(dir.resolve("classes/bpmn/nomination.bpmn"), "<definitions/>", StandardCharsets.UTF_8);

    Path jar = StartupProbe.jar(dir.resolve("classes"), dir.resolve("app.jar"));

    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> names = Collections.list(file.entries()).stream().map(ZipEntry::getName).toList();
      assertThat(names).containsExactly("bpmn/", "bpmn/nomination.bpmn", "vn/", "vn/app/", "vn/app/A.class");
      assertThat(new String(file.getInputStream(file.getEntry("bpmn/nomination.bpmn")).readAllBytes(),
          StandardCharsets.UTF_8)).isEqualTo("<definitions/>");
    }
  }
}
