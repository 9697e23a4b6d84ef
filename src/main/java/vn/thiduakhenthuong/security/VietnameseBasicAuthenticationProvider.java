package vn.thiduakhenthuong.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/** HTTP Basic for {@code /engine-rest}; a caller without a login gets the challenge and a Vietnamese sentence. */
public class VietnameseBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  static final String LOG_IN = "{\"type\":\"AuthenticationException\","
      + "\"message\":\"Cần đăng nhập (HTTP Basic với tên đăng nhập và mật khẩu) để dùng chức năng này.\"}";

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    super.augmentResponseByAuthenticationChallenge(response, engine);
    response.setContentType("application/json;charset=UTF-8");
    try {
      response.getOutputStream().write(LOG_IN.getBytes(StandardCharsets.UTF_8));
    } catch (IOException closed) {
      throw new UncheckedIOException(closed);
    }
  }
}
