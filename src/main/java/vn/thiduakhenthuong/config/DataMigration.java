package vn.thiduakhenthuong.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration (a Spring bean, which Spring Boot hands to Flyway) that completes rows the engine wrote before a
 * change of ours, once, in Flyway's transaction. On a new database Flyway may run before the engine has made its
 * tables: then a migration of the engine's rows ({@code engineRows}) has nothing to complete. The engine's tables are
 * named without a prefix, as the app configures the engine.
 */
public abstract class DataMigration implements JavaMigration {

  private final String version;
  private final String description;
  private final boolean engineRows;

  protected DataMigration(String version, String description, boolean engineRows) {
    this.version = version;
    this.description = description;
    this.engineRows = engineRows;
  }

  /** Completes the rows; returns how many it wrote. */
  public abstract int fill(Connection connection) throws SQLException;

  @Override
  public final void migrate(Context context) throws SQLException {
    if (!engineRows
        || hasTable(context.getConnection(), "ACT_HI_PROCINST") && hasTable(context.getConnection(), "ACT_HI_VARINST")) {
      fill(context.getConnection());
    }
  }

  @Override
  public final MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(version);
  }

  @Override
  public final String getDescription() {
    return description;
  }

  @Override
  public final Integer getChecksum() {
    return null;
  }

  @Override
  public final boolean canExecuteInTransaction() {
    return true;
  }

  private static boolean hasTable(Connection connection, String name) throws SQLException {
    for (String spelled : List.of(name, name.toLowerCase(Locale.ROOT))) {
      try (ResultSet tables = connection.getMetaData().getTables(null, null, spelled, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
