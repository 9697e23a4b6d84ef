package vn.thiduakhenthuong.registry;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thiduakhenthuong.config.DataMigration;
import vn.thiduakhenthuong.config.InsertIfAbsent;
import vn.thiduakhenthuong.nomination.NomineeSearch;

/**
 * The award registry (sổ theo dõi khen thưởng): written in the engine's transaction by the step that
 * grants the award, so a rolled-back step leaves no row, and a retried one finds its row and adds
 * none (one row per nomination, by a unique key).
 */
@Component
public class AwardRegistry {

  private static final String COLUMNS = "business_key, nominee_name, nominee_kind, nominee_title, unit_code, "
      + "unit_name, award_type, period, award_year, decision_number, decision_date, prize_amount, batch_id, document_id";

  private static final RowMapper<RegistryEntry> ROW = (row, n) -> new RegistryEntry(row.getString("business_key"),
      row.getString("nominee_name"), row.getString("nominee_kind"), row.getString("nominee_title"),
      row.getString("unit_code"), row.getString("unit_name"), row.getString("award_type"), row.getString("period"),
      row.getInt("award_year"), row.getString("decision_number"), row.getDate("decision_date").toLocalDate(),
      row.getLong("prize_amount"), row.getString("batch_id"), (Long) row.getObject("document_id", Long.class));

  /**
   * By year, decision date, then decision number as a number: {@code 9/QĐ-STNMT} before {@code 10/QĐ-STNMT}
   * (fewer digits before the slash first, then the text), then name. POSITION is read alike by H2 and PostgreSQL.
   */
  private static final String ORDER = "award_year, decision_date, POSITION('/' IN decision_number), decision_number, "
      + "nominee_name, business_key";

  /** Rows fetched at a time while a whole registry is read (a cursor on PostgreSQL). */
  public static final int FETCH_SIZE = 500;

  private final JdbcTemplate jdbc;
  private final JdbcTemplate cursor;
  private final InsertIfAbsent rows;
  private final TransactionTemplate readOnly;

  public AwardRegistry(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.cursor = new JdbcTemplate(jdbc.getDataSource());
    this.cursor.setFetchSize(FETCH_SIZE);
    this.rows = new InsertIfAbsent(jdbc, transactions);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** Records the award; false when the nomination already has its row (a retried step). */
  public boolean record(RegistryEntry e) {
    return rows.insert("INSERT INTO award_registry (" + COLUMNS
        + ", recorded_at, nominee_folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        e.businessKey(), e.nomineeName(), e.nomineeKind(), e.nomineeTitle(), e.unitCode(), e.unitName(),
        e.awardType(), e.period(), e.year(), e.decisionNumber(), Date.valueOf(e.decisionDate()), e.prizeAmount(),
        e.batchId(), e.documentId(), new Timestamp(ClockUtil.getCurrentTime().getTime()),
        NomineeSearch.searchKey(e.nomineeName()));
  }

  /** Rows matching every given criterion (null: any), in the registry's order (see ORDER). */
  public List<RegistryEntry> find(RegistryFilter filter) {
    List<RegistryEntry> rows = new ArrayList<>();
    forEach(filter, rows::add);
    return rows;
  }

  /**
   * The same rows handed one by one, {@value #FETCH_SIZE} in memory at a time, however large the
   * registry: a province's years of awards are listed and exported without holding them all.
   */
  public void forEach(RegistryFilter filter, Consumer<RegistryEntry> each) {
    List<Object> arguments = new ArrayList<>();
    String where = filter.where(arguments);
    String sql = "SELECT " + COLUMNS + " FROM award_registry" + where + " ORDER BY " + ORDER;
    // PostgreSQL's driver reads with a cursor only inside a transaction; otherwise it fetches every row first
    readOnly.executeWithoutResult(status -> cursor.query(sql,
        (RowCallbackHandler) row -> each.accept(ROW.mapRow(row, row.getRow())), arguments.toArray()));
  }

  /** Counts and money per unit and award type (the sơ kết / tổng kết tables). */
  public List<SummaryRow> summary(RegistryFilter filter) {
    List<Object> arguments = new ArrayList<>();
    String where = filter.where(arguments);
    return jdbc.query("SELECT unit_code, MAX(unit_name) AS unit_name, award_type, "
        + "SUM(CASE WHEN nominee_kind = 'COLLECTIVE' THEN 1 ELSE 0 END) AS collectives, "
        + "SUM(CASE WHEN nominee_kind = 'INDIVIDUAL' THEN 1 ELSE 0 END) AS individuals, "
        + "COUNT(*) AS awards, SUM(prize_amount) AS prize_total FROM award_registry" + where
        + " GROUP BY unit_code, award_type ORDER BY unit_code, award_type",
        (row, n) -> new SummaryRow(row.getString("unit_code"), row.getString("unit_name"), row.getString("award_type"),
            row.getInt("collectives"), row.getInt("individuals"), row.getInt("awards"), row.getLong("prize_total")),
        arguments.toArray());
  }

  /** The units that have awards in the registry, code to the name recorded with them. */
  public Map<String, String> units() {
    Map<String, String> units = new TreeMap<>();
    jdbc.query("SELECT unit_code, MAX(unit_name) AS unit_name FROM award_registry GROUP BY unit_code",
        (RowCallbackHandler) row -> units.put(row.getString("unit_code"), row.getString("unit_name")));
    return units;
  }

  /** Migration 10: the folded names (migration 9) of the rows recorded before. */
  @Component
  public static class Backfill extends DataMigration {

    public Backfill() {
      super("10", "registry nominee search backfill", false);
    }

    @Override
    public int fill(Connection connection) throws SQLException {
      int filled = 0;
      try (PreparedStatement names = connection.prepareStatement(
          "SELECT id, nominee_name FROM award_registry WHERE nominee_folded IS NULL");
          PreparedStatement update = connection.prepareStatement(
              "UPDATE award_registry SET nominee_folded = ? WHERE id = ?")) {
        try (ResultSet rows = names.executeQuery()) {
          while (rows.next()) {
            update.setString(1, NomineeSearch.searchKey(rows.getString(2)));
            update.setLong(2, rows.getLong(1));
            update.addBatch();
            if (++filled % FETCH_SIZE == 0) {
              update.executeBatch();
            }
          }
        }
        update.executeBatch();
      }
      return filled;
    }
  }

  public record SummaryRow(String unitCode, String unitName, String awardType, int collectives, int individuals,
      int awards, long prizeTotal) {}
}
