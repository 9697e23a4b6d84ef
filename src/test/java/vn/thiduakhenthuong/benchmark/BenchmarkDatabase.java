package vn.thiduakhenthuong.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The benchmark's PostgreSQL: a local server given by {@code -Dbenchmark.dbUrl} (user and password by
 * {@code benchmark.dbUser}, {@code benchmark.dbPassword}), or else an embedded one (zonky). The app
 * uses that database; the bare engine gets a database of its own on the same server.
 */
@TestConfiguration(proxyBeanMethods = false)
class BenchmarkDatabase {

  static final String BARE_DATABASE = "awards_bare";

  /** The server and how to reach one of its databases. */
  static final class Server implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private final EmbeddedPostgres embedded;
    private final String url;
    final String user;
    final String password;

    Server(BenchmarkSettings settings) throws IOException {
      if (settings.dbUrl() != null) {
        embedded = null;
        url = settings.dbUrl();
        user = settings.dbUser();
        password = settings.dbPassword();
      } else {
        embedded = EmbeddedPostgres.builder().start();
        url = embedded.getJdbcUrl("postgres", "postgres");
        user = "postgres";
        password = "";
      }
    }

    String appUrl() {
      return url;
    }

    String url(String database) {
      Matcher parts = URL.matcher(url);
      if (!parts.matches()) {
        throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
      }
      return parts.group(1) + database + parts.group(3);
    }

    /** An empty database beside the app's, dropped first if a previous run left it. */
    String freshDatabase(DataSource app, String name) throws SQLException {
      try (Connection connection = app.getConnection(); Statement statement = connection.createStatement()) {
        connection.setAutoCommit(true);
        statement.execute("DROP DATABASE IF EXISTS " + name);
        statement.execute("CREATE DATABASE " + name);
      }
      return url(name);
    }

    String description() {
      return embedded != null ? "embedded PostgreSQL (zonky)" : "PostgreSQL at " + url.replaceAll("\\?.*", "");
    }

    @Override
    public void close() throws IOException {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  @Bean
  BenchmarkSettings benchmarkSettings() {
    return BenchmarkSettings.fromSystemProperties();
  }

  @Bean(destroyMethod = "close")
  Server benchmarkServer(BenchmarkSettings settings) throws IOException {
    return new Server(settings);
  }

  @Bean
  @Primary
  DataSource dataSource(Server server, BenchmarkSettings settings) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(server.appUrl());
    dataSource.setUsername(server.user);
    dataSource.setPassword(server.password);
    dataSource.setMaximumPoolSize(settings.poolSize());
    return dataSource;
  }

  @Bean
  CommandCounter appCommandCounter() {
    return new CommandCounter();
  }
}
