package vn.thiduakhenthuong.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers the outbox on its own thread, never in a user's request: every {@code poll-delay}, and at
 * once after a commit that queued mail. Claims each due row (one node wins it), sends it with the
 * short SMTP timeouts of {@code spring.mail.properties}, and marks it SENT; a failure is logged as a
 * WARN line, recorded on the row and tried again later, each pause twice the last, until the row is
 * FAILED after {@code max-attempts}, or at once for a malformed address (administrators list those:
 * {@code GET /api/notifications?status=FAILED}).
 */
@Component
@Conditional(MailConfigured.class)
public class OutboxSender implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 20;

  private final OutboxStore outbox;
  private final JavaMailSender mail;
  private final NotificationProperties properties;
  private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString()
      .substring(0, 8);
  private final AtomicBoolean nudged = new AtomicBoolean();
  private volatile ScheduledExecutorService executor;

  public OutboxSender(OutboxStore outbox, JavaMailSender mail, NotificationProperties properties) {
    this.outbox = outbox;
    this.mail = mail;
    this.properties = properties;
  }

  /** After the commit of a step that queued mail: look now rather than at the next poll. */
  @TransactionalEventListener(fallbackExecution = true)
  public void onQueued(OutboxStore.Queued queued) {
    nudge();
  }

  public void nudge() {
    ScheduledExecutorService running = executor;
    if (running != null && nudged.compareAndSet(false, true)) {
      running.execute(() -> {
        nudged.set(false);
        deliverQuietly();
      });
    }
  }

  /** Sends every due row this node can claim; returns how many were sent. */
  public int deliverDue() {
    outbox.releaseStale(Instant.now().minus(properties.claimTimeout()));
    int sent = 0;
    for (List<Long> due = outbox.due(BATCH); !due.isEmpty(); due = outbox.due(BATCH)) {
      int claimed = 0;
      for (long id : due) {
        Optional<OutboxStore.Claimed> row = outbox.claim(id, node);
        if (row.isPresent()) {
          claimed++;
          sent += send(row.get()) ? 1 : 0;
        }
      }
      if (claimed == 0) {
        break; // another node holds them
      }
    }
    return sent;
  }

  private boolean send(OutboxStore.Claimed row) {
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.from(), properties.fromName());
      helper.setTo(row.address());
      helper.setSubject(row.subject());
      helper.setText(row.text(), row.html());
      message.setHeader("Auto-Submitted", "auto-generated");
      mail.send(message);
      outbox.sent(row.id(), node);
      return true;
    } catch (Exception failure) {
      int attempts = row.attempts() + 1;
      // a malformed address (a typing error in the user's profile) will not get better by waiting
      boolean hopeless = failure instanceof AddressException || failure instanceof MailParseException;
      Instant retryAt = hopeless || attempts >= properties.maxAttempts() ? null
          : Instant.now().plus(properties.backoff(attempts));
      String error = describe(failure);
      outbox.failed(row.id(), node, error, retryAt);
      LOG.warn("Mail {} to {} <{}> failed (attempt {} of {}): {}; {}", row.id(), row.recipientId(), row.address(),
          attempts, properties.maxAttempts(), error, retryAt == null ? "given up, status FAILED" : "next try at " + retryAt);
      return false;
    }
  }

  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = failure; cause != null && text.length() < 1500; cause = cause.getCause()) {
      text.append(text.isEmpty() ? "" : " <- ").append(cause.getClass().getSimpleName()).append(": ")
          .append(cause.getMessage());
    }
    return text.toString();
  }

  private void deliverQuietly() {
    try {
      deliverDue();
    } catch (RuntimeException problem) {
      LOG.warn("Mail outbox not delivered this time: {}", problem.toString());
    }
  }

  @Override
  public synchronized void start() {
    executor = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "mail-outbox");
      thread.setDaemon(true);
      return thread;
    });
    long delay = properties.pollDelay().toMillis();
    executor.scheduleWithFixedDelay(this::deliverQuietly, delay, delay, TimeUnit.MILLISECONDS);
    LOG.info("Mail notifications on: outbox looked at every {} by node {}", properties.pollDelay(), node);
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
