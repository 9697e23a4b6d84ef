package vn.thiduakhenthuong.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives N nominations through the whole path with T threads: each thread proposes, sends and checks
 * a session's worth of nominations, holds a Council session in which the 7 members vote at the same
 * moment, then has the Director sign the decision; again until its share is done.
 */
final class PathRunner {

  /** The measured outcome of one run. */
  record Result(String name, int nominations, int sessions, long nanos, long transactions, long conflicts,
      long ballotErrors, Latencies latencies, Map<String, Long> statements, CpuClock.Reading cpu) {

    /** CPU ms per nomination of the JVM (harness and both engines' idle threads included). */
    double jvmCpuMsPerNomination() {
      return cpu.jvmNanos() / 1e6 / nominations;
    }

    /** CPU ms per nomination of the PostgreSQL server, all its processes; NaN when unknown. */
    double postgresCpuMsPerNomination() {
      return cpu.postgresNanos() < 0 ? Double.NaN : cpu.postgresNanos() / 1e6 / nominations;
    }

    /** The engine's SQL statements per nomination whose kind ("SELECT", "INSERT", ...) starts with one of these. */
    double statementsPerNomination(String... kinds) {
      return statements.entrySet().stream()
          .filter(e -> Arrays.stream(kinds).anyMatch(kind -> e.getKey().startsWith(kind + " ")))
          .mapToLong(Map.Entry::getValue).sum() / (double) nominations;
    }

    double nominationsPerSecond() {
      return nominations / seconds();
    }

    double transactionsPerSecond() {
      return transactions / seconds();
    }

    double seconds() {
      return nanos / 1e9;
    }

    double msPerNomination() {
      return nanos / 1e6 / nominations;
    }
  }

  static final String START = "1 start nomination";
  static final String DOSSIER = "2 dossier documents";
  static final String SEND = "3 send dossier";
  static final String CHECK = "4 check dossier";
  static final String SESSION_START = "5 start Council session";
  static final String AGENDA = "6 confirm agenda";
  static final String BALLOT = "7 one ballot (7 at once)";
  /**
   * The CPU time the member's own thread spends on a ballot (every attempt): what a ballot costs the JVM,
   * whatever else the machine runs meanwhile (not the job executor's continuation, nor PostgreSQL's time).
   */
  static final String BALLOT_CPU = "7 one ballot: CPU time of the member's thread";
  static final String BALLOT_SESSION = "8 all 7 ballots of a session";
  static final String TALLY = "9 tally and minutes (async)";
  /** From the moment the 7 members submit until the session's result is recorded (steps 8 and 9). */
  static final String BALLOT_RESULT = "8+9 from the 7 ballots to the result recorded";
  static final String MINUTES = "10 confirm minutes, CouncilResult";
  static final String DECISION_START = "11 start decision";
  static final String DECISION_PREPARE = "12 prepare decision";
  static final String DECISION_SIGN = "13 sign decision, DecisionIssued";
  static final List<String> STEPS = List.of(START, DOSSIER, SEND, CHECK, SESSION_START, AGENDA, BALLOT,
      BALLOT_CPU, BALLOT_SESSION, TALLY, BALLOT_RESULT, MINUTES, DECISION_START, DECISION_PREPARE, DECISION_SIGN);

  private final BenchmarkSettings settings;
  private final AwardPath path;
  private final Latencies latencies = new Latencies();
  private final AtomicLong ballotErrors = new AtomicLong();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  PathRunner(BenchmarkSettings settings, AwardPath path) {
    this.settings = settings;
    this.path = path;
  }

