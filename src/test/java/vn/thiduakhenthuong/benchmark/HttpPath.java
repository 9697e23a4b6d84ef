package vn.thiduakhenthuong.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import vn.thiduakhenthuong.decision.BatchFlow;
import vn.thiduakhenthuong.reliability.Api;

/**
 * The whole path through HTTP, as Tasklist and our pages call the app: every call as the demo user
 * with HTTP Basic on {@code /engine-rest} and {@code /api}. Before each task, the user opens the
 * Tasklist filter where it shows (its first page of 15, newest first, as HAL, and its count), finds
 * the task, and opens its form (the deployed form and its variables); then submits the form. Each
 * call is timed by its kind; a call answered with anything but 2xx is an error. A write that fails
 * breaks the path (thrown); a read that fails is counted and the path goes on. The engine is used
 * only as {@link AwardPath}'s defaults use it: to find the 7 ballots and wait for the minutes.
 */
final class HttpPath implements AwardPath {

  static final String START = "start nomination: POST …/nomination/submit-form";
  static final String UPLOAD = "upload a dossier document: POST /api/nominations/{key}/documents";
  static final String DOCUMENTS = "Office reads the dossier: GET /api/nominations/{key}/documents";
  static final String LIST = "Tasklist list: POST /engine-rest/filter/{id}/list, first 15, HAL";
  static final String COUNT = "Tasklist count: GET /engine-rest/filter/{id}/count";
  static final String FIND = "find the task: GET /engine-rest/task?processInstanceId&taskDefinitionKey";
  static final String FORM = "open the form: GET /engine-rest/task/{id}/deployed-form";
  static final String FORM_VARIABLES = "open the form: GET /engine-rest/task/{id}/form-variables";
  static final String SEND = "send dossier: POST task/{id}/submit-form";
  static final String CHECK = "check dossier: POST task/{id}/submit-form";
  static final String SESSION_START = "start Council session: POST …/council-session/submit-form";
  static final String AGENDA = "confirm agenda: POST task/{id}/submit-form";
  static final String BALLOT = "one ballot (7 at once): POST task/{id}/submit-form";
  static final String MINUTES = "confirm minutes: POST task/{id}/submit-form";
  static final String DECISION_START = "start decision: POST …/award-decision/submit-form";
  static final String DECISION_PREPARE = "prepare decision: POST task/{id}/submit-form";
  static final String DECISION_SIGN = "sign decision: POST task/{id}/submit-form";
  static final String REGISTRY = "registry: GET /api/registry?year&period";
  static final List<String> CALLS = List.of(START, UPLOAD, DOCUMENTS, LIST, COUNT, FIND, FORM, FORM_VARIABLES, SEND,
      CHECK, SESSION_START, AGENDA, BALLOT, MINUTES, DECISION_START, DECISION_PREPARE, DECISION_SIGN, REGISTRY);

  /** The Tasklist filters (RoleFilters) in which each user finds the task. */
  static final String MINE = "Việc của tôi";
  static final String GROUP = "Việc của nhóm";
  static final String BALLOTS = "Phiếu biểu quyết";
  static final String TO_SIGN = "Chờ ký";

  /** What Tasklist sends to list a filter: newest first. */
  private static final String NEWEST_FIRST = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

  /** The measured outcome: the whole path, and each kind of call with its errors and engine commands. */
  record Measured(PathRunner.Result run, Latencies calls, Map<String, Long> errors, Map<String, Long> commands) {

    long errors(String call) {
      return errors.getOrDefault(call, 0L);
    }

    /** Engine commands per call of this kind, on the app's side (authentication included). */
    double commandsPerCall(String call) {
      return (double) commands.getOrDefault(call, 0L) / calls.count(call);
    }
  }

  private final ProcessEngine engine;
  private final CommandCounter counter;
  private final Api api;
  private final CallCommands commands;
  private final Map<String, Long> commandsBefore = new HashMap<>();
  /** The kind of the call this thread makes, sent to the app in {@link CallCommands#HEADER}. */
  private final ThreadLocal<String> calling = new ThreadLocal<>();
  private final Map<String, String> filters = new HashMap<>();
  private final Latencies calls = new Latencies();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

