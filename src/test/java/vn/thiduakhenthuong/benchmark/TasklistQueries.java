package vn.thiduakhenthuong.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Tasklist's own queries with authorization on: as a user, the filters he or she may read (those
 * the app creates per role), each run as Tasklist runs it: the first page of 15, newest first, with
 * the filter's variables for those 15 tasks, and the count.
 */
final class TasklistQueries {

  static final int PAGE = 15;

  /** One filter's figures for one user at one volume. */
  record Measured(int openTasks, String user, String filter, long matching, Latencies latencies) {}

  /** Nominations of the template that volumes are cloned from. */
  static final int TEMPLATE = 100;

  private final ProcessEngine engine;
  private final AppPath app;
  private VolumeBuilder.Template template;

  TasklistQueries(ProcessEngine engine, AppPath app) {
    this.engine = engine;
    this.app = app;
  }

  long openTasks() {
    return engine.getTaskService().createTaskQuery().count();
  }

  /**
   * Brings the open tasks up to {@code target}. The first time, a template of {@link #TEMPLATE}
   * nominations is made through the engine (proposed by the unit heads in turn; every other one with
   * its dossier documents and sent to the Office, where it is the Office's candidate task); then whole
   * copies of it are cloned in the database ({@link VolumeBuilder}), and the rest comes through the
   * engine again.
   */
  void fillTo(long target, int threads, VolumeBuilder volume) throws Exception {
    if (target - openTasks() >= 2L * TEMPLATE && template == null) {
      template = new VolumeBuilder.Template("open nominations", propose(TEMPLATE, threads));
    }
    long missing = target - openTasks();
    if (template != null && missing >= TEMPLATE) {
      volume.copy(template, (int) (missing / TEMPLATE));
    }
    propose(target - openTasks(), threads);
  }

  /** Proposes {@code count} nominations through the engine; returns their instance ids. */
  private List<String> propose(long count, int threads) throws Exception {
    List<String> started = java.util.Collections.synchronizedList(new ArrayList<>());
    if (count <= 0) {
      return started;
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            int head = i % AppPath.UNIT_HEADS.size();
            AwardPath.Ref nomination = app.start(head, 2026, "Người chờ " + i);
            started.add(nomination.id());
            if (i % 2 == 1) {
              // sending needs the dossier's documents (SubmitDossierListener)
              app.attachDossier(head, nomination);
              app.send(head, nomination);
            }
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return started;
  }

  List<Measured> measure(String user, int repeats) {
    long open = openTasks();
    List<Filter> filters = app.as(user, () -> engine.getFilterService().createFilterQuery().filterResourceType("Task")
        .orderByFilterId().asc().list());
    List<Measured> measured = new ArrayList<>();
    for (Filter filter : filters) {
      Latencies latencies = new Latencies();
      long[] matching = new long[1];
      for (int i = 0; i < repeats + 2; i++) {
        Latencies into = i < 2 ? new Latencies() : latencies; // two warm-up rounds
        app.as(user, () -> {
          into.run("page", () -> firstPage(filter));
          matching[0] = into.time("count", () -> engine.getFilterService().count(filter.getId()));
          return null;
        });
      }
      measured.add(new Measured((int) open, user, filter.getName(), matching[0], latencies));
    }
    return measured;
  }

  private void firstPage(Filter filter) {
    TaskQuery newestFirst = engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc();
    List<Task> tasks = engine.getFilterService().listPage(filter.getId(), newestFirst, 0, PAGE);
    if (tasks.isEmpty()) {
      return;
    }
    // the variables the filter shows beside each task (properties.variables), as Tasklist asks for them
    String[] names = variableNames(filter);
    if (names.length == 0) {
      return;
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (Task task : tasks) {
      scopes.add(task.getId());
      scopes.add(task.getExecutionId());
      scopes.add(task.getProcessInstanceId());
    }
    scopes.remove(null);
    engine.getRuntimeService().createVariableInstanceQuery().variableScopeIdIn(scopes.toArray(String[]::new))
        .variableNameIn(names).list();
  }

  @SuppressWarnings("unchecked")
  private static String[] variableNames(Filter filter) {
    Object variables = filter.getProperties() == null ? null : filter.getProperties().get("variables");
    if (!(variables instanceof List<?> list)) {
      return new String[0];
    }
    return list.stream().map(v -> String.valueOf(((Map<String, Object>) v).get("name"))).toArray(String[]::new);
  }

  static Map<String, String> users() {
    Map<String, String> users = new LinkedHashMap<>();
    users.put("chuyenvien", "Office officer");
    users.put("tpqldd", "unit head, Council member");
    return users;
  }
}
