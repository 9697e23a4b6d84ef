package vn.thiduakhenthuong.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two indexes on the engine's tables for Tasklist's queries (README, "Performance"), PostgreSQL only.
 * Made here, once the engine has built its schema, and not by a Flyway migration: our migrations may
 * run before the engine creates its tables.
 */
@Component
class TasklistIndexesPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TasklistIndexesPlugin.class);

  static final List<String> INDEXES = List.of(
      // «Quá hạn» (due before now) and any sort by due date: a range scan instead of reading every task
      "CREATE INDEX IF NOT EXISTS AWARDS_IDX_TASK_DUE ON %sACT_RU_TASK (DUE_DATE_)",
      // the authorization subquery of every task query (USER_ID_ IN (...) OR GROUP_ID_ IN (...)): with the
      // engine's index on GROUP_ID_, two index scans instead of reading the whole, ever-growing table
      "CREATE INDEX IF NOT EXISTS AWARDS_IDX_AUTH_USER ON %sACT_RU_AUTHORIZATION (USER_ID_)");

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
  }
}