  HttpPath(ProcessEngine engine, CommandCounter counter, CallCommands commands, String baseUrl) {
    this.engine = engine;
    this.counter = counter;
    this.commands = commands;
    this.api = Api.at(baseUrl, request -> calling.get() == null ? request
        : request.header(CallCommands.HEADER, calling.get()));
    for (String call : CALLS) {
      commandsBefore.put(call, commands.commands(tag(call)));
    }
    // Tasklist reads the filters once when it opens
    for (JsonNode filter : ok("filters", api.get("admin", "/engine-rest/filter?resourceType=Task")).json()) {
      filters.put(filter.get("name").asText(), filter.get("id").asText());
    }
  }

  /** A warm-up run, then the measured one, each on a path of its own (so only the measured calls count). */
  static Measured measure(BenchmarkSettings settings, BenchmarkSettings warmUp, ProcessEngine engine,
      CommandCounter counter, CallCommands commands, String baseUrl) throws Exception {
    new PathRunner(warmUp, new HttpPath(engine, counter, commands, baseUrl)).run();
    HttpPath path = new HttpPath(engine, counter, commands, baseUrl);
    return path.measured(new PathRunner(settings, path).run());
  }

  /** The calls made so far on this path, with the run that made them. */
  Measured measured(PathRunner.Result run) {
    Map<String, Long> counted = new LinkedHashMap<>();
    errors.forEach((call, count) -> counted.put(call, count.get()));
    Map<String, Long> commanded = new LinkedHashMap<>();
    for (String call : CALLS) {
      commanded.put(call, commands.commands(tag(call)) - commandsBefore.get(call));
    }
    return new Measured(run, calls, counted, commanded);
  }

  @Override
  public String name() {
    return "http";
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
    return started(write(START, () -> api.post(AppPath.unitHead(thread),
        "/engine-rest/process-definition/key/nomination/submit-form", form(AppPath.proposal(year, nominee)))));
  }

  @Override
  public void attachDossier(int thread, Ref nomination) {
    for (String type : List.of("TO_TRINH", "BAO_CAO_THANH_TICH")) {
      write(UPLOAD, () -> api.upload(AppPath.unitHead(thread), nomination.key(), type));
    }
  }

  @Override
  public void send(int thread, Ref nomination) {
    submit(AppPath.unitHead(thread), MINE, nomination, "Task_SubmitDossier", SEND,
        "{\"submitAction\":{\"value\":\"SEND\"}}");
  }

  @Override
  public void check(Ref nomination) {
    read(DOCUMENTS, () -> api.get(AppPath.OFFICE, "/api/nominations/" + nomination.key() + "/documents"));
    submit(AppPath.OFFICE, GROUP, nomination, "Task_CheckDossier", CHECK,
        "{\"dossierDecision\":{\"value\":\"COMPLETE\"}}");
  }

  @Override
  public Ref startSession(int year, List<Ref> nominations) {
    Map<String, Object> variables = Map.of("period", "ANNUAL", "year", year,
        "sessionTitle", "Phiên họp xét khen thưởng năm " + year, "meetingDate", "2026-12-01", "votingDays", 3);
    return started(write(SESSION_START, () -> api.post(AppPath.OFFICE,
        "/engine-rest/process-definition/key/council-session/submit-form", form(variables))));
  }

  @Override
  public void confirmAgenda(Ref session, List<Ref> nominations) {
    submit(AppPath.OFFICE, GROUP, session, "Task_ConfirmAgenda", AGENDA,
        "{\"agendaNominations\":" + keys(nominations) + "}");
  }

  /** The member opens «Phiếu biểu quyết», the ballot's form, and submits it (the ballot's id comes from the list). */
  @Override
  public void castBallot(Task ballot, List<Ref> nominations) {
    String member = ballot.getAssignee();
    tasklist(member, BALLOTS);
    open(member, ballot.getId());
    write(BALLOT, () -> api.post(member, "/engine-rest/task/" + ballot.getId() + "/submit-form",
        "{\"variables\":{\"agreedNominations\":" + keys(nominations) + "}}"));
  }

  @Override
  public void confirmMinutes(Ref session) {
    submit(AppPath.OFFICE, GROUP, session, "Task_ConfirmMinutes", MINUTES, "{\"minutesConfirmed\":{\"value\":true}}");
  }

  @Override
  public Ref startDecision(int year) {
    return started(write(DECISION_START, () -> api.post(AppPath.OFFICE,
        "/engine-rest/process-definition/key/award-decision/submit-form",
        form(Map.of("period", "ANNUAL", "year", year)))));
  }

  @Override
  public void prepareDecision(Ref decision, List<Ref> nominations) {
    submit(AppPath.OFFICE, GROUP, decision, "Task_PrepareDecision", DECISION_PREPARE,
        "{\"decisionNominations\":" + keys(nominations) + "}");
  }

