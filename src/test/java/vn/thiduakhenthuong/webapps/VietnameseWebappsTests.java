package vn.thiduakhenthuong.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese translation covers every key of the English file shipped in the Camunda webjar, so
 * a Camunda upgrade that adds keys fails here instead of showing English to our users.
 */
class VietnameseWebappsTests {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDERS = Pattern.compile("\\{\\{[^}]*}}");
  private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]",
      Pattern.CASE_INSENSITIVE);
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldTranslateEveryKeyOfTheShippedEnglishFile(String app) throws IOException {
    JsonNode english = read(app, "en");
    JsonNode vietnamese = read(app, "vi");

    assertThat(keys(vietnamese)).isEqualTo(keys(english));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldKeepPlaceholdersAndWriteVietnamese(String app) throws IOException {
    JsonNode english = read(app, "en").get("labels");
    JsonNode vietnamese = read(app, "vi").get("labels");
    List<String> broken = new ArrayList<>();
    int withDiacritics = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String translated = vietnamese.get(entry.getKey()).asText();
      if (!placeholders(entry.getValue().asText()).equals(placeholders(translated))) {
        broken.add(entry.getKey());
      }
      if (VIETNAMESE.matcher(translated).find()) {
        withDiacritics++;
      }
    }
    assertThat(broken).as("keys whose {{placeholders}} differ").isEmpty();
    assertThat(withDiacritics).as("labels written in Vietnamese").isGreaterThan(english.size() * 8 / 10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldOfferVietnameseFirstAndHideTheCamunda8Banner(String app) throws IOException {
    String config = text(APPS + app + "/scripts/config.js");
    String styles = text(APPS + app + "/styles/user-styles.css");

    assertThat(config).contains("availableLocales: ['vi', 'en', 'de']", "fallbackLocale: 'vi'");
    assertThat(styles).contains(".ce-eol-banner").contains("display: none");
  }

  /**
   * The four webapps share their footer, and say it in the same words: Cockpit wrote «Ngày và giờ được hiển thị…» and
   * «Được vận hành bởi…», Admin «Ngày giờ hiển thị…», where Tasklist and the welcome page say «Ngày giờ được hiển
   * thị…» and «Vận hành trên nền tảng…».
   */
  @ParameterizedTest
  @ValueSource(strings = {"CAM_WIDGET_FOOTER_TIMEZONE", "CAM_WIDGET_FOOTER_POWERED_BY"})
  void shouldWordTheFooterAlikeInEveryApp(String key) throws IOException {
    TreeSet<String> wordings = new TreeSet<>();
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      wordings.add(read(app, "vi").get("labels").get(key).asText());
    }

    assertThat(wordings).as(key).hasSize(1);
  }

  /**
   * A field without a value reads «(không có)», not a program's «null» (Cockpit's *_NULL keys: «ID phạm vi dữ liệu:
   * null» on every definition of ours, which have no tenant), the same words as custom/khong-co.js writes where
   * Camunda's templates hold «null».
   */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldSayNoValueInWords(String app) throws IOException {
    JsonNode labels = read(app, "vi").get("labels");
    List<String> bare = new ArrayList<>();
    labels.fields().forEachRemaining(e -> {
      if (e.getValue().asText().trim().equalsIgnoreCase("null")) {
        bare.add(e.getKey());
      }
    });

    assertThat(bare).as("labels that read «null»").isEmpty();
    if (app.equals("cockpit")) {
      assertThat(labels.get("PROCESS_DEFINITION_NULL").asText()).isEqualTo("(không có)");
      assertThat(text(APPS + "tasklist/custom/khong-co.js")).contains("NONE = '(không có)'");
    }
  }

  /**
   * The webapps speak to their users as the product's own pages, forms and mails do: «anh/chị», never «bạn» (the
   * Vietnamese of the webapps said «Bạn có chắc chắn…» 112 times).
   */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void shouldAddressUsersAsTheProductDoes(String app) throws IOException {
    Pattern you = Pattern.compile("(?<![\\p{L}\\p{M}])bạn(?![\\p{L}\\p{M}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    List<String> informal = new ArrayList<>();
    read(app, "vi").get("labels").fields().forEachRemaining(e -> {
      if (you.matcher(e.getValue().asText()).find()) {
        informal.add(e.getKey() + ": " + e.getValue().asText());
      }
    });

    assertThat(informal).as("labels that say «bạn»").isEmpty();
  }

  /**
   * Cockpit's words that are no locale keys (CockpitBrowserTests sees them translated): custom/thao-tac.js says them
   * as cockpit/locales/vi.json says the same things elsewhere, and Cockpit loads it and custom/bang-quyet-dinh.js.
   * Both look for Camunda's English, so an upgrade that rewords it fails here: the templates still write it, and
   * bang-quyet-dinh.js knows every hit policy the decision table viewer (dmn-js, in the webjar's lib/deps.js) lists.
   */
  @Test
  void shouldTranslateCockpitsWordsOutsideTheLocaleFile() throws IOException {
    JsonNode labels = read("cockpit", "vi").get("labels");
    String actions = text(APPS + "tasklist/custom/thao-tac.js");
    String decisionTables = text(APPS + "tasklist/custom/bang-quyet-dinh.js");
    for (String key : List.of("PLUGIN_VARIABLE_ACTION", "REPOSITORY_DEPLOYMENT_DOWNLOAD_DOWNLOAD", "VARIABLE_UPLOAD_UPLOAD",
        "DASHBOARD_TOGGLE_SECTION", "PLUGIN_JOBDEFINITION_TOOLTIP_SUSPENSION")) {
      assertThat(actions).as(key).contains(": '" + labels.get(key).asText() + "'");
    }
    assertThat(decisionTables).contains("Annotations: '" + labels.get("PLUGIN_INCIDENTS_TAB_ANNOTATION").asText() + "'");
    assertThat(text(APPS + "cockpit/scripts/config.js")).contains("'../tasklist/custom/thao-tac'",
        "'../tasklist/custom/bang-quyet-dinh'");

    String cockpit = text(APPS + "cockpit/camunda-cockpit-bootstrap.js");
    assertThat(cockpit).contains("title=\"zoom in\"", "title=\"zoom out\"", "title=\"reset zoom\"",
        "ng-if=\"editable.length\">\\n      Actions\\n", "\\n          Download\\n");
    assertThat(text("META-INF/resources/plugin/cockpit/app/plugin.js")).contains("uib-tooltip=\"Toggle this section\"",
        "title:\"Suspended Job Definition\"");
    String viewer = text("META-INF/resources/webjars/camunda/lib/deps.js");
    assertThat(viewer).contains("\"View DRD\"", "\"Hit policy:\"", "\"When\"", "\"Then\"", "\"And\"",
        "\"Annotations\"", "\"Input label: \"", "\"Input type\"", "\"Output label\"", "\"Definition name\"");
    Matcher policy = Pattern.compile("\\{label:\"([^\"]+)\",value:\\{hitPolicy:").matcher(viewer);
    List<String> policies = new ArrayList<>();
    while (policy.find()) {
      policies.add(policy.group(1));
    }
    assertThat(policies).hasSize(11).allSatisfy(label ->
        assertThat(decisionTables).containsAnyOf("\n  " + label + ": [", "\n  '" + label + "': ["));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void shouldNameDaysAndMonthsInVietnamese(String app) throws IOException {
    JsonNode dates = read(app, "vi").get("dateLocales");

    assertThat(dates.get("weekdays").get(1).asText()).isEqualTo("Thứ hai");
    assertThat(dates.get("months").get(11).asText()).isEqualTo("tháng 12");
    assertThat(dates.get("longDateFormat").get("L").asText()).isEqualTo("DD/MM/YYYY");
  }

  private JsonNode read(String app, String locale) throws IOException {
    return json.readTree(text(APPS + app + "/locales/" + locale + ".json").replace("\uFEFF", ""));
  }

  private static String text(String path) throws IOException {
    URL url = VietnameseWebappsTests.class.getClassLoader().getResource(path);
    assertThat(url).as(path).isNotNull();
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static TreeSet<String> keys(JsonNode node) {
    TreeSet<String> keys = new TreeSet<>();
    collect(node, "", keys);
    return keys;
  }

  private static void collect(JsonNode node, String prefix, TreeSet<String> keys) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> collect(e.getValue(), prefix + "/" + e.getKey(), keys));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), prefix + "[" + i + "]", keys);
      }
    } else {
      keys.add(prefix);
    }
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDERS.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    found.sort(null);
    return found;
  }
}
