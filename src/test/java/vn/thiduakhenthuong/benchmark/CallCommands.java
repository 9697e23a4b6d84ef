package vn.thiduakhenthuong.benchmark;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import vn.thiduakhenthuong.validation.OutsideCalls;

/**
 * The engine commands (transactions) one HTTP call costs, by kind of call: a request that carries the
 * header {@value #HEADER} counts the outermost commands run on its thread, from the first filter
 * (authentication included) to the answer; the client and the app share the JVM, so the sums are read
 * directly. Jobs the call leaves for the job executor are not its own. A count, unlike milliseconds,
 * does not change with the load of the machine.
 */
@TestConfiguration(proxyBeanMethods = false)
class CallCommands {

  static final String HEADER = "X-Benchmark-Call";

  private static final ThreadLocal<long[]> ON_THIS_REQUEST = new ThreadLocal<>();

  private final Map<String, LongAdder> commands = new ConcurrentHashMap<>();

  /** All commands of the calls tagged {@code call} so far. */
  long commands(String call) {
    LongAdder sum = commands.get(call);
    return sum == null ? 0 : sum.sum();
  }

  @Bean
  AbstractProcessEnginePlugin callCommandsPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        OutsideCalls.check(configuration, (command, caller) -> {
          long[] count = ON_THIS_REQUEST.get();
          if (count != null) {
            count[0]++;
          }
        });
      }
    };
  }

  @Bean
  FilterRegistrationBean<Filter> callCommandsFilter() {
    Filter filter = (request, response, chain) -> {
      String call = ((HttpServletRequest) request).getHeader(HEADER);
      if (call == null) {
        chain.doFilter(request, response);
        return;
      }
      long[] count = new long[1];
      ON_THIS_REQUEST.set(count);
      try {
        chain.doFilter(request, response);
      } finally {
        ON_THIS_REQUEST.remove();
        commands.computeIfAbsent(call, c -> new LongAdder()).add(count[0]);
      }
    };
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
