package vn.thiduakhenthuong.validation;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads one submitted variable at a time, checks it, writes back its clean form (trimmed text of precomposed
 * letters, an Integer for a whole number) and throws {@link InvalidInputException} with a Vietnamese message
 * naming the field when it is wrong. REST calls skip the browser, so every rule lives here.
 */
public class VariableReader {

  private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#|javascript:", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  private final VariableScope scope;

  public VariableReader(VariableScope scope) {
    this.scope = scope;
  }

  public String requiredText(String variable, String label, int maxLength) {
    String text = optionalText(variable, label, maxLength);
    if (text == null) {
      throw InvalidInputException.of(variable, label, "không được để trống.");
    }
    return text;
  }

  public String optionalText(String variable, String label, int maxLength) {
    Object value = scope.getVariable(variable);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String raw)) {
      throw InvalidInputException.of(variable, label, "phải là chuỗi ký tự.");
    }
    // precomposed letters (NFC), as browsers send them: Unikey's «Unicode tổ hợp» and some phones send «ễ» as e and
    // two combining marks, the same name to a reader but not to a search, a sort, a comparison or a PDF's font;
    // lengths count letters, as the forms do
    String text = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
    if (text.length() > maxLength) {
      throw InvalidInputException.of(variable, label,
          "dài " + text.length() + " ký tự, vượt quá giới hạn " + maxLength + " ký tự.");
    }
    if (MARKUP.matcher(text).find()) {
      throw InvalidInputException.of(variable, label, "không được chứa thẻ HTML hoặc mã lệnh (ký tự «<»).");
    }
    if (CONTROL.matcher(text).find()) {
      throw InvalidInputException.of(variable, label, "chứa ký tự điều khiển không hợp lệ.");
    }
    if (text.isEmpty()) {
      scope.setVariable(variable, null);
      return null;
    }
    if (!text.equals(raw)) {
      scope.setVariable(variable, text);
    }
    return text;
  }

  public <E extends Enum<E>> E requiredEnum(String variable, String label, Class<E> type) {
    Object value = scope.getVariable(variable);
    if (value == null || "".equals(value)) {
      throw InvalidInputException.of(variable, label, "chưa chọn giá trị.");
    }
    try {
      return Enum.valueOf(type, String.valueOf(value));
    } catch (IllegalArgumentException unknown) {
      String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw InvalidInputException.of(variable, label,
          "giá trị «" + shorten(String.valueOf(value)) + "» không hợp lệ; chỉ chấp nhận: " + allowed + ".");
    }
  }

  public int requiredInteger(String variable, String label, int min, int max) {
    Object value = scope.getVariable(variable);
    if (value == null) {
      throw InvalidInputException.of(variable, label, "không được để trống.");
    }
    if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())) {
      throw InvalidInputException.of(variable, label, "phải là số nguyên.");
    }
    double whole = number.doubleValue();
    if (whole < min || whole > max) {
      throw InvalidInputException.of(variable, label, "phải từ " + min + " đến " + max + ".");
    }
    if (!(value instanceof Integer)) {
      scope.setVariable(variable, (int) whole);
    }
    return (int) whole;
  }

  public LocalDate requiredDate(String variable, String label) {
    Object value = scope.getVariable(variable);
    if (value == null || "".equals(value)) {
      throw InvalidInputException.of(variable, label, "không được để trống.");
    }
    if (value instanceof String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException notADate) {
        // answered below
      }
    }
    throw InvalidInputException.of(variable, label,
        "«" + shorten(String.valueOf(value)) + "» không phải ngày hợp lệ theo dạng năm-tháng-ngày (yyyy-MM-dd).");
  }

  /** A checkbox: missing means false. */
  public boolean flag(String variable, String label) {
    Object value = scope.getVariable(variable);
    if (value == null) {
      return false;
    }
    if (!(value instanceof Boolean bool)) {
      throw InvalidInputException.of(variable, label, "phải là true hoặc false.");
    }
    return bool;
  }

  public boolean requiredBoolean(String variable, String label) {
    if (scope.getVariable(variable) == null) {
      throw InvalidInputException.of(variable, label, "không được để trống.");
    }
    return flag(variable, label);
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
