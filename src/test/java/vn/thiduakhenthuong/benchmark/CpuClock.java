package vn.thiduakhenthuong.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * CPU time spent so far by this JVM and by the PostgreSQL server behind a data source (its postmaster
 * and every process it started: backends, autovacuum, WAL writer, checkpointer), so that a run can tell
 * how much of its time per nomination each side costs. The server's share is read from
 * {@code /proc/<pid>/stat} (user and system time, with the children it has reaped, in clock ticks of
 * 1/100 s, Linux's USER_HZ): only when PostgreSQL runs on this machine and its processes are readable,
 * otherwise it is unknown (-1).
 */
final class CpuClock {

  /** CPU nanoseconds of the JVM and of PostgreSQL; -1 for PostgreSQL when unknown. */
  record Reading(long jvmNanos, long postgresNanos) {

    Reading since(Reading before) {
      return new Reading(jvmNanos - before.jvmNanos,
          postgresNanos < 0 || before.postgresNanos < 0 ? -1 : postgresNanos - before.postgresNanos);
    }
  }

  private static final long NANOS_PER_TICK = 10_000_000L;

  private final long postmaster;

  CpuClock(DataSource dataSource) {
    this.postmaster = postmasterOf(dataSource);
  }

  Reading now() {
    return new Reading(jvmNanos(), postmaster < 0 ? -1 : postgresNanos());
  }

  private static long jvmNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The parent of the backend serving a connection: the postmaster; -1 when it cannot be read here. */
  private static long postmasterOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet backend = statement.executeQuery("SELECT pg_backend_pid()")) {
      backend.next();
      String[] stat = stat(backend.getLong(1));
      return stat == null ? -1 : Long.parseLong(stat[1]);
    } catch (SQLException | RuntimeException notPostgres) {
      return -1;
    }
  }

  /** The postmaster's own time, the time of the children it has reaped, and the time of those alive. */
  private long postgresNanos() {
    String[] own = stat(postmaster);
    if (own == null) {
      return -1;
    }
    long ticks = ticks(own, 11) + ticks(own, 12) + ticks(own, 13) + ticks(own, 14);
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      ticks += processes.map(p -> p.getFileName().toString())
          .filter(name -> name.chars().allMatch(Character::isDigit))
          .map(pid -> stat(Long.parseLong(pid)))
          .filter(stat -> stat != null && Long.parseLong(stat[1]) == postmaster)
          .mapToLong(stat -> ticks(stat, 11) + ticks(stat, 12))
          .sum();
    } catch (IOException unreadable) {
      return -1;
    }
    return ticks * NANOS_PER_TICK;
  }

  private static long ticks(String[] stat, int field) {
    return Long.parseLong(stat[field]);
  }

  /**
   * The fields of {@code /proc/<pid>/stat} after the process name (which may hold spaces), so that
   * index 0 is the state, 1 the parent, 11 and 12 user and system time, 13 and 14 those of reaped
   * children; null when the process is gone or unreadable.
   */
  private static String[] stat(long pid) {
    try {
      String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return line.substring(line.lastIndexOf(')') + 2).split(" ");
    } catch (IOException | RuntimeException gone) {
      return null;
    }
  }
}
