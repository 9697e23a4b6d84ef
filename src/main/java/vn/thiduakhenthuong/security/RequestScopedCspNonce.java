package vn.thiduakhenthuong.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each webapp page gets the CSP nonce of its own answer. Camunda 7.24's header filter writes every answer's
 * nonce into one attribute of the servlet context ({@code org.camunda.bpm.csp.nonce}), and the engines filter
 * reads it from there to write the page's script tags. A request that passes the header filter in between (the
 * browser's other files, another user's page) overwrites it: the page's scripts then carry a nonce its policy
 * refuses, and the browser stays on the spinner. {@code WebSecurityTests}: 155 of 360 pages loaded by six
 * threads at once, before this filter. Here that attribute lives on the request; every other attribute of the
 * context is the context's.
 */
@Configuration
class RequestScopedCspNonce {

  static final String NONCE_ATTRIBUTE = "org.camunda.bpm.csp.nonce";

  @Bean
  FilterRegistrationBean<Filter> requestScopedCspNonceFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
    registration.addUrlPatterns(webapps + "/*");
    // before Camunda's filters, which its starter registers after every ordered registration
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  static class Filter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ServletContext context = withNonceOf(request);
      chain.doFilter(new HttpServletRequestWrapper(request) {
        @Override
        public ServletContext getServletContext() {
          return context;
        }
      }, response);
    }
  }

  /** The request's servlet context, whose nonce attribute is the request's own. */
  static ServletContext withNonceOf(HttpServletRequest request) {
    ServletContext shared = request.getServletContext();
    return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
        new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
          if (args != null && args.length > 0 && NONCE_ATTRIBUTE.equals(args[0])) {
            switch (method.getName()) {
              case "getAttribute":
                return request.getAttribute(NONCE_ATTRIBUTE);
              case "setAttribute":
                request.setAttribute(NONCE_ATTRIBUTE, args[1]);
                return null;
              case "removeAttribute":
                request.removeAttribute(NONCE_ATTRIBUTE);
                return null;
              default:
                break;
            }
          }
          try {
            return method.invoke(shared, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
