package vn.thiduakhenthuong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped templates, the escaping of values in HTML, the Office's override folder, the retry pauses. */
class MailTemplatesTests {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

  @Test
  void shouldRenderEveryMailInVietnameseWithoutALeftOverPlaceholder() throws IOException {
    MailTemplates templates = new MailTemplates(NotificationProperties.defaults());
    for (MailKind kind : MailKind.values()) {
      Map<String, String> values = everyValueOf(kind.template());
      MailTemplates.Mail mail = templates.render(kind.template(), values);

      assertThat(mail.subject()).as(kind.name()).startsWith("[Thi đua - Khen thưởng] ").doesNotContain("\n", "{{");
      assertThat(mail.text()).as(kind.name()).startsWith("Kính gửi «recipientName»,").doesNotContain("{{")
          .contains("Thư gửi tự động");
      assertThat(mail.html()).as(kind.name()).startsWith("<!DOCTYPE html>").contains("<p>Kính gửi «recipientName»,</p>")
          .doesNotContain("{{");
    }
  }

  @Test
  void shouldEscapeEveryValueInHtmlAndKeepTheTextAsWritten() {
    Map<String, String> values = new HashMap<>(everyValueOf("outcome-rejected"));
    values.put("nomineeName", "<script>alert('x')</script>");
    values.put("officeComment", "Thiếu \"Biên bản\" & chữ ký\n<img src=x onerror=alert(1)>");

    MailTemplates.Mail mail = new MailTemplates(NotificationProperties.defaults()).render("outcome-rejected", values);

    assertThat(mail.html()).doesNotContain("<script>", "<img").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
        "Thiếu &quot;Biên bản&quot; &amp; chữ ký<br>\n&lt;img src=x onerror=alert(1)&gt;");
    assertThat(mail.text()).contains("<script>alert('x')</script>", "Thiếu \"Biên bản\" & chữ ký\n<img");
    assertThat(mail.subject()).isEqualTo("[Thi đua - Khen thưởng] Đề nghị bị từ chối: <script>alert('x')</script> "
        + "(«businessKey»)");
  }

  @Test
  void shouldPreferTheOfficesOwnTemplatesAndFallBackToTheShippedOnes(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("task-assigned.txt"), "Việc mới cho {{recipientName}}\n\nXin mời xử lý {{taskName}}.\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("broken.txt"), "Không có dòng trống sau tiêu đề", StandardCharsets.UTF_8);
    MailTemplates templates = new MailTemplates(new NotificationProperties(null, null, null, null, folder.toString(),
        null, null, null, 0, null));

    MailTemplates.Mail mail = templates.render("task-assigned", Map.of("recipientName", "Lê Văn Cường",
        "taskName", "Kiểm tra hồ sơ"));

    assertThat(mail.subject()).isEqualTo("Việc mới cho Lê Văn Cường");
    assertThat(mail.text()).contains("Xin mời xử lý Kiểm tra hồ sơ.", "Thư gửi tự động");
    assertThat(mail.html()).as("the shipped HTML").contains("<strong>Kiểm tra hồ sơ</strong>");
    assertThatThrownBy(() -> templates.render("broken", Map.of())).hasMessageContaining("blank line");
  }

  @Test
  void shouldWaitTwiceAsLongAfterEachFailureUpToTheLimit() {
    NotificationProperties properties = NotificationProperties.defaults();

    assertThat(properties.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(properties.backoff(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(properties.backoff(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(properties.backoff(7)).isEqualTo(Duration.ofHours(1));
    assertThat(properties.backoff(11)).isEqualTo(Duration.ofHours(1));
    assertThat(properties.taskLink("abc")).isEqualTo("http://localhost:8080/camunda/app/tasklist/default/#/?task=abc");
  }

  /** Every placeholder the template and the layouts use, each with a visible value. */
  private static Map<String, String> everyValueOf(String template) {
    Map<String, String> values = new HashMap<>();
    for (String file : new String[] {template + ".txt", template + ".html", "layout.txt", "layout.html"}) {
      Matcher placeholder = PLACEHOLDER.matcher(read(file));
      while (placeholder.find()) {
        values.put(placeholder.group(1), "«" + placeholder.group(1) + "»");
      }
    }
    values.remove("content");
    return values;
  }

  private static String read(String file) {
    try (var in = MailTemplatesTests.class.getClassLoader().getResourceAsStream("mail/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException missing) {
      throw new AssertionError("mail/" + file, missing);
    }
  }
}
