package vn.thiduakhenthuong.nomination;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.DataMigration;
import vn.thiduakhenthuong.documents.Letters;

/**
 * The nominee's name of every nomination, folded (capitals, no accents: {@link #fold}), in our table
 * {@code nominee_search}, for «Theo dõi đề nghị»'s search ({@link FollowedQuery}). Vietnamese users often type a name
 * without its accents (no input method at hand, a phone, haste), and the engine's variable query compares
 * {@code UPPER(TEXT_) LIKE UPPER(?)}: «nguyen» would not find «Nguyễn». Folding the stored name in SQL instead
 * ({@code TRANSLATE} with every marked letter) took PostgreSQL 1.4-3.4 s at 100,000 nominations, against 0.5 s for
 * the engine's query; this table is a few megabytes, read whole in milliseconds.
 *
 * <p>Written from the engine's history events of the variable {@code nomineeName} of a {@code nomination}: the start,
 * a supplement's correction, an administrator's change in Cockpit, whatever sets it, in the engine's transaction, once the command's
 * checks passed (a refused start leaves no row, and a name it refuses never reaches the table). Two statements per
 * write at most, each by the primary key. Nominations made before the table are filled in by the
 * migration {@link Backfill}.
 */
public final class NomineeSearch implements HistoryEventHandler {

  static final String TABLE = "nominee_search";
  /** The length of the column {@code folded_name} (migration 6); a name is at most 200 characters. */
  static final int LONGEST = 1000;

  private final JdbcTemplate jdbc;

  NomineeSearch(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * {@code text} as the search compares it: in capitals, with no marks (accents as one letter or as combining marks,
   * đ as d).
   */
  public static String fold(String text) {
    return Letters.withoutAccents(text).toUpperCase(Locale.ROOT);
  }

  /** The escape character of {@link #containsPattern}: one character on every database, unlike the backslash. */
  public static final char ESCAPE = '!';

  /**
   * A name as it is kept for the search (here and in the award registry): folded, and cut to the column (a longer
   * name is refused, but by a later check).
   */
  public static String searchKey(String name) {
    String folded = fold(name);
    return folded.substring(0, Math.min(folded.length(), LONGEST));
  }

  /**
   * The {@code LIKE} pattern, with {@code ESCAPE '!'}, of a search key holding {@code part} (folded): the caller's
   * {@code %}, {@code _} and {@code !} are letters, not wildcards.
   */
  public static String containsPattern(String part) {
    String escape = String.valueOf(ESCAPE);
    return "%" + fold(part).replace(escape, escape + escape).replace("%", escape + "%").replace("_", escape + "_") + "%";
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity variable
        && NominationFields.NOMINEE_NAME.equals(variable.getVariableName())
        && Nomination.PROCESS_KEY.equals(variable.getProcessDefinitionKey())
        && variable.getProcessInstanceId() != null && variable.getProcessInstanceId().equals(variable.getExecutionId())
        && variable.getTaskId() == null && variable.getTextValue() != null
        && (HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName().equals(variable.getEventType())
            || HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName().equals(variable.getEventType()))) {
      // the nomination's own variable (not a step's of the same name); created again after an administrator
      // removed it, it replaces the row. Written when the command has done its work and its checks passed, just
      // before the engine writes its own rows: a name the start refuses (too long, a NUL) never reaches the table
      String processInstanceId = variable.getProcessInstanceId();
      String kept = searchKey(variable.getTextValue());
      Context.getCommandContext().registerCommandContextListener(new CommandContextListener() {
        @Override
        public void onCommandContextClose(CommandContext commandContext) {
          write(processInstanceId, kept);
        }

        @Override
        public void onCommandFailed(CommandContext commandContext, Throwable failure) {
          // nothing was written
        }
      });
    }
  }

  private void write(String processInstanceId, String folded) {
    if (jdbc.update("UPDATE " + TABLE + " SET folded_name = ? WHERE process_instance_id = ?", folded,
        processInstanceId) == 0) {
      jdbc.update("INSERT INTO " + TABLE + " (process_instance_id, folded_name) VALUES (?, ?)", processInstanceId,
          folded);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  /** Gives the engine this handler besides its own, which still writes every history event. */
  @Component
  static class Plugin extends AbstractProcessEnginePlugin {

    private final JdbcTemplate jdbc;

    Plugin(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
          : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
      handlers.add(new NomineeSearch(jdbc));
      configuration.setCustomHistoryEventHandlers(handlers);
      configuration.setEnableDefaultDbHistoryEventHandler(true);
    }
  }

  /** Migration 7: the folded names of the nominations made before the table (migration 6), from their history. */
  @Component
  static class Backfill extends DataMigration {

    Backfill() {
      super("7", "nominee search backfill", true);
    }

    /** Adds the rows the table lacks; returns how many. */
    @Override
    public int fill(Connection connection) throws SQLException {
      int added = 0;
      Set<String> seen = new HashSet<>();
      try (PreparedStatement names = connection.prepareStatement("SELECT V.PROC_INST_ID_, V.TEXT_ FROM ACT_HI_VARINST V "
          + "JOIN ACT_HI_PROCINST P ON P.ID_ = V.PROC_INST_ID_ WHERE V.NAME_ = ? AND P.PROC_DEF_KEY_ = ? "
          + "AND V.EXECUTION_ID_ = V.PROC_INST_ID_ AND V.TASK_ID_ IS NULL AND V.TEXT_ IS NOT NULL "
          + "AND (V.STATE_ IS NULL OR V.STATE_ <> 'DELETED') AND NOT EXISTS (SELECT 1 FROM " + TABLE + " N "
          + "WHERE N.process_instance_id = V.PROC_INST_ID_)");
          PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
              + " (process_instance_id, folded_name) VALUES (?, ?)")) {
        names.setString(1, NominationFields.NOMINEE_NAME);
        names.setString(2, Nomination.PROCESS_KEY);
        try (ResultSet rows = names.executeQuery()) {
          while (rows.next()) {
            if (!seen.add(rows.getString(1))) {
              continue;
            }
            insert.setString(1, rows.getString(1));
            insert.setString(2, searchKey(rows.getString(2)));
            insert.addBatch();
            if (++added % 500 == 0) {
              insert.executeBatch();
            }
          }
        }
        insert.executeBatch();
      }
      return added;
    }
  }
}
