package vn.thiduakhenthuong.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import vn.thiduakhenthuong.council.Council;
import vn.thiduakhenthuong.decision.Decisions;
import vn.thiduakhenthuong.nomination.NominationFields;

/**
 * bpmn/README.md, the process owners' guide, lists every message, variable and element template there is; the
 * diagrams and tables it describes carry a version tag.
 */
class ProcessOwnerGuideTests {

  private static final Pattern NAME_IN_TABLE = Pattern.compile("^\\|\\s*`([^`]+)`", Pattern.MULTILINE);

  @Test
  void shouldListEveryMessageOfTheDiagrams() throws IOException {
    Set<String> messages = new TreeSet<>();
    try (Stream<Path> diagrams = Files.list(Path.of("bpmn"))) {
      for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher message = Pattern.compile("<bpmn:message id=\"[^\"]+\" name=\"([^\"]+)\"").matcher(Files.readString(diagram));
        while (message.find()) {
          messages.add(message.group(1));
        }
      }
    }
    assertThat(messages).contains("CouncilResult", "DecisionIssued", "ProvinceDecision", "Withdraw");
    assertThat(listed("MESSAGES")).isEqualTo(messages);
  }

  @Test
  void shouldListEveryVariableTheCodeReadsOrWrites() throws Exception {
    Set<String> variables = new TreeSet<>(NominationFields.NAMES);
    List<Field> fields = new ArrayList<>(List.of(Council.class.getFields()));
    fields.addAll(List.of(Decisions.class.getFields()));
    for (Field field : fields) {
      String name = field.getName();
      boolean id = name.startsWith("TASK_") || name.startsWith("BOUNDARY_") || name.endsWith("PROCESS")
          || name.equals("PROCESS_KEY") || name.endsWith("PREFIX") || name.endsWith("_COUNTER");
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class && !id) {
        variables.add((String) field.get(null));
      }
    }
    assertThat(listed("VARIABLES")).containsAll(variables);
  }

  @Test
  void shouldListEveryElementTemplate() throws IOException {
    Path folder = Path.of("bpmn", ".camunda", "element-templates");
    List<String> templates = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        new ObjectMapper().readTree(file.toFile()).forEach(template -> templates.add(template.get("name").asText()));
      }
    }
    assertThat(templates).isNotEmpty();
    assertThat(Files.readString(Path.of("bpmn", "README.md"))).contains(templates);
  }

  /**
   * Cockpit shows a definition's version tag beside its version number, and «null» when it has none: every process
   * and decision in bpmn/ carries one, and the guide tells process owners to raise it with each change.
   */
  @Test
  void shouldGiveEveryProcessAndDecisionAVersionTag() throws IOException {
    List<String> untagged = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.sorted().toList()) {
        if (file.toString().endsWith(".bpmn")) {
          for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
            if (isBlank(process.getCamundaVersionTag())) {
              untagged.add(file.getFileName() + ": " + process.getId());
            }
          }
        } else if (file.toString().endsWith(".dmn")) {
          for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
            if (isBlank(decision.getVersionTag())) {
              untagged.add(file.getFileName() + ": " + decision.getId());
            }
          }
        }
      }
    }
    assertThat(untagged).as("processes and decisions without a version tag").isEmpty();
    assertThat(Files.readString(Path.of("bpmn", "README.md"))).contains("*Version tag*");
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static Set<String> listed(String block) throws IOException {
    String guide = Files.readString(Path.of("bpmn", "README.md"));
    int start = guide.indexOf("<!-- " + block + " -->");
    int end = guide.indexOf("<!-- /" + block + " -->");
    assertThat(start).as(block + " block").isNotNegative();
    assertThat(end).as("end of " + block + " block").isGreaterThan(start);
    Set<String> names = new TreeSet<>();
    Matcher name = NAME_IN_TABLE.matcher(guide.substring(start, end));
    while (name.find()) {
      names.add(name.group(1));
    }
    return names;
  }
}
