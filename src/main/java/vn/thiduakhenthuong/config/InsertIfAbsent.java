package vn.thiduakhenthuong.config;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An insert of a row whose key may exist already, or be inserted by a concurrent transaction (a counter's first
 * number of a year, a reservation, a ballot, a registry row of a retried step), in the caller's transaction. The
 * second of two concurrent callers waits for the first and then inserts nothing. On PostgreSQL by
 * {@code ON CONFLICT DO NOTHING}: no error, so the server's log (which operators' alerting reads) shows no "duplicate
 * key" ERROR for what is normal work, and no savepoint is needed. Elsewhere (H2) behind a savepoint, so that the
 * duplicate key aborts nothing of the caller's.
 */
public final class InsertIfAbsent {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;
  private volatile Boolean postgres;

  public InsertIfAbsent(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Runs {@code insert}, an {@code INSERT … VALUES (…)} of our own SQL (never user input); true when it inserted,
   * false when the row's key was taken.
   */
  public boolean insert(String insert, Object... arguments) {
    if (onPostgres()) {
      return jdbc.update(insert + " ON CONFLICT DO NOTHING", arguments) > 0;
    }
    try {
      savepoint.executeWithoutResult(status -> jdbc.update(insert, arguments));
      return true;
    } catch (DuplicateKeyException taken) {
      return false;
    }
  }

  private boolean onPostgres() {
    Boolean known = postgres;
    if (known == null) {
      known = jdbc.execute((ConnectionCallback<Boolean>) connection ->
          "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
      postgres = known;
    }
    return known;
  }
}
