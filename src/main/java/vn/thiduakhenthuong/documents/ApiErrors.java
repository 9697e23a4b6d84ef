package vn.thiduakhenthuong.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.server.ResponseStatusException;

/** Errors of {@code /api}: 400, 401, 403, 404 with {@code {"message": "<Vietnamese sentence>"}} (SPEC §7.1). */
@RestControllerAdvice
public class ApiErrors {

  public static ResponseStatusException status(HttpStatus status, String message) {
    return new ResponseStatusException(status, message);
  }

  /** A year parameter: null when blank, a year from {@code from} to {@code to}, or a 400 that says so. */
  public static Integer year(String text, int from, int to) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return within(text, from, to, "Năm «" + shown(text) + "» không hợp lệ: nhập một năm từ " + from + " đến " + to + ".");
  }

  /**
   * A parameter naming one of {@code type}'s constants, exactly: null when blank, the constant, or a 400 that names
   * the parameter by its {@code label} and lists the constants.
   */
  public static <E extends Enum<E>> E oneOf(String value, String parameter, String label, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.strip())) {
        return constant;
      }
    }
    throw status(HttpStatus.BAD_REQUEST, label + " (" + parameter + ") «" + shown(value) + "» không hợp lệ; chỉ nhận: "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
  }

  /** A position in a list (paging): {@code fallback} when blank, a whole number from 0, or a 400 that says so. */
  public static int position(String text, String parameter, String label, int fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    return within(text, 0, Integer.MAX_VALUE, label + " (" + parameter + ") «" + shown(text)
        + "» không hợp lệ: nhập một số nguyên từ 0 trở lên.");
  }

  /** The longest part of a nominee's name looked for (a name is at most 200 characters). */
  private static final int NOMINEE_PART_LENGTH = 200;

  /**
   * A part of a nominee's name to look for ({@code nominee}), without the spaces around it; null when blank, a 400
   * when longer than a name may be.
   */
  public static String namePart(String text) {
    String part = text == null ? "" : text.strip();
    if (part.length() > NOMINEE_PART_LENGTH) {
      throw status(HttpStatus.BAD_REQUEST, "Tên người/tập thể được đề nghị (nominee) dài " + part.length()
          + " ký tự; nhập tối đa " + NOMINEE_PART_LENGTH + " ký tự.");
    }
    return part.isEmpty() ? null : part;
  }

  /** A whole number from {@code from} to {@code to}, or a 400 with {@code refusal}. */
  private static int within(String text, int from, int to, String refusal) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= from && value <= to) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // refused below
    }
    throw status(HttpStatus.BAD_REQUEST, refusal);
  }

  /** A caller's value as an error message may repeat it: letters, digits and a few signs, at most 30 characters. */
  public static String shown(String text) {
    String safe = text.replaceAll("[^\\p{L}\\p{N} _.-]", "?");
    return safe.length() <= 30 ? safe : safe.substring(0, 30) + "…";
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, String>> answer(ResponseStatusException error) {
    return ResponseEntity.status(error.getStatusCode()).body(Map.of("message", error.getReason()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Map<String, String>> badParameter(MethodArgumentTypeMismatchException error) {
    return ResponseEntity.badRequest().body(Map.of("message",
        "Tham số «" + error.getName() + "» không hợp lệ: «" + error.getValue() + "»."));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException error) {
    return ResponseEntity.badRequest().body(Map.of("message", "Tệp vượt quá dung lượng cho phép 20 MB."));
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, String>> notMultipart(MultipartException error) {
    return ResponseEntity.badRequest().body(Map.of("message",
        "Yêu cầu tải lên không đúng dạng multipart/form-data với các trường «file» và «type»."));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Map<String, String>> wrongContentType(HttpMediaTypeNotSupportedException error) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Map.of("message",
        "Kiểu nội dung «" + error.getContentType() + "» không được nhận ở địa chỉ này; tải tệp lên bằng "
            + "multipart/form-data, các thao tác khác gửi JSON (application/json)."));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Map<String, String>> wrongMethod(HttpRequestMethodNotSupportedException error) {
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body(Map.of("message",
        "Địa chỉ này không nhận phương thức " + error.getMethod() + "."));
  }

  static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(("{\"message\":\"" + message.replace("\"", "'") + "\"}")
        .getBytes(StandardCharsets.UTF_8));
  }
}
