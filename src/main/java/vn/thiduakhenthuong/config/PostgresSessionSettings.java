package vn.thiduakhenthuong.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Every connection of the app's pool to PostgreSQL starts its session without parallel workers and
 * without JIT compilation, given to the server at login (pgjdbc's {@code options}, no extra round trip).
 *
 * <p>Our statements are short: a page of tasks, a count, a ballot. PostgreSQL plans some of them
 * parallel or JIT-compiles them by estimated cost, and on our 2-core machine that costs more than the
 * query: starting one worker took 20-30 ms for «Phiếu biểu quyết»'s count that reads nothing (0.2 ms
 * of work, 31 ms with the worker, 1.2 ms without), and JIT spent 38 ms compiling a unit head's
 * «Việc của tôi» count of 216 ms. Cockpit's statistics of the process definitions: 200 → 100 ms
 * (README, "Performance").
 *
 * <p>The options are {@value #PROPERTY}, by default (application.yaml) the two above; {@code DB_SESSION_OPTIONS}
 * replaces them, empty sends none (PgBouncer refuses the {@code options} startup parameter unless told to
 * ignore it). An {@code options} property set by
 * the operator ({@code spring.datasource.hikari.data-source-properties.options}) comes after ours, so its
 * settings win; an {@code options} parameter in {@code DB_URL} replaces ours (pgjdbc prefers the URL's).
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

  static final String PROPERTY = "awards.database.session-options";

  private final String options;

  @Autowired
  PostgresSessionSettings(Environment environment) {
    this(environment.getProperty(PROPERTY, ""));
  }

  PostgresSessionSettings(String options) {
    this.options = options.strip();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!options.isEmpty() && bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      String operators = pool.getDataSourceProperties().getProperty("options");
      pool.addDataSourceProperty("options", operators == null || operators.isBlank() ? options : options + " " + operators);
    }
    return bean;
  }
}
