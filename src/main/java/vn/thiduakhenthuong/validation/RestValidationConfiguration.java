package vn.thiduakhenthuong.validation;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Engine REST answers our validation error 400 on some paths and 500 on others: {@code POST
 * /process-definition/.../start} wraps every engine exception in a 500 RestException, and {@code
 * POST /message} passes it through as a plain engine exception. Here our bad-input exception answers
 * 400 with its Vietnamese message on every path; everything else is answered as before.
 */
@Component
public class RestValidationConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(InvalidInputMapper.class);
    register(WrappedInvalidInputMapper.class);
  }

  static Response badRequest(InvalidInputException invalid) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", InvalidInputException.class.getSimpleName());
    body.put("message", invalid.getMessage());
    body.put("field", invalid.field());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  public static class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException exception) {
      return badRequest(exception);
    }
  }

  /** Takes precedence over engine REST's own handler of the same type. */
  @Priority(1)
  public static class WrappedInvalidInputMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidInputException invalid) {
          return badRequest(invalid);
        }
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }
}
