package vn.thiduakhenthuong.numbering;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thiduakhenthuong.config.InsertIfAbsent;

/**
 * Gap-free numbers per name and calendar year (1, 2, 3 …). The increment joins the caller's
 * transaction (the engine's, in the app), holding the row lock until it commits: two callers never
 * get the same number, and a rolled-back caller gives its number back.
 */
@Component
public class YearlyCounter {

  private final JdbcTemplate jdbc;
  private final InsertIfAbsent rows;

  public YearlyCounter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.rows = new InsertIfAbsent(jdbc, transactions);
  }

  public int next(String name, int year) {
    if (increment(name, year) == 0) {
      // the year's row, unless a concurrent caller created it (then this waits for its commit)
      rows.insert("INSERT INTO award_counter (counter_name, counter_year, last_value) VALUES (?, ?, 0)", name, year);
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
}
