package vn.thiduakhenthuong.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Volume for the benchmark by cloning rows that the engine and the app wrote: a template set of
 * process instances (made through the engine, as the app makes them) is copied inside PostgreSQL with
 * {@code INSERT … SELECT}, row by row of every table that belongs to those instances, so that nothing
 * passes through Java. Each copy {@code n} maps every reference to a template row consistently: an id
 * keeps its length and form, its last 12 characters (the node of the engine's time-based UUIDs, the
 * same in every id the engine makes) replaced by a marker digit and {@code n} in hexadecimal, so it
 * can equal no id of the engine (activity instance ids already reach 60 of the 64 characters a column
 * holds, so nothing can be appended); business keys {@code DN-<year>-<seq>} take fresh numbers after the yearly
 * counter (which is moved on), the app's numeric ids are shifted past the table's largest, and times
 * move back {@code n × spacing} (due dates stay, so no cloned timer fires early). Which columns hold
 * references is read from the template rows themselves: a column is mapped where its values are ids
 * of template rows (or template business keys). Values inside serialized variables (Json lists of
 * keys) and decision numbers keep the template's text.
 */
final class VolumeBuilder {

  /** Engine tables in insert order (foreign keys), each with the rows that belong to the template. */
  private static final Map<String, String> ENGINE = new LinkedHashMap<>();
  static {
    ENGINE.put("act_ge_bytearray", "root_proc_inst_id_ IN (SELECT id FROM vb_roots) OR id_ IN (SELECT id FROM vb_blobs)");
    ENGINE.put("act_ru_execution", "proc_inst_id_ IN (SELECT id FROM vb_procs)");
    ENGINE.put("act_ru_task", "proc_inst_id_ IN (SELECT id FROM vb_procs)");
    ENGINE.put("act_ru_variable", "proc_inst_id_ IN (SELECT id FROM vb_procs)");
    ENGINE.put("act_ru_identitylink", "task_id_ IN (SELECT id_ FROM act_ru_task WHERE proc_inst_id_ IN (SELECT id FROM vb_procs))");
    ENGINE.put("act_ru_event_subscr", "proc_inst_id_ IN (SELECT id FROM vb_procs)");
    ENGINE.put("act_ru_job", "process_instance_id_ IN (SELECT id FROM vb_procs)");
    ENGINE.put("act_ru_incident", "proc_inst_id_ IN (SELECT id FROM vb_procs)");
    ENGINE.put("act_ru_ext_task", "proc_inst_id_ IN (SELECT id FROM vb_procs)");
    for (String history : List.of("procinst", "actinst", "taskinst", "varinst", "detail", "identitylink", "op_log",
        "job_log", "incident", "decinst", "dec_in", "dec_out", "comment", "attachment", "ext_task_log")) {
      ENGINE.put("act_hi_" + history, "root_proc_inst_id_ IN (SELECT id FROM vb_roots)");
    }
    // per-instance and per-task grants (the unit's group, the assignee); needs the template's ids first
    ENGINE.put("act_ru_authorization", "resource_id_ IN (SELECT id FROM vb_ids)");
  }

  /** The app's own tables (Flyway) with rows per nomination, session or batch, in insert order. */
  private static final Map<String, String> APP = new LinkedHashMap<>();
  static {
    APP.put("award_document", "id IN (SELECT document_id FROM award_document_link WHERE business_key IN (SELECT old FROM vb_keys))");
    APP.put("award_document_link", "document_id IN (SELECT id FROM vb_src_award_document)");
    APP.put("award_registry", "business_key IN (SELECT old FROM vb_keys)");
    APP.put("council_reservation", "business_key IN (SELECT old FROM vb_keys)");
    APP.put("council_ballot", "session_id IN (SELECT old FROM vb_keys)");
    APP.put("council_tally", "session_id IN (SELECT old FROM vb_keys)");
    APP.put("award_batch_reservation", "business_key IN (SELECT old FROM vb_keys)");
    APP.put("notification_outbox", "business_key IN (SELECT old FROM vb_keys)");
    APP.put("nominee_search", "process_instance_id IN (SELECT id FROM vb_procs)");
  }

