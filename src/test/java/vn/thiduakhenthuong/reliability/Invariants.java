package vn.thiduakhenthuong.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What must hold in the database, whatever crashed or ran twice: read straight from PostgreSQL, not
 * through the app. Each check returns a figure for the test's output.
 */
final class Invariants {

  private final JdbcTemplate jdbc;

  Invariants(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every confirmed action left its trace; returns how many were found. */
  int confirmedActionsFound(List<Journal.Entry> entries) {
    List<String> lost = new ArrayList<>();
    for (Journal.Entry entry : entries) {
      boolean found = switch (entry.kind()) {
        case STARTED -> count("SELECT count(*) FROM act_hi_procinst WHERE business_key_ = ?", entry.key()) == 1;
        case UPLOADED -> count("SELECT count(*) FROM award_document_link WHERE document_id = ? AND business_key = ?",
            Long.parseLong(entry.detail()), entry.key()) == 1;
        case COMPLETED -> completed(entry.detail());
        case SIGNED -> completed(entry.detail()) && numbered(entry.key(), "decisionNumber");
        case SUBMITTED -> completed(entry.detail()) && numbered(entry.key(), "provinceSubmissionNumber");
      };
      if (!found) {
        lost.add(entry.toString());
      }
    }
    assertThat(lost).as("confirmed to a user but not in the database").isEmpty();
    return entries.size() - lost.size();
  }

  private boolean numbered(String businessKey, String variable) {
    return count("SELECT count(*) FROM act_hi_varinst v JOIN act_hi_procinst p ON v.proc_inst_id_ = p.id_"
        + " WHERE p.business_key_ = ? AND v.name_ = ? AND v.text_ IS NOT NULL", businessKey, variable) == 1;
  }

  private boolean completed(String taskId) {
    return count("SELECT count(*) FROM act_hi_taskinst WHERE id_ = ? AND end_time_ IS NOT NULL"
        + " AND delete_reason_ = 'completed'", taskId) == 1;
  }

  /** No business key twice, and each prefix numbered 1..n this year without a gap; returns n per prefix. */
  Map<String, Integer> businessKeysGapFree(int year) {
    assertThat(jdbc.queryForList("SELECT business_key_ FROM act_hi_procinst WHERE business_key_ IS NOT NULL"
        + " GROUP BY business_key_ HAVING count(*) > 1", String.class)).as("duplicate business keys").isEmpty();
    assertThat(jdbc.queryForList("SELECT v.text_ FROM act_hi_varinst v JOIN act_hi_procinst p ON v.proc_inst_id_ = p.id_"
        + " WHERE p.proc_def_key_ = 'nomination' AND v.name_ = 'nomineeName' GROUP BY v.text_ HAVING count(*) > 1",
        String.class)).as("a nominee proposed twice").isEmpty();
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (String prefix : List.of("DN", "HD", "GK", "BK")) {
      List<Integer> numbers = jdbc.queryForList("SELECT business_key_ FROM act_hi_procinst WHERE business_key_ LIKE ?",
          String.class, prefix + "-" + year + "-%").stream().map(key -> Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)))
          .sorted().collect(Collectors.toList());
      assertThat(numbers).as(prefix + " numbers").isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
      assertThat(counter(prefix, year)).as(prefix + " counter").isEqualTo(numbers.size());
      counts.put(prefix, numbers.size());
    }
    return counts;
  }

  /** Decision numbers n/QĐ-... of signed decisions: 1..n, none twice, none skipped; returns n. */
  int decisionNumbersGapFree(int year) {
    return numbersGapFree("award-decision", "decisionNumber", "QD", year);
  }

  /** Tờ trình numbers n/TTr-... of signed submissions to the province: 1..n, none twice, none skipped; returns n. */
  int submissionNumbersGapFree(int year) {
    return numbersGapFree("province-submission", "provinceSubmissionNumber", "TTR", year);
  }

  private int numbersGapFree(String processKey, String variable, String counterName, int year) {
    List<Integer> numbers = jdbc.queryForList("SELECT v.text_ FROM act_hi_varinst v JOIN act_hi_procinst p"
        + " ON v.proc_inst_id_ = p.id_ WHERE p.proc_def_key_ = ? AND v.name_ = ? AND v.text_ IS NOT NULL", String.class,
        processKey, variable).stream()
        .map(number -> Integer.parseInt(number.substring(0, number.indexOf('/')))).sorted().collect(Collectors.toList());
    assertThat(numbers).as(variable + " values").isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    assertThat(counter(counterName, year)).as(counterName + " counter").isEqualTo(numbers.size());
    return numbers.size();
  }

  /** What the province decided on the Tờ trình: how many it was asked for and how many it awarded. */
  record ProvinceFigures(int submitted, int awarded) {}

  /**
   * For every Tờ trình the province decided: each nomination it awarded ended AWARDED with the province's
   * decision number and has exactly one registry row; each it did not award ended NOT_AWARDED_BY_PROVINCE
   * with none. No nomination that got the province's decision is still running.
   */
  ProvinceFigures provinceDecisionsRecorded() {
    int submitted = 0;
    int awardedCount = 0;
    for (Map<String, Object> submission : jdbc.queryForList("SELECT p.id_ AS id, d.text_ AS number FROM act_hi_procinst p"
        + " JOIN act_hi_varinst d ON d.proc_inst_id_ = p.id_ AND d.name_ = 'provinceDecisionNumber'"
        + " WHERE p.proc_def_key_ = 'province-submission' AND p.end_time_ IS NOT NULL")) {
      String id = (String) submission.get("id");
      List<String> proposed = jsonKeys(id, "submissionNominations");
      List<String> awarded = jsonKeys(id, "provinceAwardedNominations");
      assertThat(proposed).as("nominations of the Tờ trình " + id).isNotEmpty().containsAll(awarded);
      for (String key : proposed) {
        boolean isAwarded = awarded.contains(key);
        assertThat(jdbc.queryForList("SELECT o.text_ FROM act_hi_procinst p JOIN act_hi_varinst o ON o.proc_inst_id_ = p.id_"
            + " AND o.name_ = 'outcome' WHERE p.business_key_ = ? AND p.end_time_ IS NOT NULL", String.class, key))
            .as("outcome of " + key + ", ended").containsExactly(isAwarded ? "AWARDED" : "NOT_AWARDED_BY_PROVINCE");
        assertThat(jdbc.queryForList("SELECT decision_number FROM award_registry WHERE business_key = ?", String.class, key))
            .as("registry rows of " + key).isEqualTo(isAwarded ? List.of(submission.get("number")) : List.of());
      }
      submitted += proposed.size();
      awardedCount += awarded.size();
    }
    assertThat(jdbc.queryForList("SELECT p.business_key_ FROM act_hi_procinst p JOIN act_hi_actinst a"
        + " ON a.proc_inst_id_ = p.id_ AND a.act_id_ = 'Event_AwaitProvinceDecision' AND a.end_time_ IS NOT NULL"
        + " WHERE p.end_time_ IS NULL", String.class)).as("nominations still running after the province decided").isEmpty();
    assertThat(jdbc.queryForList("SELECT business_key FROM award_registry GROUP BY business_key HAVING count(*) > 1",
        String.class)).as("registry rows doubled").isEmpty();
    return new ProvinceFigures(submitted, awardedCount);
  }

  /** Nominations returned by the Office for supplement: each supplemented once, checked again and gone on. */
  int supplementedAndCheckedAgain() {
    List<String> returned = jdbc.queryForList("SELECT p.business_key_ FROM act_hi_taskinst t JOIN act_hi_procinst p"
        + " ON t.proc_inst_id_ = p.id_ WHERE t.task_def_key_ = 'Task_SupplementDossier'", String.class);
    for (String key : returned) {
      assertThat(count("SELECT count(*) FROM act_hi_taskinst t JOIN act_hi_procinst p ON t.proc_inst_id_ = p.id_"
          + " WHERE p.business_key_ = ? AND t.task_def_key_ = 'Task_SupplementDossier' AND t.delete_reason_ = 'completed'",
          key)).as("supplements of " + key).isOne();
      assertThat(count("SELECT count(*) FROM act_hi_taskinst t JOIN act_hi_procinst p ON t.proc_inst_id_ = p.id_"
          + " WHERE p.business_key_ = ? AND t.task_def_key_ = 'Task_CheckDossier' AND t.delete_reason_ = 'completed'",
          key)).as("checks of " + key + " (returned, then accepted)").isEqualTo(2);
    }
    assertThat(returned).as("a nomination returned twice").doesNotHaveDuplicates();
    return returned.size();
  }

  /** A Json list variable of a (historic) process instance, read from its stored bytes. */
  private List<String> jsonKeys(String processInstanceId, String name) {
    String json = jdbc.queryForObject("SELECT convert_from(b.bytes_, 'UTF8') FROM act_hi_varinst v"
        + " JOIN act_ge_bytearray b ON b.id_ = v.bytearray_id_ WHERE v.proc_inst_id_ = ? AND v.name_ = ?", String.class,
        processInstanceId, name);
    List<String> keys = new ArrayList<>();
    try {
      Api.JSON.readTree(json).forEach(key -> keys.add(key.asText()));
    } catch (java.io.IOException e) {
      throw new AssertionError(json, e);
    }
    return keys;
  }

  /**
   * The nominations that did not end AWARDED, each with its outcome, or where it still waits when it has
   * none: what a failed count of awards names.
   */
  List<String> notAwarded() {
    return jdbc.queryForList("SELECT p.business_key_ || ' ' || coalesce(o.text_, 'running at ' || coalesce((SELECT"
        + " string_agg(a.act_id_, ',') FROM act_hi_actinst a WHERE a.proc_inst_id_ = p.id_ AND a.end_time_ IS NULL), '?'))"
        + " || ' (' || coalesce(n.text_, '') || ')' FROM act_hi_procinst p"
        + " LEFT JOIN act_hi_varinst o ON o.proc_inst_id_ = p.id_ AND o.name_ = 'outcome'"
        + " LEFT JOIN act_hi_varinst n ON n.proc_inst_id_ = p.id_ AND n.name_ = 'nomineeName'"
        + " WHERE p.proc_def_key_ = 'nomination' AND (o.text_ IS NULL OR o.text_ <> 'AWARDED') ORDER BY 1", String.class);
  }

  /** One registry row per awarded nomination, with the nomination's decision number; returns the rows. */
  int registryMatchesAwards() {
    List<Map<String, Object>> awarded = jdbc.queryForList("SELECT p.business_key_ AS key, d.text_ AS number"
        + " FROM act_hi_procinst p JOIN act_hi_varinst o ON o.proc_inst_id_ = p.id_ AND o.name_ = 'outcome'"
        + " JOIN act_hi_varinst d ON d.proc_inst_id_ = p.id_ AND d.name_ = 'decisionNumber'"
        + " WHERE p.proc_def_key_ = 'nomination' AND o.text_ = 'AWARDED'");
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT business_key AS key, decision_number AS number FROM award_registry");
    assertThat(rows).as("registry rows = awarded nominations").containsExactlyInAnyOrderElementsOf(awarded);
    return rows.size();
  }

  /** Every running instance waits for something: a task, a job or a message/event subscription. */
  void nothingStuck() {
    assertThat(jdbc.queryForList("SELECT e.proc_inst_id_ FROM act_ru_execution e WHERE e.id_ = e.proc_inst_id_"
        + " AND NOT EXISTS (SELECT 1 FROM act_ru_task t WHERE t.proc_inst_id_ = e.id_)"
        + " AND NOT EXISTS (SELECT 1 FROM act_ru_job j WHERE j.process_instance_id_ = e.id_)"
        + " AND NOT EXISTS (SELECT 1 FROM act_ru_event_subscr s WHERE s.proc_inst_id_ = e.id_)", String.class))
        .as("running instances with no wait state").isEmpty();
    assertThat(count("SELECT count(*) FROM act_ru_incident")).as("incidents").isZero();
  }

  /** No job ran to success twice (two nodes, or a node and its restart); returns how many succeeded. */
  int jobsRanOnce() {
    assertThat(jdbc.queryForList("SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY job_id_"
        + " HAVING count(*) > 1", String.class)).as("jobs that succeeded twice").isEmpty();
    return count("SELECT count(*) FROM act_hi_job_log WHERE job_state_ = 2");
  }

  /** The check-overdue timer of a nomination waiting for the Office's check: its job id. */
  String overdueTimer(String businessKey) {
    return jdbc.queryForObject("SELECT j.id_ FROM act_ru_job j JOIN act_hi_procinst p ON j.process_instance_id_ = p.id_"
        + " WHERE p.business_key_ = ? AND j.handler_cfg_ LIKE 'BoundaryEvent_CheckOverdue%'", String.class, businessKey);
  }

  /** Moves a timer's due date into the past: it fell due (while the app was down, or just now). */
  void makeDue(String jobId) {
    assertThat(jdbc.update("UPDATE act_ru_job SET duedate_ = now() - interval '1 minute' WHERE id_ = ?", jobId)).isOne();
  }

  /** Waits until the timer is gone, then checks it fired once: one success, one overdue mark, the priority. */
  void overdueFiredOnce(String businessKey, String jobId) {
    long deadline = System.currentTimeMillis() + 90_000;
    while (count("SELECT count(*) FROM act_ru_job WHERE id_ = ?", jobId) > 0) {
      assertThat(System.currentTimeMillis()).as("timer " + jobId + " of " + businessKey + " fired").isLessThan(deadline);
      AppNode.sleep(200);
    }
    assertThat(count("SELECT count(*) FROM act_hi_job_log WHERE job_id_ = ? AND job_state_ = 2", jobId))
        .as("successful runs of the overdue timer of " + businessKey).isOne();
    assertThat(count("SELECT count(*) FROM act_hi_actinst a JOIN act_hi_procinst p ON a.proc_inst_id_ = p.id_"
        + " WHERE p.business_key_ = ? AND a.act_id_ = 'Task_MarkCheckOverdue' AND a.end_time_ IS NOT NULL", businessKey))
        .as("overdue marks of " + businessKey).isOne();
    assertThat(count("SELECT count(*) FROM act_ru_task t JOIN act_hi_procinst p ON t.proc_inst_id_ = p.id_"
        + " WHERE p.business_key_ = ? AND t.task_def_key_ = 'Task_CheckDossier' AND t.priority_ = 80", businessKey))
        .as("the check of " + businessKey + " moved up").isOne();
  }

  int counter(String name, int year) {
    Integer value = jdbc.queryForObject("SELECT coalesce(max(last_value), 0) FROM award_counter"
        + " WHERE counter_name = ? AND counter_year = ?", Integer.class, name, year);
    return value;
  }

  int count(String sql, Object... arguments) {
    return jdbc.queryForObject(sql, Integer.class, arguments);
  }
}
