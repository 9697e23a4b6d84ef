package vn.thiduakhenthuong.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import vn.thiduakhenthuong.config.RetryConflictingCompletionsPlugin;

/**
 * A bare Camunda engine (no Spring, none of our listeners, DMN, validation or authorizations, history
 * full) on its own database of the same PostgreSQL, with models of the same shape built with the
 * model API: the same user tasks, message waits, boundary timers and Withdraw messages, and the
 * 7-member parallel multi-instance ballot with an asynchronous continuation after each ballot. A
 * conflicting completion is retried inside the engine by the app's own RetryConflictingCompletionsPlugin
 * (an engine-level interceptor, not one of our listeners or checks).
 */
final class BarePath implements AwardPath, AutoCloseable {

  private static final List<String> MEMBERS = List.of("giamdoc", "phogiamdoc", "chanhvp", "tpqldd", "ccmt", "gdvpdk", "ctcd");

  private final HikariDataSource dataSource;
  private final ProcessEngine engine;
  private final CommandCounter counter = new CommandCounter();
  private final AtomicInteger sequence = new AtomicInteger();

  BarePath(String jdbcUrl, String user, String password, int poolSize) {
    dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(jdbcUrl);
    dataSource.setUsername(user);
    dataSource.setPassword(password);
    dataSource.setMaximumPoolSize(poolSize);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bare");
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(true);
    // as the app (the Spring Boot starter's default): the engine's default DbIdGenerator takes a second
    // connection for each block of ids inside a command, and 28 ballots at once exhaust the pool
    configuration.setIdGenerator(new StrongUuidGenerator());
    // a conflicting completion is retried inside the engine, by the same interceptor as in the app
    configuration.setProcessEnginePlugins(List.of(counter, new RetryConflictingCompletionsPlugin()));
    // the members as a bean, as the app reads them from the council group: no list variable to serialize
    Map<Object, Object> beans = new java.util.HashMap<>();
    beans.put("councilMembers", MEMBERS);
    configuration.setBeans(beans);
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().name("bare")
        .addModelInstance("nomination.bpmn", nomination())
        .addModelInstance("council-session.bpmn", councilSession())
        .addModelInstance("award-decision.bpmn", awardDecision())
        .deploy();
  }

  static BpmnModelInstance nomination() {
    return Bpmn.createExecutableProcess("nomination").camundaHistoryTimeToLive(3650)
        .startEvent()
        .userTask("Task_SubmitDossier").camundaAssignee("${starter}")
        .boundaryEvent("BoundaryEvent_SubmitWithdrawn").message("Withdraw").endEvent().moveToActivity("Task_SubmitDossier")
        .userTask("Task_CheckDossier").camundaCandidateGroups("office")
        .boundaryEvent("BoundaryEvent_CheckWithdrawn").message("Withdraw").endEvent().moveToActivity("Task_CheckDossier")
        .boundaryEvent("BoundaryEvent_CheckOverdue").cancelActivity(false).timerWithDuration("P7D").endEvent()
        .moveToActivity("Task_CheckDossier")
        .receiveTask("Task_AwaitCouncilResult").message("CouncilResult")
        .boundaryEvent("BoundaryEvent_AwaitWithdrawn").message("Withdraw").endEvent().moveToActivity("Task_AwaitCouncilResult")
        .intermediateCatchEvent("Event_AwaitDecision").message("DecisionIssued")
        .endEvent("EndEvent_Awarded")
        .done();
  }

  static BpmnModelInstance councilSession() {
    return Bpmn.createExecutableProcess("council-session").camundaHistoryTimeToLive(3650)
        .startEvent()
        .userTask("Task_ConfirmAgenda").camundaCandidateGroups("office")
        .userTask("Task_CastBallot").camundaAssignee("${councilMember}")
        .camundaTaskListenerClass("complete", DropBallot.class)
        .multiInstance().parallel().camundaAsyncAfter().camundaCollection("${councilMembers}")
        .camundaElementVariable("councilMember")
        .multiInstanceDone()
        .boundaryEvent("BoundaryEvent_VotingClosed").timerWithDuration("P5D").endEvent()
        .moveToActivity("Task_CastBallot")
        .boundaryEvent("BoundaryEvent_VotingReminder").cancelActivity(false).timerWithDuration("P4D").endEvent()
        .moveToActivity("Task_CastBallot")
        .userTask("Task_ConfirmMinutes").camundaCandidateGroups("office")
        .serviceTask("Task_SendResults").camundaClass(SendCouncilResults.class)
        .endEvent()
        .done();
  }

