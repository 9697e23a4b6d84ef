package vn.thiduakhenthuong.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/** Which pools get the session settings, and how an operator's own options stay (the settings themselves: TasklistQueryTuningTests). */
class PostgresSessionSettingsTests {

  private final PostgresSessionSettings settings = new PostgresSessionSettings("-c max_parallel_workers_per_gather=0 -c jit=off");

  @Test
  void shouldGiveAPostgresPoolTheSettingsAndKeepTheOperatorsOptionsAfterThem() {
    HikariDataSource bare = pool("jdbc:postgresql://localhost:5432/awards");
    HikariDataSource tuned = pool("jdbc:postgresql://localhost:5432/awards");
    tuned.addDataSourceProperty("options", "-c statement_timeout=5s");

    settings.postProcessAfterInitialization(bare, "dataSource");
    settings.postProcessAfterInitialization(tuned, "dataSource");

    assertThat(bare.getDataSourceProperties().getProperty("options"))
        .isEqualTo("-c max_parallel_workers_per_gather=0 -c jit=off");
    assertThat(tuned.getDataSourceProperties().getProperty("options"))
        .isEqualTo("-c max_parallel_workers_per_gather=0 -c jit=off -c statement_timeout=5s");
  }

  @Test
  void shouldLeaveAnH2PoolAlone() {
    HikariDataSource h2 = pool("jdbc:h2:file:./data/awards");

    settings.postProcessAfterInitialization(h2, "dataSource");

    assertThat(h2.getDataSourceProperties()).doesNotContainKey("options");
  }

  @Test
  void shouldSendNoOptionsWhenTheOperatorEmptiesThem() {
    HikariDataSource behindPgBouncer = pool("jdbc:postgresql://localhost:6432/awards");

    new PostgresSessionSettings(" ").postProcessAfterInitialization(behindPgBouncer, "dataSource");

    assertThat(behindPgBouncer.getDataSourceProperties()).doesNotContainKey("options");
  }

  private static HikariDataSource pool(String url) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    return pool;
  }
}
