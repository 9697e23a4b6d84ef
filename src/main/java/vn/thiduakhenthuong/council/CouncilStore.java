package vn.thiduakhenthuong.council;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thiduakhenthuong.config.InsertIfAbsent;
import vn.thiduakhenthuong.nomination.Reservations;

/**
 * The Council's own rows, written in the engine's transaction: agenda reservations (a nomination on
 * one open session at a time), who has voted, and the count of votes per nominee. What a member
 * chose is never written anywhere.
 */
@Component
public class CouncilStore {

  private final JdbcTemplate jdbc;
  private final Reservations reservations;
  private final InsertIfAbsent ballots;

  public CouncilStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ballots = new InsertIfAbsent(jdbc, transactions);
    this.reservations = new Reservations(jdbc, transactions, "council_reservation", "session_id");
  }

  /**
   * Reserves each free nomination for the session; a nomination reserved by another open session
   * (even one not committed yet: the insert waits for it) is skipped. Returns the reserved ones.
   */
  public List<String> reserve(String sessionId, Collection<String> businessKeys) {
    return reservations.reserve(sessionId, businessKeys);
  }

  public List<String> reservedKeys() {
    return reservations.reservedKeys();
  }

  /** Keeps {@code agenda} reserved for the session and frees its other candidates. */
  public void keepOnly(String sessionId, Collection<String> agenda) {
    reservations.keepOnly(sessionId, agenda);
  }

  /** The open session whose candidates or agenda hold the nomination, if any. */
  public Optional<String> sessionOf(String businessKey) {
    return reservations.ownerOf(businessKey);
  }

  /** Waits for any other change of the session's candidates to commit, and holds them until this one does. */
  public void lockCandidates(String sessionId) {
    reservations.lockAll(sessionId);
  }

  public void release(String sessionId, String businessKey) {
    reservations.release(sessionId, businessKey);
  }

  public void releaseAll(String sessionId) {
    reservations.releaseAll(sessionId);
  }

  public void openTally(String sessionId, Collection<String> agenda) {
    for (String key : agenda) {
      jdbc.update("INSERT INTO council_tally (session_id, business_key, votes_for) VALUES (?, ?, 0)", sessionId, key);
    }
  }

  /**
   * Records that the member voted and adds one vote to each agreed nominee; false if already voted. Every
   * count of the session is written, with one vote or none: PostgreSQL marks each row with the transaction
   * that last wrote it ({@code xmin}), the same transaction that records who voted, so a count written only
   * for agreed nominees would name the last member who agreed with each of them.
   */
  public boolean castBallot(String sessionId, String memberId, Collection<String> agreed) {
    if (!ballots.insert("INSERT INTO council_ballot (session_id, member_id, cast_at) VALUES (?, ?, ?)",
        sessionId, memberId, new Timestamp(ClockUtil.getCurrentTime().getTime()))) {
      return false; // already voted
    }
    // The members of a session vote at the same moment and add to the same rows: each holds their
    // locks from this update to its commit. So the update runs last, just before the commit (after
    // the engine's own writes), and in one order for everybody, so that two ballots never wait for
    // each other crosswise (a deadlock, which a member would see as an error).
    Set<String> votes = Set.copyOf(agreed);
    Runnable addVotes = () -> {
      List<Object[]> counts = jdbc.queryForList(
              "SELECT business_key FROM council_tally WHERE session_id = ? ORDER BY business_key", String.class, sessionId)
          .stream().map(key -> new Object[] {votes.contains(key) ? 1 : 0, sessionId, key}).toList();
      jdbc.batchUpdate("UPDATE council_tally SET votes_for = votes_for + ? WHERE session_id = ? AND business_key = ?",
          counts);
    };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          addVotes.run();
        }
      });
    } else {
      addVotes.run();
    }
    return true;
  }

  public List<String> voters(String sessionId) {
    return jdbc.queryForList("SELECT member_id FROM council_ballot WHERE session_id = ? ORDER BY member_id",
        String.class, sessionId);
  }

  public Map<String, Integer> tally(String sessionId) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    jdbc.query("SELECT business_key, votes_for FROM council_tally WHERE session_id = ? ORDER BY business_key",
        row -> {
          votes.put(row.getString(1), row.getInt(2));
        }, sessionId);
    return votes;
  }
}
