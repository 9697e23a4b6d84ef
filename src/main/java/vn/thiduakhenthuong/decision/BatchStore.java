package vn.thiduakhenthuong.decision;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thiduakhenthuong.nomination.Reservations;

/** Nominations reserved by an open decision or submission: one batch at a time (SPEC §4.4). */
@Component
public class BatchStore {

  private final Reservations reservations;

  public BatchStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.reservations = new Reservations(jdbc, transactions, "award_batch_reservation", "batch_id");
  }

  public List<String> reserve(String batchId, Collection<String> businessKeys) {
    return reservations.reserve(batchId, businessKeys);
  }

  public List<String> reservedBy(String batchId) {
    return reservations.reservedBy(batchId);
  }

  public List<String> reservedKeys() {
    return reservations.reservedKeys();
  }

  public void keepOnly(String batchId, Collection<String> chosen) {
    reservations.keepOnly(batchId, chosen);
  }

  public void releaseAll(String batchId) {
    reservations.releaseAll(batchId);
  }
}
