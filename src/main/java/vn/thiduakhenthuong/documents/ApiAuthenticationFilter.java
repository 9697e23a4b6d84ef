package vn.thiduakhenthuong.documents;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thiduakhenthuong.identity.Callers;

/**
 * Who calls {@code /api} (SPEC §7.1): the user logged in to the webapps (their session, for
 * Tasklist plugins), or HTTP Basic against the engine's users (for programs). The engine's
 * authentication is set for the request, so every engine query answers with that user's rights.
 * Nobody: 401 with a Vietnamese message.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  /** The session attribute where Camunda's CsrfPreventionFilter keeps the webapp session's token. */
  private static final String CSRF_TOKEN = "CAMUNDA_CSRF_TOKEN";

  private final IdentityService identity;

  ApiAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = fromSession(request.getSession(false));
    if (user != null && changes(request) && !csrfTokenMatches(request)) {
      ApiErrors.write(response, HttpServletResponse.SC_FORBIDDEN,
          "Yêu cầu thiếu mã chống giả mạo (X-XSRF-TOKEN) của phiên đăng nhập; hãy tải lại trang.");
      return;
    }
    if (user != null && !changes(request)) {
      // as Camunda's own API answers: our pages outside /camunda cannot read its cookie (path /camunda)
      Object token = request.getSession().getAttribute(CSRF_TOKEN);
      if (token != null) {
        response.setHeader("X-XSRF-TOKEN", token.toString());
      }
    }
    if (user == null) {
      user = fromBasic(request.getHeader("Authorization"));
    }
    if (user == null) {
      if (request.getHeader("Authorization") != null || request.getCookies() == null) {
        // a program: it may answer the challenge. A page of ours (it sends cookies; its session has
        // expired) must not make the browser open its own password dialog: it shows our message.
        response.setHeader("WWW-Authenticate", "Basic realm=\"thi-dua-khen-thuong\"");
      }
      ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, request.getHeader("Authorization") == null
          ? "Cần đăng nhập để dùng chức năng này."
          : "Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đang tạm khóa vì đăng nhập sai nhiều lần; "
              + "hãy thử lại sau ít phút hoặc nhờ quản trị mở khóa.");
      return;
    }
    identity.setAuthentication(Callers.authenticationOf(identity, user));
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static boolean changes(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
  }

  /** The webapps' own CSRF token, kept in the session by Camunda's CsrfPreventionFilter. */
  private static boolean csrfTokenMatches(HttpServletRequest request) {
    Object expected = request.getSession().getAttribute(CSRF_TOKEN);
    return expected != null && expected.equals(request.getHeader("X-XSRF-TOKEN"));
  }

  private static String fromSession(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication login = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine("default");
    return login == null ? null : login.getName();
  }

  private String fromBasic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String[] userAndPassword = new String(Base64.getDecoder().decode(header.substring(6).trim()),
          StandardCharsets.UTF_8).split(":", 2);
      return userAndPassword.length == 2 && identity.checkPassword(userAndPassword[0], userAndPassword[1])
          ? userAndPassword[0] : null;
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
