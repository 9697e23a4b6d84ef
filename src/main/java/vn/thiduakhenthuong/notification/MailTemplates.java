package vn.thiduakhenthuong.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Mail templates as files the Office can edit: {@code mail/<name>.txt} (first line the subject, a
 * blank line, then the text) and {@code mail/<name>.html} (the HTML body), each wrapped in
 * {@code layout.txt} / {@code layout.html} at {@code {{content}}}. A file of the same name in
 * {@code awards.notifications.template-folder} replaces the shipped one, and is read again for every
 * mail, so a change needs no restart. Values replace {@code {{name}}}; in HTML every value is escaped,
 * so no nominee name or comment can add markup.
 */
@Component
public class MailTemplates {

  private static final Logger LOG = LoggerFactory.getLogger(MailTemplates.class);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");
  private static final String CONTENT = "content";

  /** A rendered mail. */
  public record Mail(String subject, String text, String html) {}

  private final Path folder;

  public MailTemplates(NotificationProperties properties) {
    this.folder = properties.templateFolder() == null ? null : Path.of(properties.templateFolder());
  }

  public Mail render(String name, Map<String, String> values) {
    String source = read(name + ".txt").replace("\r\n", "\n");
    int blank = source.indexOf("\n\n");
    if (blank < 0) {
      throw new IllegalStateException("mail/" + name + ".txt: the first line is the subject, then a blank line");
    }
    String subject = fill(name, source.substring(0, blank).strip(), values, value -> value.replaceAll("\\s+", " "), "");
    String text = fill(name, source.substring(blank + 2).strip(), values, UnaryOperator.identity(), "");
    String html = fill(name, read(name + ".html").strip(), values, MailTemplates::escape, "");
    return new Mail(subject,
        fill("layout.txt", read("layout.txt"), values, UnaryOperator.identity(), text).strip() + "\n",
        fill("layout.html", read("layout.html"), values, MailTemplates::escape, html));
  }

  /** HTML text: the five characters that matter escaped, line breaks kept. */
  public static String escape(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;").replace("\r\n", "\n").replace("\n", "<br>\n");
  }

  /** Fills the placeholders; {@code {{content}}} (in a layout) takes {@code content} as it is. */
  private static String fill(String template, String source, Map<String, String> values,
      UnaryOperator<String> encode, String content) {
    Matcher placeholder = PLACEHOLDER.matcher(source);
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      String key = placeholder.group(1);
      String value = values.get(key);
      if (CONTENT.equals(key)) {
        value = content;
      } else if (value == null) {
        LOG.warn("Mail template {} uses {{{}}}, which this mail has no value for", template, key);
        value = "";
      } else {
        value = encode.apply(value);
      }
      placeholder.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    placeholder.appendTail(out);
    return out.toString();
  }

  private String read(String file) {
    try {
      if (folder != null && Files.isRegularFile(folder.resolve(file))) {
        return Files.readString(folder.resolve(file), StandardCharsets.UTF_8);
      }
      try (InputStream shipped = MailTemplates.class.getClassLoader().getResourceAsStream("mail/" + file)) {
        if (shipped == null) {
          throw new IllegalStateException("No mail template mail/" + file);
        }
        return new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Mail template " + file + " cannot be read", unreadable);
    }
  }
}
