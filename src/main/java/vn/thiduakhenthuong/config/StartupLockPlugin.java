package vn.thiduakhenthuong.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Replicas starting at the same moment on one PostgreSQL take turns from the engine's schema to the
 * last setup step (role groups, deployment, demo data, first administrator): on an empty database both
 * would create the engine's tables and one would fail, and their setup steps would race each other.
 * A PostgreSQL advisory lock, held on a connection of its own from before the schema check until this
 * plugin, the last one, has run; a node that dies while holding it frees it with its connection.
 * H2 (one process only) needs none.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class StartupLockPlugin extends AbstractProcessEnginePlugin {

  /** Any fixed number; "awards" in ASCII. */
  static final long LOCK_KEY = 0x617761726473L;

  private static final Logger LOG = LoggerFactory.getLogger(StartupLockPlugin.class);

  private final DataSource dataSource;
  private Connection held;

  public StartupLockPlugin(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      if (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
        LOG.info("Another node is starting on this database; waiting until it has finished");
        call(connection, "SELECT pg_advisory_lock(?) IS NULL");
      }
      held = connection;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the startup lock", e);
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    if (held == null) {
      return;
    }
    try (Connection connection = held) {
      call(connection, "SELECT pg_advisory_unlock(?)");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot release the startup lock", e);
    } finally {
      held = null;
    }
  }

  private static boolean call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, LOCK_KEY);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getBoolean(1);
      }
    }
  }
}
