package vn.thiduakhenthuong.identity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Four indexes (one replacing an earlier one) and one statistics object on the engine's tables for Tasklist's queries (README,
 * "Performance"), PostgreSQL only. Made here, once the engine has built its schema, and not by a Flyway
 * migration: our migrations may run before the engine creates its tables.
 */
@Component
class TasklistIndexesPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistIndexesPlugin.class);

  static final List<String> INDEXES = List.of(
      // «Quá hạn» (due before now) and any sort by due date: a range scan instead of reading every task
      "CREATE INDEX IF NOT EXISTS AWARDS_IDX_TASK_DUE ON %sACT_RU_TASK (DUE_DATE_)",
      // the authorization subquery of every task query (USER_ID_ IN (...) OR GROUP_ID_ IN (...)): with the
      // engine's index on GROUP_ID_, two index scans instead of reading the whole, ever-growing table
      "CREATE INDEX IF NOT EXISTS AWARDS_IDX_AUTH_USER ON %sACT_RU_AUTHORIZATION (USER_ID_)",
      // «Phiếu biểu quyết» (own tasks of one step, Task_CastBallot) and the counts of own tasks: an assignee's
      // tasks of one step found, and counted, from the index alone, without visiting the rows of the others
      "CREATE INDEX IF NOT EXISTS AWARDS_IDX_TASK_ASSIGNEE_KEY ON %sACT_RU_TASK (ASSIGNEE_, TASK_DEF_KEY_, PROC_DEF_ID_)"
          + " INCLUDE (ID_, TENANT_ID_, CASE_EXECUTION_ID_)",
      // its predecessor without the step (ASSIGNEE_, PROC_DEF_ID_): the one above serves every query it served
      "DROP INDEX IF EXISTS %sAWARDS_IDX_TASK_ASSIGNEE_DEF",
      // the authorization check of every task query probes, for each task, the grants on the task, on its
      // definition's key and on '*' (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')), then keeps those on tasks
      // (READ) or definitions (READ_TASK). The engine's index on RESOURCE_ID_ also returns every other kind
      // of grant on those ids (each task's grant on its history, the role groups' forty grants on '*'), which
      // were read and thrown away again for each task; this one holds only the grants on tasks and definitions
      "CREATE INDEX IF NOT EXISTS AWARDS_IDX_AUTH_TASK_RES ON %sACT_RU_AUTHORIZATION (RESOURCE_ID_)"
          + " WHERE RESOURCE_TYPE_ IN (" + Resources.PROCESS_DEFINITION.resourceType() + ", " + Resources.TASK.resourceType() + ")");

  /**
   * Every authorized task query filters the authorizations on {@code PERMS_ & 2 = 2} (READ on a task) or
   * {@code PERMS_ & 64 = 64} (READ_TASK on a definition). PostgreSQL has no statistics for a bitwise AND
   * and guesses that 0.5% of the rows pass, so it expects about 50 of a unit head's 10,000 per-task grants
   * and joins them to the tasks with a nested loop that compares every pair (100 million at 100,000 open
   * tasks). With statistics on the two expressions it probes the grants of each task by resource id.
   */
  static final String STATISTICS = "AWARDS_STAT_AUTH_PERMS";
  static final String CREATE_STATISTICS =
      "CREATE STATISTICS IF NOT EXISTS " + STATISTICS + " ON (PERMS_ & 2), (PERMS_ & 64) FROM %sACT_RU_AUTHORIZATION";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      return;
    }
    for (String index : INDEXES) {
      String sql = index.formatted(configuration.getDatabaseTablePrefix());
      try (Connection connection = configuration.getDataSource().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        // another node creating the same index at the same moment; queries only get slower without it
        LOG.warn("Index not created ({}): {}", sql, e.getMessage());
      }
    }
    createStatistics(configuration);
  }

  private static void createStatistics(ProcessEngineConfigurationImpl configuration) {
    String prefix = configuration.getDatabaseTablePrefix();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      boolean existed;
      try (ResultSet found = statement.executeQuery(
          "SELECT 1 FROM pg_statistic_ext WHERE stxname = '" + STATISTICS.toLowerCase(Locale.ROOT) + "'")) {
        existed = found.next();
      }
      if (!existed) {
        statement.execute(CREATE_STATISTICS.formatted(prefix));
        // fill them now, once; afterwards autovacuum keeps them current with the table
        statement.execute("ANALYZE " + prefix + "ACT_RU_AUTHORIZATION");
      }
    } catch (SQLException e) {
      // PostgreSQL before 14 (no statistics on expressions), or another node at the same moment
      LOG.warn("Statistics {} not created: {}", STATISTICS, e.getMessage());
    }
  }
}