  /** The Director signs; then the Office finds the decision's number in the registry of its year. */
  @Override
  public void signDecision(Ref decision) {
    submit(AppPath.DIRECTOR, TO_SIGN, decision, "Task_SignDecision", DECISION_SIGN, "{\"signAction\":{\"value\":\"SIGN\"}}");
    Object year = ended(decision, "year");
    Object number = ended(decision, "decisionNumber");
    String registry = read(REGISTRY, () -> api.get(AppPath.OFFICE, "/api/registry?year=" + year + "&period=ANNUAL")).body();
    if (!registry.contains("\"" + number + "\"")) {
      throw new IllegalStateException("the registry of " + year + " shows no award of decision " + number);
    }
  }

  private Object ended(Ref instance, String variable) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.id())
        .variableName(variable).singleResult().getValue();
  }

  /** Tasklist's filter, the task found, its form opened, the form submitted. */
  private void submit(String user, String filter, Ref instance, String taskKey, String call, String variables) {
    tasklist(user, filter);
    JsonNode found = ok(FIND, read(FIND, () -> api.get(user, "/engine-rest/task?processInstanceId=" + instance.id()
        + "&taskDefinitionKey=" + taskKey))).json();
    if (found.size() != 1) {
      throw new IllegalStateException(user + " finds " + found.size() + " " + taskKey + " in " + instance.key());
    }
    String taskId = found.get(0).get("id").asText();
    open(user, taskId);
    write(call, () -> api.post(user, "/engine-rest/task/" + taskId + "/submit-form", "{\"variables\":" + variables + "}"));
  }

  /** The first page of a filter, as Tasklist shows it (with the filter's variables embedded), and its count. */
  private void tasklist(String user, String filter) {
    String id = filters.get(filter);
    if (id == null) {
      throw new IllegalStateException("no Tasklist filter «" + filter + "» among " + filters.keySet());
    }
    read(LIST, () -> api.postHal(user, "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults="
        + TasklistQueries.PAGE, NEWEST_FIRST));
    read(COUNT, () -> api.get(user, "/engine-rest/filter/" + id + "/count"));
  }

  private void open(String user, String taskId) {
    read(FORM, () -> api.get(user, "/engine-rest/task/" + taskId + "/deployed-form"));
    read(FORM_VARIABLES, () -> api.get(user, "/engine-rest/task/" + taskId + "/form-variables"));
  }

  /** A call that changes something: timed, and thrown when refused (the path cannot go on). */
  private Api.Answer write(String call, Supplier<Api.Answer> request) {
    return ok(call, read(call, request));
  }

  /** A call timed under its kind; an answer other than 2xx, or none, is counted as an error of that kind. */
  private Api.Answer read(String call, Supplier<Api.Answer> request) {
    calling.set(tag(call));
    try {
      Api.Answer answer = calls.time(call, request);
      if (!answer.ok()) {
        errors.computeIfAbsent(call, c -> new AtomicLong()).incrementAndGet();
      }
      return answer;
    } catch (Api.NodeDown noAnswer) {
      errors.computeIfAbsent(call, c -> new AtomicLong()).incrementAndGet();
      throw noAnswer;
    } finally {
      calling.remove();
    }
  }

  /** A kind of call as the header names it (ASCII): its place in {@link #CALLS}. */
  private static String tag(String call) {
    return Integer.toString(CALLS.indexOf(call));
  }

  private static Api.Answer ok(String call, Api.Answer answer) {
    if (!answer.ok()) {
      throw new IllegalStateException(call + ": HTTP " + answer.status() + " " + answer.body());
    }
    return answer;
  }

  private static Ref started(Api.Answer answer) {
    JsonNode instance = answer.json();
    return new Ref(instance.get("id").asText(), instance.get("businessKey").asText());
  }

  /** A start form's fields as /engine-rest takes them: {"variables": {"name": {"value": ...}}}. */
  private static String form(Map<String, Object> fields) {
    ObjectNode variables = Api.JSON.createObjectNode();
    fields.forEach((name, value) -> variables.putObject(name).set("value", Api.JSON.valueToTree(value)));
    try {
      return Api.JSON.writeValueAsString(Map.of("variables", variables));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String keys(List<Ref> nominations) {
    return BatchFlow.jsonList(nominations.stream().map(Ref::key).toList());
  }
}
