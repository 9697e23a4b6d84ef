package vn.thiduakhenthuong.validation;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Engine REST answers our validation error differently per path: {@code POST .../start} wraps every
 * engine exception in a 500, {@code POST /message} passes it through as a 500, and {@code
 * submit-form} answers 400 with an English prefix ("Cannot submit task form …:"). Registered in every
 * Jersey application through META-INF/services, so {@code /engine-rest} and the webapps' own engine
 * API (what Tasklist calls) both answer our bad input 400 with just its Vietnamese message.
 */
public class RestValidationConfiguration implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(InvalidInputMapper.class)) {
      context.register(InvalidInputMapper.class);
      context.register(WrappedInvalidInputMapper.class);
    }
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
