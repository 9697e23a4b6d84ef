package vn.thiduakhenthuong.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The in-memory SMTP server of the notification tests (GreenMail), on a port of its own that survives
 * a stop and a start (the mail server going down and coming back), and what it received.
 */
final class Mailbox {

  /** A received mail: to whom, the subject, the text and the HTML part. */
  record Received(String to, String subject, String text, String html) {}

  final int port = freePort();
  private GreenMail server;

  void start() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  void stop() {
    server.stop();
  }

  /**
   * Waits (with a deadline) until the outbox holds nothing to send, then returns what arrived since
   * the last call and forgets it.
   */
  List<Received> drain(JdbcTemplate jdbc) {
    waitUntil(() -> jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE status IN "
        + "('PENDING', 'SENDING')", Integer.class) == 0, "the outbox to be sent");
    List<Received> received = new ArrayList<>();
    try {
      for (MimeMessage message : server.getReceivedMessages()) {
        received.add(new Received(message.getAllRecipients()[0].toString(), message.getSubject(),
            part(message, "text/plain"), part(message, "text/html")));
      }
      server.purgeEmailFromAllMailboxes();
    } catch (Exception unreadable) {
      throw new AssertionError(unreadable);
    }
    return received;
  }

  /** Recipient (local part) → subjects, for a glance at who got what. */
  static Map<String, List<String>> byRecipient(List<Received> mails) {
    Map<String, List<String>> subjects = new TreeMap<>();
    for (Received mail : mails) {
      subjects.computeIfAbsent(mail.to().substring(0, mail.to().indexOf('@')), k -> new ArrayList<>())
          .add(mail.subject());
    }
    return subjects;
  }

  static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.currentTimeMillis() + 60_000;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("waited 60 s for " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError(interrupted);
      }
    }
  }

  private static String part(Part part, String type) throws Exception {
    if (part.isMimeType(type)) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String found = part(body, type);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
