package vn.thiduakhenthuong.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox (table {@code notification_outbox}): mails are written in the engine's transaction, so
 * a step that rolls back sends nothing, and sent after the commit by {@link OutboxSender}. A node
 * claims a row with an UPDATE guarded by its status, so with several nodes on one database each row
 * is sent by one of them.
 */
@Component
public class OutboxStore {

  public enum Status { PENDING, SENDING, SENT, FAILED }

  /** A row as administrators list it, without the bodies. */
  public record Entry(long id, String kind, String recipientId, String recipientAddress, String subject,
      String businessKey, Status status, int attempts, String lastError, Instant createdAt, Instant nextAttemptAt,
      Instant sentAt) {}

  /** A claimed row, ready to send. */
  record Claimed(long id, String recipientId, String address, String subject, String text, String html,
      int attempts) {}

  /** Published when mail was queued: the sender wakes after the commit. */
  record Queued(int count) {}

  private static final RowMapper<Entry> ENTRY = (row, n) -> new Entry(row.getLong("id"), row.getString("kind"),
      row.getString("recipient_id"), row.getString("recipient_address"), row.getString("subject"),
      row.getString("business_key"), Status.valueOf(row.getString("status")), row.getInt("attempts"),
      row.getString("last_error"), instant(row.getTimestamp("created_at")), instant(row.getTimestamp("next_attempt_at")),
      instant(row.getTimestamp("sent_at")));

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;
  private final ApplicationEventPublisher events;

  public OutboxStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.events = events;
  }

  /**
   * Queues the mails in the caller's transaction, behind a savepoint: a failure here undoes only
   * these rows and is thrown to the caller, which logs it; the engine's step goes on.
   */
  void add(List<Notifications.Outgoing> mails) {
    if (mails.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(Instant.now());
    savepoint.executeWithoutResult(status -> {
      for (Notifications.Outgoing mail : mails) {
        jdbc.update("INSERT INTO notification_outbox (kind, recipient_id, recipient_address, subject, body_text, "
            + "body_html, business_key, status, attempts, next_attempt_at, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", mail.kind().name(), mail.recipientId(),
            mail.address(), cut(mail.mail().subject(), 500), mail.mail().text(), mail.mail().html(),
            mail.businessKey(), now, now);
      }
    });
    events.publishEvent(new Queued(mails.size()));
  }

  /** Ids of rows due now, oldest first. */
  List<Long> due(int limit) {
    return jdbc.queryForList("SELECT id FROM notification_outbox WHERE status = 'PENDING' AND next_attempt_at <= ? "
        + "ORDER BY id LIMIT " + limit, Long.class, Timestamp.from(Instant.now()));
  }

  /** Claims a due row for {@code node}: empty when another node was first. Commits at once. */
  Optional<Claimed> claim(long id, String node) {
    int claimed = jdbc.update("UPDATE notification_outbox SET status = 'SENDING', claimed_by = ?, claimed_at = ? "
        + "WHERE id = ? AND status = 'PENDING'", node, Timestamp.from(Instant.now()), id);
    if (claimed == 0) {
      return Optional.empty();
    }
    return Optional.of(jdbc.queryForObject("SELECT id, recipient_id, recipient_address, subject, body_text, body_html, "
        + "attempts FROM notification_outbox WHERE id = ?", (row, n) -> new Claimed(row.getLong(1), row.getString(2),
            row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getInt(7)), id));
  }

  void sent(long id, String node) {
    jdbc.update("UPDATE notification_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, "
        + "last_error = NULL WHERE id = ? AND claimed_by = ?", Timestamp.from(Instant.now()), id, node);
  }

  /** A failed attempt: due again at {@code retryAt}, or FAILED for good when {@code retryAt} is null. */
  void failed(long id, String node, String error, Instant retryAt) {
    jdbc.update("UPDATE notification_outbox SET status = ?, attempts = attempts + 1, last_error = ?, "
        + "next_attempt_at = COALESCE(?, next_attempt_at), claimed_by = NULL WHERE id = ? AND claimed_by = ?",
        retryAt == null ? Status.FAILED.name() : Status.PENDING.name(), cut(error, 2000),
        retryAt == null ? null : Timestamp.from(retryAt), id, node);
  }

  /** Rows claimed before {@code before} by a node that never finished (it stopped): due again. */
  int releaseStale(Instant before) {
    return jdbc.update("UPDATE notification_outbox SET status = 'PENDING', claimed_by = NULL "
        + "WHERE status = 'SENDING' AND claimed_at < ?", Timestamp.from(before));
  }

  public List<Entry> list(Status status, int limit) {
    String where = status == null ? "" : " WHERE status = '" + status.name() + "'";
    return jdbc.query("SELECT * FROM notification_outbox" + where + " ORDER BY id DESC LIMIT " + limit, ENTRY);
  }

  public Optional<Entry> find(long id) {
    return jdbc.query("SELECT * FROM notification_outbox WHERE id = ?", ENTRY, id).stream().findFirst();
  }

  /** An administrator sends a FAILED mail again: due now, with a fresh count of attempts. */
  public boolean retry(long id) {
    return jdbc.update("UPDATE notification_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ? "
        + "WHERE id = ? AND status = 'FAILED'", Timestamp.from(Instant.now()), id) == 1;
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
