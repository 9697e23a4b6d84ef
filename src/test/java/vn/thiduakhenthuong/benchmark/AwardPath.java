package vn.thiduakhenthuong.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;

/**
 * The steps of the whole path, as the people take them: the app's engine (Spring context, our
 * listeners, DMN, validation, authorizations) or the bare engine with a same-shaped model.
 */
interface AwardPath {

  /** An instance: its id and business key. */
  record Ref(String id, String key) {}

  String name();

  ProcessEngine engine();

  CommandCounter counter();

  /** A unit head proposes a nominee; the nomination waits for its dossier. */
  Ref start(int thread, int year, String nominee);

  /** The dossier documents (the app's own table); nothing for the bare engine. */
  void attachDossier(int thread, Ref nomination);

  void send(int thread, Ref nomination);

  void check(Ref nomination);

  Ref startSession(int year, List<Ref> nominations);

  void confirmAgenda(Ref session, List<Ref> nominations);

  default List<Task> ballots(Ref session) {
    return engine().getTaskService().createTaskQuery().processInstanceId(session.id())
        .taskDefinitionKey("Task_CastBallot").list();
  }

  /** A member's ballot; a conflict the member would see is thrown. */
  void castBallot(Task ballot, List<Ref> nominations);

  /** Waits until the ballots' asynchronous continuation has reached the minutes. */
  default void awaitMinutes(Ref session) {
    // A plain query on the engine's table, not its API: a task query every 5 ms through the engine under
    // test took its CPU (and counted as its transactions) while its job executor did the work waited for.
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration())
        .getDataSource();
    Waiting.until(() -> minutesOpen(dataSource, session.id()), "minutes of " + session.key());
  }

  private static boolean minutesOpen(DataSource dataSource, String sessionId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM act_ru_task"
            + " WHERE proc_inst_id_ = ? AND task_def_key_ = 'Task_ConfirmMinutes'")) {
      query.setString(1, sessionId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() && row.getLong(1) == 1;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  void confirmMinutes(Ref session);

  Ref startDecision(int year);

  void prepareDecision(Ref decision, List<Ref> nominations);

  void signDecision(Ref decision);

  /** How many of these nominations are still running (0 once decided). */
  default long running(List<Ref> nominations) {
    return engine().getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(nominations.stream().map(Ref::id).collect(Collectors.toSet())).count();
  }

  /** The open task {@code taskKey} of an instance, found without an identity. */
  default Task task(Ref instance, String taskKey) {
    Task task = engine().getTaskService().createTaskQuery().processInstanceId(instance.id())
        .taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("no " + taskKey + " in " + instance.key());
    }
    return task;
  }
}
