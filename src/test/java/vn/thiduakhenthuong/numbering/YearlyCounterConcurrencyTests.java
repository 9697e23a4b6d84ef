package vn.thiduakhenthuong.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two first numbers of a year at once: the second caller waits for the first's new row and takes the next number,
 * on PostgreSQL without making the server log a duplicate key ERROR (an operator's alerting reads that log), on H2 as
 * well.
 */
class YearlyCounterConcurrencyTests {

  private static EmbeddedPostgres postgres;
  private static HikariDataSource postgresPool;
  private static Path serverLog;

  @BeforeAll
  static void startPostgres() throws Exception {
    serverLog = Files.createTempDirectory("counter-pg-log");
    postgres = EmbeddedPostgres.builder().setServerConfig("logging_collector", "on")
        .setServerConfig("log_directory", serverLog.toString()).setServerConfig("log_filename", "server.log").start();
    postgresPool = new HikariDataSource();
    postgresPool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    postgresPool.setUsername("postgres");
    createTable(postgresPool);
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgresPool.close();
    postgres.close();
  }

  @Test
  void shouldNumberTwoFirstCallersOnPostgresWithoutAnErrorInTheServerLog() throws Exception {
    assertThat(firstNumbersAtOnce(postgresPool, 2031)).containsExactly(1, 2);

    // the server writes its log a moment later: a duplicate key of our own shows when it has caught up
    String marker = "marker_" + System.nanoTime();
    JdbcTemplate jdbc = new JdbcTemplate(postgresPool);
    jdbc.execute("CREATE TABLE " + marker + " (id INTEGER PRIMARY KEY)");
    jdbc.update("INSERT INTO " + marker + " VALUES (1)");
    assertThatThrownBy(() -> jdbc.update("INSERT INTO " + marker + " VALUES (1)"))
        .isInstanceOf(DuplicateKeyException.class);
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!serverLog().contains(marker) && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(serverLog()).contains(marker + "_pkey").doesNotContain("pk_award_counter");
  }

  @Test
  void shouldNumberTwoFirstCallersOnH2() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:counter" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    createTable(h2);

    assertThat(firstNumbersAtOnce(h2, 2031)).containsExactly(1, 2);
  }

  /**
   * The first caller takes the year's first number and holds its transaction open until the second has asked for a
   * number too (and waits for the first's row); then both commit.
   */
  private static List<Integer> firstNumbersAtOnce(DataSource dataSource, int year) throws Exception {
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
    YearlyCounter counter = new YearlyCounter(new JdbcTemplate(dataSource), transactions);
    CountDownLatch firstNumbered = new CountDownLatch(1);
    CountDownLatch secondAsking = new CountDownLatch(1);
    CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() ->
        new TransactionTemplate(transactions).execute(status -> {
          int number = counter.next("QĐ", year);
          firstNumbered.countDown();
          await(secondAsking);
          sleep(300); // the second caller is now waiting for this row
          return number;
        }));
    await(firstNumbered);
    CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() ->
        new TransactionTemplate(transactions).execute(status -> {
          secondAsking.countDown();
          return counter.next("QĐ", year);
        }));
    return List.of(first.get(20, TimeUnit.SECONDS), second.get(20, TimeUnit.SECONDS));
  }

  private static void createTable(DataSource dataSource) throws Exception {
    String migration = Files.readString(Path.of("src/main/resources/db/migration/V1__yearly_counters.sql"));
    new JdbcTemplate(dataSource).execute(migration.replaceAll("(?m)^--.*$", ""));
  }

  private static String serverLog() throws IOException {
    Path file = serverLog.resolve("server.log");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other caller never came");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
