package vn.thiduakhenthuong.nomination;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thiduakhenthuong.config.InsertIfAbsent;

/**
 * Nominations reserved by an open Council session, decision or submission (SPEC §4.4: never on two
 * at once, even when two Office officers start them at the same moment). A table whose primary key
 * is the nomination's business key, written in the engine's transaction: the second of two
 * simultaneous reservations waits for the first and then skips the nomination.
 */
public final class Reservations {

  private final JdbcTemplate jdbc;
  private final InsertIfAbsent rows;
  private final String table;
  private final String owner;

  /** {@code table} and {@code ownerColumn} are constants of our migrations, never user input. */
  public Reservations(JdbcTemplate jdbc, PlatformTransactionManager transactions, String table, String ownerColumn) {
    this.jdbc = jdbc;
    this.rows = new InsertIfAbsent(jdbc, transactions);
    this.table = table;
    this.owner = ownerColumn;
  }

  /** Reserves each free nomination for {@code ownerId}; returns those it got, in the given order. */
  public List<String> reserve(String ownerId, Collection<String> businessKeys) {
    return businessKeys.stream()
        .filter(key -> rows.insert("INSERT INTO " + table + " (business_key, " + owner + ") VALUES (?, ?)", key, ownerId))
        .toList();
  }

  public List<String> reservedKeys() {
    return jdbc.queryForList("SELECT business_key FROM " + table + " ORDER BY business_key", String.class);
  }

  public List<String> reservedBy(String ownerId) {
    return jdbc.queryForList("SELECT business_key FROM " + table + " WHERE " + owner + " = ? ORDER BY business_key",
        String.class, ownerId);
  }

  /** The owner holding {@code businessKey}, if any. */
  public Optional<String> ownerOf(String businessKey) {
    return jdbc.queryForList("SELECT " + owner + " FROM " + table + " WHERE business_key = ?", String.class, businessKey)
        .stream().findFirst();
  }

  /**
   * Locks the owner's reservations until the transaction ends (in the order of their keys, so two callers
   * never wait for each other crosswise): whoever changes what the owner holds after this call sees what
   * the one before committed.
   */
  public void lockAll(String ownerId) {
    jdbc.queryForList("SELECT business_key FROM " + table + " WHERE " + owner + " = ? ORDER BY business_key FOR UPDATE",
        String.class, ownerId);
  }

  /** Keeps {@code chosen} reserved for the owner and frees its other nominations. */
  public void keepOnly(String ownerId, Collection<String> chosen) {
    for (String key : reservedBy(ownerId)) {
      if (!chosen.contains(key)) {
        release(ownerId, key);
      }
    }
  }

  public void release(String ownerId, String businessKey) {
    jdbc.update("DELETE FROM " + table + " WHERE business_key = ? AND " + owner + " = ?", businessKey, ownerId);
  }

  public void releaseAll(String ownerId) {
    jdbc.update("DELETE FROM " + table + " WHERE " + owner + " = ?", ownerId);
  }
}
