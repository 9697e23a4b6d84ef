package vn.thiduakhenthuong.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs bad requests one by one and records, for each, whether it was answered 4xx with a JSON body
 * whose {@code message} is Vietnamese, and whether the database is exactly as before (row count and
 * content of every table a request could write to). Failures are collected, not thrown, so one run
 * shows them all.
 */
final class BadInputSweep {

  /** Tables a start, completion, message or /api call writes to: the engine's and ours (db/migration). */
  static final List<String> TABLES = List.of("act_ru_execution", "act_ru_task", "act_ru_variable",
      "act_ru_event_subscr", "act_ru_authorization", "act_ru_identitylink", "act_hi_procinst", "act_hi_taskinst",
      "act_hi_varinst", "act_hi_detail", "act_hi_actinst", "act_hi_comment", "act_ge_bytearray",
      "award_counter", "council_reservation", "council_ballot", "council_tally", "award_document",
      "award_document_link", "award_batch_reservation", "award_registry", "notification_outbox",
      "notification_opt_out", "nominee_search");
  /** Rows the job executor may lock while we look: counted, not compared by content. */
  static final List<String> COUNTED = List.of("act_ru_job");

  private static final Pattern VIETNAMESE = Pattern.compile(
      "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE);
  private static final List<String> ENGLISH = List.of("Exception", "ENGINE-", "Cannot", "cannot", "does not",
      "not found", "Unsupported", "null");

  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private final List<String> failures = new ArrayList<>();
  private int cases;
  private int vietnamese4xx;
  private int halfWritten;

  BadInputSweep(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  private void fail(String failure) {
    failures.add(failure);
    System.out.println("BAD INPUT NOT REFUSED: " + failure);
  }

  /** One bad request: 4xx in Vietnamese, nothing written. */
  void refused(String name, Supplier<ResponseEntity<String>> request) {
    cases++;
    Map<String, String> before = snapshot();
    ResponseEntity<String> answer;
    try {
      answer = request.get();
    } catch (RuntimeException failed) {
      fail(name + ": the request failed: " + failed);
      return;
    }
    Map<String, String> after = snapshot();
    List<String> changed = changed(before, after);
    if (!changed.isEmpty()) {
      halfWritten++;
      fail(name + ": wrote to " + changed + " (answered " + answer.getStatusCode().value() + ")");
    }
    String problem = problem(answer);
    if (problem == null) {
      vietnamese4xx++;
    } else {
      fail(name + ": " + problem);
    }
  }

  /** Why the answer is not a 4xx with a Vietnamese message, or null when it is. */
  String problem(ResponseEntity<String> answer) {
    int status = answer.getStatusCode().value();
    String body = answer.getBody() == null ? "" : answer.getBody();
    if (status < 400 || status > 499) {
      return "answered " + status + " " + shorten(body);
    }
    String message;
    try {
      JsonNode node = json.readTree(body);
      message = node == null || node.get("message") == null ? null : node.get("message").asText();
    } catch (Exception notJson) {
      return "answered " + status + " without a JSON body: " + shorten(body);
    }
    if (message == null) {
      return "answered " + status + " without a message: " + shorten(body);
    }
    if (!VIETNAMESE.matcher(message).find() || ENGLISH.stream().anyMatch(message::contains)) {
      return "answered " + status + " not in Vietnamese: " + shorten(message);
    }
    return null;
  }

  Map<String, String> snapshot() {
    Map<String, String> state = new LinkedHashMap<>();
    for (String table : TABLES) {
      state.put(table, jdbc.queryForObject("SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' "
          + "ORDER BY t::text)), '') FROM " + table + " t", String.class));
    }
    for (String table : COUNTED) {
      state.put(table, String.valueOf(jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class)));
    }
    return state;
  }

  private static List<String> changed(Map<String, String> before, Map<String, String> after) {
    return before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table))).toList();
  }

  List<String> failures() {
    return failures;
  }

  String summary() {
    return "Bad input sweep: " + cases + " cases, " + vietnamese4xx + " answered 4xx in Vietnamese, "
        + halfWritten + " half-written";
  }

  int cases() {
    return cases;
  }

  private static String shorten(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