  Result run() throws Exception {
    ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
    ExecutorService members = Executors.newCachedThreadPool();
    long transactions = path.counter().transactions();
    long conflicts = path.counter().conflicts();
    Map<String, Long> statements = path.counter().statements();
    CpuClock cpu = new CpuClock(((ProcessEngineConfigurationImpl) path.engine().getProcessEngineConfiguration())
        .getDataSource());
    CpuClock.Reading cpuBefore = cpu.now();
    long start = System.nanoTime();
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < settings.threads(); t++) {
        int thread = t;
        done.add(workers.submit(() -> runThread(thread, members)));
      }
      int sessions = 0;
      for (Future<Integer> future : done) {
        sessions += future.get();
      }
      long nanos = System.nanoTime() - start;
      return new Result(path.name(), settings.nominations(), sessions, nanos,
          path.counter().transactions() - transactions, path.counter().conflicts() - conflicts,
          ballotErrors.get(), latencies, since(statements, path.counter().statements()), cpu.now().since(cpuBefore));
    } finally {
      workers.shutdownNow();
      members.shutdownNow();
    }
  }

  private static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> run = new TreeMap<>();
    after.forEach((id, count) -> {
      long delta = count - before.getOrDefault(id, 0L);
      if (delta > 0) {
        run.put(id, delta);
      }
    });
    return run;
  }

  private int runThread(int thread, ExecutorService members) throws Exception {
    int year = settings.year(thread);
    int sessions = 0;
    for (int done = 0; done < settings.nominationsPerThread(); done += settings.sessionSize()) {
      List<AwardPath.Ref> batch = new ArrayList<>();
      for (int i = 0; i < settings.sessionSize(); i++) {
        AwardPath.Ref nomination = latencies.time(START,
            () -> path.start(thread, year, "Cán bộ " + year + "-" + batch.size() + "-" + System.nanoTime()));
        latencies.run(DOSSIER, () -> path.attachDossier(thread, nomination));
        latencies.run(SEND, () -> path.send(thread, nomination));
        latencies.run(CHECK, () -> path.check(nomination));
        batch.add(nomination);
      }
      AwardPath.Ref session = latencies.time(SESSION_START, () -> path.startSession(year, batch));
      latencies.run(AGENDA, () -> path.confirmAgenda(session, batch));
      long voted = vote(session, batch, members);
      latencies.run(TALLY, () -> path.awaitMinutes(session));
      latencies.record(BALLOT_RESULT, System.nanoTime() - voted);
      latencies.run(MINUTES, () -> path.confirmMinutes(session));
      AwardPath.Ref decision = latencies.time(DECISION_START, () -> path.startDecision(year));
      latencies.run(DECISION_PREPARE, () -> path.prepareDecision(decision, batch));
      latencies.run(DECISION_SIGN, () -> path.signDecision(decision));
      long running = path.running(batch);
      if (running != 0) {
        throw new IllegalStateException(path.name() + ": " + running + " nominations still running after the decision");
      }
      sessions++;
    }
    return sessions;
  }

  /** The 7 members submit at the same moment, each in a thread of his or her own; returns that moment. */
  private long vote(AwardPath.Ref session, List<AwardPath.Ref> batch, ExecutorService members) throws Exception {
    List<Task> ballots = path.ballots(session);
    if (ballots.size() != 7) {
      throw new IllegalStateException(path.name() + ": " + ballots.size() + " ballots instead of 7");
    }
    CountDownLatch ready = new CountDownLatch(ballots.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> cast = new ArrayList<>();
    for (Task ballot : ballots) {
      cast.add(members.submit(() -> {
        ready.countDown();
        go.await();
        long begin = System.nanoTime();
        long cpuBegin = threadCpu();
        for (int attempt = 1; ; attempt++) {
          try {
            path.castBallot(ballot, batch);
            break;
          } catch (RuntimeException seenByMember) {
            // the member sees an error and submits again
            ballotErrors.incrementAndGet();
            if (attempt == 5) {
              throw seenByMember;
            }
          }
        }
        latencies.record(BALLOT, System.nanoTime() - begin);
        if (cpuBegin >= 0) {
          latencies.record(BALLOT_CPU, threadCpu() - cpuBegin);
        }
        return null;
      }));
    }
    ready.await();
    long start = System.nanoTime();
    go.countDown();
    for (Future<?> future : cast) {
      future.get();
    }
    latencies.record(BALLOT_SESSION, System.nanoTime() - start);
    return start;
  }

  /** The current thread's CPU time in ns, or -1 where the JVM cannot tell. */
  private long threadCpu() {
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
  }
}
