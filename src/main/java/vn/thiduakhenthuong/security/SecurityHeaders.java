package vn.thiduakhenthuong.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every answer. The webapps under {@code /camunda} keep Camunda's own
 * Content-Security-Policy (camunda.bpm.webapp.header-security); our API, the engine's REST API and
 * our own pages get one of ours. HSTS only on HTTPS, where it means something.
 */
@Configuration
class SecurityHeaders {

  /** JSON and files: nothing in them may load or run anything, nor be framed. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  /** Our own pages (the registry page): scripts, styles and calls from this server only. */
  static final String PAGE_POLICY =
      "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  @Bean
  FilterRegistrationBean<Filter> securityHeadersFilter() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static class Filter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "same-origin");
      if (path.startsWith("/api/") || path.startsWith("/engine-rest/")) {
        response.setHeader("Content-Security-Policy", API_POLICY);
        response.setHeader("Cache-Control", "no-store");
      } else if (!path.startsWith("/camunda/")) {
        response.setHeader("Content-Security-Policy", PAGE_POLICY);
      }
      if (request.isSecure()) {
        response.setHeader("Strict-Transport-Security", "max-age=31536000");
      }
      chain.doFilter(request, response);
    }
  }
}
