package vn.thiduakhenthuong.numbering;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gap-free numbers per name and calendar year (1, 2, 3 …). The increment joins the caller's
 * transaction (the engine's, in the app), holding the row lock until it commits: two callers never
 * get the same number, and a rolled-back caller gives its number back.
 */
@Component
public class YearlyCounter {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  public YearlyCounter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public int next(String name, int year) {
    if (increment(name, year) == 0) {
      createRow(name, year);
      if (increment(name, year) == 0) {
        throw new IllegalStateException("Counter " + name + "/" + year + " could not be created");
      }
    }
    Integer value = jdbc.queryForObject(
        "SELECT last_value FROM award_counter WHERE counter_name = ? AND counter_year = ?",
        Integer.class, name, year);
    return value;
  }

  private int increment(String name, int year) {
    return jdbc.update(
        "UPDATE award_counter SET last_value = last_value + 1 WHERE counter_name = ? AND counter_year = ?",
        name, year);
  }

  /**
   * Behind a savepoint, so that a concurrent creator's duplicate key aborts nothing of ours; in the
   * caller's transaction and connection, so that many first numbers of a year at once never wait for
   * a second connection from the pool.
   */
  private void createRow(String name, int year) {
    try {
      savepoint.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO award_counter (counter_name, counter_year, last_value) VALUES (?, ?, 0)", name, year));
    } catch (DuplicateKeyException someoneElseCreatedIt) {
      // the row exists now: the caller increments it
    }
  }
}
