package vn.thiduakhenthuong.documents;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition} for the files the app serves, as RFC 6266 advises: the name in plain ASCII for every
 * client ({@code filename}, accents dropped: «Tờ trình» as «To trinh»), and, when that is not the name itself, the name
 * in UTF-8 ({@code filename*}), which browsers prefer. Spring's own header puts an RFC 2047 word
 * ({@code =?UTF-8?Q?…?=}) in {@code filename}, which programs such as {@code curl -OJ} take as the name.
 */
public final class Downloads {

  private static final String ATTR_CHARS = "!#$&+-.^_`|~";

  private Downloads() {}

  /** To be saved: {@code attachment}. */
  public static String attachment(String fileName) {
    return header("attachment", fileName);
  }

  /** To be shown in the browser, a PDF for instance: {@code inline}. */
  public static String inline(String fileName) {
    return header("inline", fileName);
  }

  private static String header(String type, String fileName) {
    String plain = ascii(fileName);
    String header = type + "; filename=\"" + plain + '"';
    return plain.equals(fileName) ? header : header + "; filename*=UTF-8''" + encoded(fileName);
  }

  /** Letters without their accents, đ as d; anything else outside printable ASCII, a quote or a backslash as _. */
  static String ascii(String name) {
    String folded = Letters.withoutAccents(name);
    StringBuilder plain = new StringBuilder(folded.length());
    folded.codePoints().forEach(c -> plain.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
    return plain.toString();
  }

  /** RFC 8187: UTF-8 bytes, those outside its attr-char as %XX. */
  static String encoded(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : Normalizer.normalize(name, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