  /** The app's generated numeric ids: column → the table whose largest id shifts it. */
  private static final Map<String, String> NUMERIC_IDS = Map.of(
      "award_document.id", "award_document", "award_document_link.document_id", "award_document",
      "award_registry.document_id", "award_document", "award_registry.id", "award_registry",
      "notification_outbox.id", "notification_outbox");

  /** How far back each copy's times move per copy number: 1,000 copies span about 3.5 days. */
  static final long SPACING_SECONDS = 300;

  /** Characters at the end of an id that a copy replaces: the node of the engine's time-based UUIDs. */
  private static final int ID_TAIL = 12;

  /** Template instances: root process instance ids, as the engine made them. */
  record Template(String name, List<String> rootIds) {}

  /** What one build inserted, per table, and how long it took. */
  record Built(int firstCopy, int copies, Map<String, Long> rows, Map<String, Double> secondsPerTable, double seconds) {
    long rows(String table) {
      return rows.getOrDefault(table, 0L);
    }
  }

  private final DataSource dataSource;
  private final long spacingSeconds;
  /** The largest of each app table's ids before a build. */
  private final Map<String, Long> largest = new LinkedHashMap<>();
  /** The first hex digit of a copy's id tail: one the engine's node does not start with. */
  private char marker;

  /** @param spacingSeconds how far back each copy's times move per copy number */
  VolumeBuilder(DataSource dataSource, long spacingSeconds) {
    this.dataSource = dataSource;
    this.spacingSeconds = spacingSeconds;
  }