  static BpmnModelInstance awardDecision() {
    return Bpmn.createExecutableProcess("award-decision").camundaHistoryTimeToLive(3650)
        .startEvent()
        .userTask("Task_PrepareDecision").camundaCandidateGroups("office")
        .userTask("Task_SignDecision").camundaCandidateGroups("director")
        .boundaryEvent("BoundaryEvent_SignWaiting").cancelActivity(false).timerWithDuration("P5D").endEvent()
        .moveToActivity("Task_SignDecision")
        .serviceTask("Task_IssueDecision").camundaClass(IssueDecision.class)
        .endEvent()
        .done();
  }

  /**
   * The ballot's choice is not kept, as in the app (CastBallotListener): without this, the first ballot
   * would create it as a variable of the process instance and every other would update that row.
   */
  public static class DropBallot implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      task.removeVariable("agreed");
    }
  }

  /** CouncilResult to each agenda nomination, in the minutes' transaction as in the app. */
  public static class SendCouncilResults implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      for (String key : ((String) execution.getVariable("agenda")).split(",")) {
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation("CouncilResult")
            .processInstanceBusinessKey(key).setVariable("councilApproved", true).setVariable("votesFor", 7)
            .correlateWithResult();
      }
    }
  }

  /** DecisionIssued to each recipient, in the signing's transaction as in the app. */
  public static class IssueDecision implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      for (String key : ((String) execution.getVariable("recipients")).split(",")) {
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation("DecisionIssued")
            .processInstanceBusinessKey(key).setVariable("decisionNumber", "1/QĐ").correlateWithResult();
      }
    }
  }

  @Override
  public String name() {
    return "bare";
  }

  @Override
  public ProcessEngine engine() {
    return engine;
  }

  @Override
  public CommandCounter counter() {
    return counter;
  }

  @Override
  public Ref start(int thread, int year, String nominee) {
    String key = "DN-" + year + "-" + sequence.incrementAndGet();
    Map<String, Object> variables = new java.util.HashMap<>(AppPath.proposal(year, nominee));
    variables.put("starter", AppPath.unitHead(thread));
    return new Ref(engine.getRuntimeService().startProcessInstanceByKey("nomination", key, variables).getId(), key);
  }

  @Override
  public void attachDossier(int thread, Ref nomination) {
    // the documents are the app's own table, not the engine's
  }

  @Override
  public void send(int thread, Ref nomination) {
    complete(nomination, "Task_SubmitDossier", Map.of("submitAction", "SEND"));
  }

  @Override
  public void check(Ref nomination) {
    complete(nomination, "Task_CheckDossier", Map.of("dossierDecision", "COMPLETE"));
  }

  @Override
  public Ref startSession(int year, List<Ref> nominations) {
    return startBatch("council-session", "HD", year);
  }

  @Override
  public void confirmAgenda(Ref session, List<Ref> nominations) {
    complete(session, "Task_ConfirmAgenda", Map.of("agenda", keys(nominations)));
  }

  @Override
  public void castBallot(Task ballot, List<Ref> nominations) {
    engine.getTaskService().complete(ballot.getId(), Map.of("agreed", keys(nominations)));
  }

  @Override
  public void confirmMinutes(Ref session) {
    complete(session, "Task_ConfirmMinutes", Map.of("minutesConfirmed", true));
  }

  @Override
  public Ref startDecision(int year) {
    return startBatch("award-decision", "GK", year);
  }

  private Ref startBatch(String processKey, String prefix, int year) {
    String key = prefix + "-" + year + "-" + sequence.incrementAndGet();
    return new Ref(engine.getRuntimeService().startProcessInstanceByKey(processKey, key,
        Map.of("period", "ANNUAL", "year", year)).getId(), key);
  }

  @Override
  public void prepareDecision(Ref decision, List<Ref> nominations) {
    complete(decision, "Task_PrepareDecision", Map.of("recipients", keys(nominations)));
  }

  @Override
  public void signDecision(Ref decision) {
    complete(decision, "Task_SignDecision", Map.of("signAction", "SIGN"));
  }

  private void complete(Ref instance, String taskKey, Map<String, Object> variables) {
    engine.getTaskService().complete(task(instance, taskKey).getId(), variables);
  }

  private static String keys(List<Ref> nominations) {
    return nominations.stream().map(Ref::key).collect(Collectors.joining(","));
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
