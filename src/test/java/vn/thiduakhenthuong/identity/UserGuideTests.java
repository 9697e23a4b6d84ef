package vn.thiduakhenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The user guide (static/huong-dan/) names steps, processes and Tasklist filters as users read them. Each one it
 * names is marked: {@code <span class="buoc" data-process="nomination" data-step="Task_CheckDossier">}, {@code
 * <span class="quy-trinh" data-process="nomination">}, {@code <span class="bo-loc" data-filter="Việc của tôi">}. When a
 * process owner renames a step in Modeler, or a filter is renamed, this fails until the guide says the same. Lives
 * beside {@link RoleFilters}, whose filter names it reads. Also: each role has its section, and the Tasklist link opens no other.
 */
class UserGuideTests {

  static final Path GUIDE = Path.of("src/main/resources/static/huong-dan/index.html");
  /** Tasklist's link «Hướng dẫn», which opens the section of the user's role. */
  static final Path TASKLIST_LINK =
      Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/custom/huong-dan.js");
  /** The roles' sections, by their anchors. */
  static final List<String> SECTIONS =
      List.of("thu-truong-don-vi", "van-phong-so", "thanh-vien-hoi-dong", "thu-ky-hoi-dong", "giam-doc-so", "quan-tri");

  /** The deployed diagrams, by process key (the process's id), with the file each was read from. */
  private static final Map<String, BpmnModelInstance> DIAGRAMS = new LinkedHashMap<>();
  private static final Map<String, Path> FILES = new LinkedHashMap<>();
  private static Document guide;

  @BeforeAll
  static void read() throws IOException {
    assertThat(GUIDE).as("the user guide").exists();
    guide = Jsoup.parse(GUIDE.toFile(), "UTF-8");
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          DIAGRAMS.put(process.getId(), model);
          FILES.put(process.getId(), file);
        }
      }
    }
  }

  @Test
  void shouldNameEveryMarkedStepAsItsDiagramDoes() {
    assertThat(guide.select(".buoc")).as("steps marked in " + GUIDE).hasSizeGreaterThan(20);
    assertThat(misnamed(".buoc", "data-step")).as("steps of " + GUIDE + " that their diagram names otherwise: change the guide")
        .isEmpty();
  }

  @Test
  void shouldNameEveryMarkedProcessAsItsDiagramDoes() {
    assertThat(guide.select(".quy-trinh")).as("processes marked in " + GUIDE).hasSize(4);
    assertThat(misnamed(".quy-trinh", "data-process"))
        .as("processes of " + GUIDE + " that their diagram names otherwise: change the guide").isEmpty();
  }

  /**
   * The elements matching {@code selector} whose text is not the name of the element of the diagram of their {@code
   * data-process} that their attribute {@code idAttribute} identifies (a process is identified by its key).
   */
  private static List<String> misnamed(String selector, String idAttribute) {
    List<String> wrong = new ArrayList<>();
    for (Element marked : guide.select(selector)) {
      String process = marked.attr("data-process");
      String id = marked.attr(idAttribute);
      BpmnModelInstance model = DIAGRAMS.get(process);
      ModelElementInstance element = model == null ? null : model.getModelElementById(id);
      String name = element == null ? null : shown(element.getAttributeValue("name"));
      if (element == null) {
        wrong.add("«" + marked.text() + "»: no element " + id + " in the process «" + process + "» of bpmn/");
      } else if (!marked.text().equals(name)) {
        wrong.add(id + ": the guide says «" + marked.text() + "», " + FILES.get(process) + " names it «" + name + "»");
      }
    }
    return wrong;
  }

  @Test
  void shouldNameEveryMarkedFilterAsTasklistShowsIt() {
    List<Element> filters = guide.select(".bo-loc");
    List<String> wrong = new ArrayList<>();
    for (Element filter : filters) {
      if (!RoleFilters.names().contains(filter.attr("data-filter")) || !filter.text().equals(filter.attr("data-filter"))) {
        wrong.add("«" + filter.text() + "» (data-filter «" + filter.attr("data-filter") + "»)");
      }
    }
    assertThat(filters).extracting(filter -> filter.attr("data-filter")).as("filters marked in " + GUIDE)
        .containsAll(RoleFilters.names());
    assertThat(wrong).as("filters of " + GUIDE + " that RoleFilters does not create (" + RoleFilters.names()
        + "): change the guide").isEmpty();
  }

  @Test
  void shouldHaveASectionOfNumberedStepsForEveryRole() {
    for (String section : SECTIONS) {
      assertThat(guide.select("section#" + section + " ol > li")).as("the numbered steps of #" + section).isNotEmpty();
    }
    for (Element link : guide.select("a[href^=#]")) {
      assertThat(guide.getElementById(link.attr("href").substring(1))).as("the target of " + link).isNotNull();
    }
  }

  @Test
  void shouldHaveEverySectionTheTasklistLinkOpens() throws IOException {
    Matcher section = Pattern.compile("'([a-z-]+)'\\]").matcher(Files.readString(TASKLIST_LINK));
    List<String> opened = new ArrayList<>();
    while (section.find()) {
      opened.add(section.group(1));
    }
    assertThat(opened).as("the sections " + TASKLIST_LINK + " opens").isNotEmpty();
    assertThat(SECTIONS).containsAll(opened);
  }

  @Test
  void shouldLoadNothingFromElsewhere() {
    for (Element resource : guide.select("link[href], script[src], img[src], a[href]")) {
      String address = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
      assertThat(address).as(resource.toString()).doesNotContain("//").doesNotStartWith("http");
    }
    assertThat(guide.select("script:not([src]), [style]")).as("inline scripts and styles, which the pages' policy refuses")
        .isEmpty();
    assertThat(guide.select("html").attr("lang")).isEqualTo("vi");
  }

  /** A name as a page shows it: Modeler keeps a line break typed into a name, the page a space. */
  private static String shown(String name) {
    return name == null ? null : name.replaceAll("\\s+", " ").trim();
  }
}