  /** Adds {@code copies} copies of the template, in one transaction; then analyzes the tables. */
  Built copy(Template template, int copies) throws SQLException {
    if (copies <= 0 || template.rootIds().isEmpty()) {
      return new Built(0, 0, Map.of(), Map.of(), 0);
    }
    long start = System.nanoTime();
    Map<String, Long> rows = new LinkedHashMap<>();
    Map<String, Double> secondsPerTable = new LinkedHashMap<>();
    int first;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement sql = connection.createStatement()) {
        sql.execute("SET LOCAL maintenance_work_mem = '256MB'");
        String firstRoot = template.rootIds().get(0);
        marker = firstRoot.charAt(firstRoot.length() - ID_TAIL) == 'c' ? 'd' : 'c';
        first = 1 + copiesMade(connection, firstRoot);
        collect(connection, sql, template.rootIds(), first);
        for (Map.Entry<String, String> table : all().entrySet()) {
          long tableStart = System.nanoTime();
          rows.put(table.getKey(), insert(connection, sql, table.getKey(), first, first + copies - 1));
          secondsPerTable.put(table.getKey(), (System.nanoTime() - tableStart) / 1e9);
        }
        // the yearly counters move past the keys taken, the identities past the ids taken
        sql.executeUpdate("UPDATE award_counter c SET last_value = last_value + " + copies + " * k.step"
            + " FROM (SELECT prefix, year, max(step) AS step FROM vb_keys GROUP BY prefix, year) k"
            + " WHERE c.counter_name = k.prefix AND c.counter_year = k.year");
        for (String table : List.of("award_document", "award_registry", "notification_outbox")) {
          sql.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT max(id) FROM " + table
              + ")) WHERE EXISTS (SELECT 1 FROM " + table + ")");
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
      connection.setAutoCommit(true);
      try (Statement sql = connection.createStatement()) {
        // as autovacuum would soon after a load this large: the planner must know the new sizes
        sql.execute("ANALYZE " + String.join(", ", all().keySet()));
      }
    }
    return new Built(first, copies, rows, secondsPerTable, (System.nanoTime() - start) / 1e9);
  }

  private static Map<String, String> all() {
    Map<String, String> all = new LinkedHashMap<>(ENGINE);
    all.putAll(APP);
    return all;
  }

  /** Copies already made of this template: clones of its first instance in history. */
  private static int copiesMade(Connection connection, String firstRoot) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT count(*) FROM act_hi_procinst WHERE id_ LIKE ? AND id_ <> ?")) {
      query.setString(1, firstRoot.substring(0, firstRoot.length() - ID_TAIL) + "%");
      query.setString(2, firstRoot);
      try (ResultSet result = query.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  /** The template's instances, keys, ids and rows, as temporary tables dropped at commit. */
  private void collect(Connection connection, Statement sql, List<String> roots, int first) throws SQLException {
    for (String table : NUMERIC_IDS.values()) {
      largest.put(table, single(sql, "SELECT coalesce(max(id), 0) FROM " + table));
    }
    sql.execute("CREATE TEMP TABLE vb_roots (id varchar(64) PRIMARY KEY) ON COMMIT DROP");
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO vb_roots VALUES (?)")) {
      for (String root : roots) {
        insert.setString(1, root);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    sql.execute("CREATE TEMP TABLE vb_procs ON COMMIT DROP AS SELECT id_ AS id, business_key_ AS key"
        + " FROM act_hi_procinst WHERE root_proc_inst_id_ IN (SELECT id FROM vb_roots)");
    // a key DN-2026-0007 of copy n becomes DN-2026-<last value + (n - first) × keys of that year + rank>
    sql.execute("CREATE TEMP TABLE vb_keys ON COMMIT DROP AS"
        + " SELECT t.key AS old, t.prefix, t.year, t.prefix || '-' || t.year || '-' AS head, count(*) OVER w AS step,"
        + " coalesce(c.last_value, 0) + row_number() OVER (w ORDER BY t.key) - " + first + " * count(*) OVER w AS base"
        + " FROM (SELECT key, split_part(key, '-', 1) AS prefix, split_part(key, '-', 2)::int AS year FROM vb_procs"
        + "   WHERE key ~ '^[A-Z]+-[0-9]{4}-[0-9]+$') t"
        + " LEFT JOIN award_counter c ON c.counter_name = t.prefix AND c.counter_year = t.year"
        + " WINDOW w AS (PARTITION BY t.prefix, t.year)");
    sql.execute("ALTER TABLE vb_keys ADD PRIMARY KEY (old)");
    sql.execute("CREATE TEMP TABLE vb_blobs ON COMMIT DROP AS"
        + " SELECT bytearray_id_ AS id FROM act_ru_variable WHERE proc_inst_id_ IN (SELECT id FROM vb_procs) AND bytearray_id_ IS NOT NULL"
        + " UNION SELECT exception_stack_id_ FROM act_ru_job WHERE process_instance_id_ IN (SELECT id FROM vb_procs)"
        + "   AND exception_stack_id_ IS NOT NULL");
    sql.execute("CREATE TEMP TABLE vb_ids (id varchar(255) PRIMARY KEY) ON COMMIT DROP");
    for (Map.Entry<String, String> table : all().entrySet()) {
      String name = table.getKey();
      sql.execute("CREATE TEMP TABLE vb_src_" + name + " ON COMMIT DROP AS SELECT * FROM " + name
          + " WHERE " + table.getValue());
      if (ENGINE.containsKey(name)) {
        sql.execute("INSERT INTO vb_ids SELECT id_ FROM vb_src_" + name + " ON CONFLICT DO NOTHING");
        // ids that name no row of their own: operations of the user operation log, executed jobs
        for (String column : columns(connection, name).keySet()) {
          if (column.equals("operation_id_") || column.equals("job_id_")) {
            sql.execute("INSERT INTO vb_ids SELECT DISTINCT " + column + " FROM vb_src_" + name + " WHERE " + column
                + " IS NOT NULL ON CONFLICT DO NOTHING");
          }
        }
      }
    }
  }

  /**
   * Inserts copies first..last of one table's template rows; returns the rows inserted. When the table
   * at least doubles, its secondary indexes (those behind no constraint) are dropped first and built
   * again after, in the same transaction: one sort per index instead of millions of single inserts
   * into up to 15 of them (the result is the same).
   */
  private long insert(Connection connection, Statement sql, String table, int first, int last) throws SQLException {
    Map<String, String> columns = columns(connection, table);
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, String> column : columns.entrySet()) {
      values.add(mapped(sql, table, column.getKey(), column.getValue(), first));
    }
    long adding = single(sql, "SELECT count(*) FROM vb_src_" + table) * (last - first + 1);
    if (adding == 0) {
      return 0;
    }
    List<String> rebuild = adding >= single(sql, "SELECT count(*) FROM " + table) ? secondaryIndexes(sql, table) : List.of();
    for (String index : rebuild) {
      sql.execute("DROP INDEX " + index.replaceAll("^CREATE (UNIQUE )?INDEX (\\S+) .*$", "$2"));
    }
    long inserted = sql.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", columns.keySet()) + ") SELECT "
        + String.join(", ", values) + " FROM vb_src_" + table + " s CROSS JOIN generate_series(" + first + ", " + last
        + ") AS n");
    for (String index : rebuild) {
      sql.execute(index);
    }
    return inserted;
  }

  /** The definitions of a table's indexes that back no constraint (primary key, unique, ...). */
  private static List<String> secondaryIndexes(Statement sql, String table) throws SQLException {
    List<String> indexes = new ArrayList<>();
    try (ResultSet result = sql.executeQuery("SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i"
        + " WHERE i.indrelid = '" + table + "'::regclass"
        + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)")) {
      while (result.next()) {
        indexes.add(result.getString(1));
      }
    }
    return indexes;
  }

  /** The expression giving copy n's value of a column. */
  private String mapped(Statement sql, String table, String column, String type, int first) throws SQLException {
    String value = "s." + column;
    String numericBase = NUMERIC_IDS.get(table + "." + column);
    if (numericBase != null) {
      return value + " + (n - " + (first - 1) + ") * " + largest.get(numericBase) + "::bigint";
    }
    if (type.startsWith("timestamp")) {
      boolean keep = column.contains("due") || column.contains("follow_up") || column.contains("lock_exp")
          || column.contains("removal") || column.contains("next_attempt");
      return keep ? value : value + " - make_interval(secs => n * " + spacingSeconds + "::double precision)";
    }
    if (!type.equals("character varying") && !type.equals("text")) {
      return value;
    }
    long nonNull = single(sql, "SELECT count(" + value + ") FROM vb_src_" + table + " s");
    long ids = single(sql, "SELECT count(*) FROM vb_src_" + table + " s JOIN vb_ids i ON i.id = " + value);
    if (ids > 0) {
      // every value a template id: append; some: only those
      String copy = "left(" + value + ", -" + ID_TAIL + ") || '" + marker + "' || lpad(to_hex(n), " + (ID_TAIL - 1) + ", '0')";
      return ids == nonNull ? copy : "CASE WHEN " + value + " IN (SELECT id FROM vb_ids) THEN " + copy + " ELSE " + value + " END";
    }
    long keys = single(sql, "SELECT count(*) FROM vb_src_" + table + " s JOIN vb_keys k ON k.old = " + value);
    if (keys > 0) {
      return "coalesce((SELECT k.head || CASE WHEN k.base + n * k.step < 10000 THEN lpad((k.base + n * k.step)::text, 4, '0')"
          + " ELSE (k.base + n * k.step)::text END FROM vb_keys k WHERE k.old = " + value + "), " + value + ")";
    }
    return value;
  }

  private static long single(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  /** A table's columns and their types, in order. */
  private static Map<String, String> columns(Connection connection, String table) throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT column_name, data_type FROM information_schema.columns"
        + " WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
      query.setString(1, table);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          columns.put(result.getString(1), result.getString(2));
        }
      }
    }
    if (columns.isEmpty()) {
      throw new IllegalStateException("no table " + table);
    }
    return columns;
  }

  /** Rows per table (for checks and reports). */
  static Map<String, Long> counts(DataSource dataSource, Collection<String> tables) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
      for (String table : tables) {
        counts.put(table, single(sql, "SELECT count(*) FROM " + table));
      }
    }
    return counts;
  }

  static List<String> tables() {
    return List.copyOf(all().keySet());
  }
}
