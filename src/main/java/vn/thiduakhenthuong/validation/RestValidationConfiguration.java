package vn.thiduakhenthuong.validation;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thiduakhenthuong.identity.Passwords;

/**
 * Every error of engine REST in Vietnamese (SPEC §7.1, §10), registered in every Jersey application
 * through META-INF/services, so {@code /engine-rest} and the webapps' own engine API (what Tasklist
 * calls) answer alike. Our bad input ({@link InvalidInputException}) keeps its message and becomes
 * 400 however the engine wrapped it ({@code POST .../start} wraps it in a 500, {@code submit-form}
 * adds an English prefix); our own refusals ({@link NotAllowedException}) become 403. The engine's
 * own answers keep their status (decided by engine REST's ExceptionHandlerHelper) with a Vietnamese
 * sentence instead of the English one, which goes to the log. Input the engine cannot take (an
 * unknown variable type, a value that does not fit its declared type, Java serialization) is 400.
 * Each mapper takes precedence over engine REST's own mapper of the same type.
 */
public class RestValidationConfiguration implements ForcedAutoDiscoverable {

  private static final Logger LOG = LoggerFactory.getLogger(RestValidationConfiguration.class);

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(InvalidInputMapper.class)) {
      context.register(InvalidInputMapper.class);
      context.register(RestExceptionMapper.class);
      context.register(EngineExceptionMapper.class);
      context.register(JsonParseMapper.class);
      context.register(JsonMappingMapper.class);
      context.register(AnyErrorMapper.class);
    }
  }

  static Response answer(Response.Status status, String type, String message, String field) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** Vietnamese for any failure of an engine REST call. */
  static Response translate(Throwable error) {
    if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 400) {
      return web.getResponse();
    }
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return answer(Response.Status.BAD_REQUEST, InvalidInputException.class.getSimpleName(), invalid.getMessage(),
            invalid.field());
      }
      if (cause instanceof NotAllowedException notAllowed) {
        return answer(Response.Status.FORBIDDEN, AuthorizationException.class.getSimpleName(), notAllowed.getMessage(), null);
      }
      if (cause instanceof JsonParseException || cause instanceof JsonMappingException) {
        return answer(Response.Status.BAD_REQUEST, "InvalidRequestException", "Nội dung gửi lên không phải JSON hợp lệ "
            + "hoặc không đúng cấu trúc, ví dụ {\"variables\": {\"year\": {\"value\": 2026}}}.", null);
      }
    }
    Response.Status status = status(error);
    String english = String.valueOf(error.getMessage());
    if (status == Response.Status.INTERNAL_SERVER_ERROR) {
      status = unusableValue(english) ? Response.Status.BAD_REQUEST : wrapped(error);
    }
    if (status == Response.Status.INTERNAL_SERVER_ERROR) {
      LOG.error("engine REST failed", error);
    } else {
      LOG.debug("engine REST answered {}: {}", status.getStatusCode(), english);
    }
    return answer(status, error.getClass().getSimpleName(), vietnamese(status, english), null);
  }

  private static Response.Status status(Throwable error) {
    if (error instanceof WebApplicationException web) {
      Response.Status status = Response.Status.fromStatusCode(web.getResponse().getStatus());
      return status == null ? Response.Status.BAD_REQUEST : status;
    }
    return ExceptionHandlerHelper.getInstance().getStatus(error);
  }

  /**
   * Engine REST wraps "Cannot find task …" (completing a task done or unknown) in a 500, and so the tenant
   * check's refusal: another unit's task ("… because it belongs to no authenticated tenant", UnitTenancy),
   * and the password policy's (a new user's or a changed password, {@link Passwords}).
   */
  private static Response.Status wrapped(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (String.valueOf(cause.getMessage()).contains("belongs to no authenticated tenant")) {
        return Response.Status.FORBIDDEN;
      }
      if (String.valueOf(cause.getMessage()).contains(Passwords.ENGINE_REFUSAL)) {
        return Response.Status.BAD_REQUEST;
      }
      if (cause instanceof NullValueException) {
        return String.valueOf(cause.getMessage()).contains("Cannot find")
            ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
      }
    }
    return Response.Status.INTERNAL_SERVER_ERROR;
  }

  private static boolean unusableValue(String english) {
    return english.contains("serialization format is prohibited") || english.contains("Cannot convert value")
        || english.contains("Unsupported value type") || english.contains("ENGINE-17007");
  }

  private static String vietnamese(Response.Status status, String english) {
    switch (status) {
      case BAD_REQUEST -> {
        if (english.contains(Passwords.ENGINE_REFUSAL)) {
          return "Mật khẩu chưa đạt chính sách mật khẩu: " + Passwords.RULES + ".";
        }
        if (english.contains("No message name")) {
          return "Thiếu tên thông điệp (messageName).";
        }
        if (unusableValue(english)) {
          return "Giá trị của biến không đúng kiểu đã khai báo hoặc kiểu không được hỗ trợ; hãy gửi "
              + "{\"value\": …} kiểu chuỗi, số nguyên, true/false, hoặc danh sách kiểu Json.";
        }
        return "Yêu cầu không hợp lệ: hãy kiểm tra tên và giá trị các trường gửi lên (SPEC §4.5).";
      }
      case UNAUTHORIZED -> {
        return "Cần đăng nhập để dùng chức năng này.";
      }
      case FORBIDDEN -> {
        return "Anh/chị không có quyền thực hiện thao tác này.";
      }
      case NOT_FOUND -> {
        return "Không tìm thấy: việc, quy trình hoặc hồ sơ không tồn tại, đã kết thúc, hoặc anh/chị không có quyền xem.";
      }
      case METHOD_NOT_ALLOWED -> {
        return "Địa chỉ này không nhận phương thức HTTP đã dùng.";
      }
      case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> {
        return "Nội dung phải là JSON (Content-Type: application/json).";
      }
      default -> {
        return status.getFamily() == Response.Status.Family.SERVER_ERROR
            ? "Máy chủ gặp lỗi khi xử lý yêu cầu; không có thay đổi nào được lưu. Hãy thử lại hoặc báo quản trị hệ thống."
            : "Yêu cầu không được chấp nhận (mã " + status.getStatusCode() + ").";
      }
    }
  }

  /** Jersey finds the exception type of each mapper from the type argument of its class. */
  abstract static class Translating<E extends Throwable> implements ExceptionMapper<E> {
    @Override
    public Response toResponse(E exception) {
      return translate(exception);
    }
  }

  public static class InvalidInputMapper extends Translating<InvalidInputException> {}

  @Priority(1)
  public static class RestExceptionMapper extends Translating<RestException> {}

  @Priority(1)
  public static class EngineExceptionMapper extends Translating<ProcessEngineException> {}

  @Priority(1)
  public static class JsonParseMapper extends Translating<JsonParseException> {}

  @Priority(1)
  public static class JsonMappingMapper extends Translating<JsonMappingException> {}

  @Priority(1)
  public static class AnyErrorMapper extends Translating<Throwable> {}
}
