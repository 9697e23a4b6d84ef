package vn.thiduakhenthuong.config;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The engine's MyBatis mappings parsed while Spring starts, not when the engine is built. Camunda
 * parses its 1,760 mapped statements (XML, XPath) on the thread that builds the engine: about 4 s of a
 * cold JVM on our 2-core machines, nearly all of the engine's creation, while the other core has
 * little to do. As soon as Spring knows its environment (the database URL and the engine's table
 * prefix, about a second after the JVM starts), a daemon thread parses them here, as
 * {@code ProcessEngineConfigurationImpl.initSqlSessionFactory} does (the same file, the same properties),
 * while the main thread goes on with Tomcat, the webapps, our beans and Flyway.
 * {@link EarlyEngineMappingsPlugin} gives the result to the engine only if it was parsed for the
 * database type and table prefix the engine finds; otherwise, or if the parse failed, the engine
 * parses its own as always. Registered in {@code META-INF/spring.factories}, so that every start of the
 * app (tests included) takes this way; {@code awards.startup.early-mappings=false} turns it off.
 */
public class EarlyEngineMappings implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  static final String ENABLED = "awards.startup.early-mappings";

  private static final Logger LOG = LoggerFactory.getLogger(EarlyEngineMappings.class);

  /** The parse started last and not yet taken by an engine. */
  private static final AtomicReference<Parse> PENDING = new AtomicReference<>();

  /** A parse for one database type and table prefix, running or done. */
  record Parse(String databaseType, String tablePrefix, CompletableFuture<Configuration> mappings) {

    boolean fits(String type, String prefix) {
      return databaseType.equals(type) && tablePrefix.equals(prefix == null ? "" : prefix);
    }
  }

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    Environment environment = event.getEnvironment();
    if (!environment.getProperty(ENABLED, Boolean.class, true)) {
      return;
    }
    String type = environment.getProperty("camunda.bpm.database.type");
    if (type == null || type.isBlank()) {
      type = databaseType(environment.getProperty("spring.datasource.url"));
    }
    if (type == null) {
      return; // a database we cannot tell from its URL: the engine finds out and parses itself
    }
    start(type, environment.getProperty("camunda.bpm.database.table-prefix", ""));
  }

  /** Camunda's name of the database a JDBC URL points at, for the two the app runs on; else null. */
  static String databaseType(String jdbcUrl) {
    if (jdbcUrl == null) {
      return null;
    }
    String url = jdbcUrl.toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:postgresql:")) {
      return "postgres";
    }
    if (url.startsWith("jdbc:h2:")) {
      return "h2";
    }
    return null;
  }

  /** Starts parsing for this database type and prefix on a daemon thread, unless such a parse is already waiting. */
  static void start(String databaseType, String tablePrefix) {
    Parse waiting = PENDING.get();
    if (waiting != null && waiting.fits(databaseType, tablePrefix)) {
      return;
    }
    CompletableFuture<Configuration> mappings = new CompletableFuture<>();
    PENDING.set(new Parse(databaseType, tablePrefix, mappings));
    Thread thread = new Thread(() -> {
      try {
        mappings.complete(parse(databaseType, tablePrefix));
      } catch (RuntimeException | Error e) {
        LOG.warn("Could not parse the engine's mappings early; the engine will parse them itself", e);
        mappings.completeExceptionally(e);
      }
    }, "engine-mappings");
    thread.setDaemon(true);
    thread.start();
  }

  /** The waiting parse, left waiting; null if none. */
  static Parse pending() {
    return PENDING.get();
  }

  /** The waiting parse, which no other engine will get; null if none. */
  static Parse take() {
    return PENDING.getAndSet(null);
  }

  /**
   * The engine's mappings as {@code ProcessEngineConfigurationImpl.initSqlSessionFactory} parses them
   * (not shared between engines), without the environment, the statement timeout and the executor
   * type, which depend on the engine's configuration and are set by the plugin.
   */
  static Configuration parse(String databaseType, String tablePrefix) {
    Properties properties = new Properties();
    properties.put("prefix", tablePrefix);
    ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, tablePrefix, databaseType);
    try (InputStream file = ReflectUtil.getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
        Reader reader = new InputStreamReader(file, StandardCharsets.UTF_8)) {
      return new XMLConfigBuilder(reader, "", properties).parse();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
