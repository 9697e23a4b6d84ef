package vn.thiduakhenthuong.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code awards.notifications.*}. Whether mail is sent at all is {@code spring.mail.host}: none set,
 * none sent and nothing queued.
 *
 * @param baseUrl where users reach the app; links in mails start with it
 * @param from the sender's address, {@code fromName} its name
 * @param officeChief who hears of overdue dossier checks: a user id, or a group whose members hear
 * @param templateFolder a folder whose files replace those of {@code classpath:mail/} of the same name
 * @param pollDelay pause between two looks for mail to send (a commit also wakes the sender)
 * @param retryDelay wait after the first failed attempt; it doubles after each, up to {@code maxRetryDelay}
 * @param maxAttempts attempts before a mail is FAILED
 * @param claimTimeout a mail claimed longer ago by a node that went away is sent again
 */
@ConfigurationProperties("awards.notifications")
public record NotificationProperties(String baseUrl, String from, String fromName, String officeChief,
    String templateFolder, Duration pollDelay, Duration retryDelay, Duration maxRetryDelay, int maxAttempts,
    Duration claimTimeout) {

  public NotificationProperties {
    baseUrl = blank(baseUrl) ? "http://localhost:8080" : baseUrl.strip().replaceAll("/+$", "");
    from = blank(from) ? "thidua-khenthuong@localhost" : from.strip();
    fromName = blank(fromName) ? "Thi đua - Khen thưởng" : fromName.strip();
    officeChief = blank(officeChief) ? "chanhvp" : officeChief.strip();
    templateFolder = blank(templateFolder) ? null : templateFolder.strip();
    pollDelay = pollDelay == null ? Duration.ofSeconds(10) : pollDelay;
    retryDelay = retryDelay == null ? Duration.ofMinutes(1) : retryDelay;
    maxRetryDelay = maxRetryDelay == null ? Duration.ofHours(1) : maxRetryDelay;
    maxAttempts = maxAttempts <= 0 ? 12 : maxAttempts;
    claimTimeout = claimTimeout == null ? Duration.ofMinutes(10) : claimTimeout;
  }

  /** Defaults everywhere: for the engine tests without Spring. */
  public static NotificationProperties defaults() {
    return new NotificationProperties(null, null, null, null, null, null, null, null, 0, null);
  }

  /** Tasklist opened on the task. */
  public String taskLink(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  public String tasklistLink() {
    return baseUrl + "/camunda/app/tasklist/default/";
  }

  /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones. */
  Duration backoff(int attempts) {
    Duration delay = retryDelay;
    for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
