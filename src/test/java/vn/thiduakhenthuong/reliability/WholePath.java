package vn.thiduakhenthuong.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.thiduakhenthuong.decision.BatchFlow;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.reliability.Journal.Kind;

/**
 * The whole path through /engine-rest and /api, many demo users at once: unit heads propose, attach
 * the dossier and send it; the Office checks; the Office convenes the Council, the 7 members vote at
 * the same moment, the secretary confirms the minutes; the Office prepares a decision and the
 * Director signs it. One nomination of each unit head is returned by the Office for supplement and
 * supplemented by the unit head; every fourth is for a Bằng khen: the Council approves it, the Office
 * gathers it into a Tờ trình to the province, the Director signs (n/TTr-...), the Office sends it and
 * records the province's decision, which awards some and not others. Every step reads the state first
 * and does only what is still to do, so a step cut off by a crash is simply done again once a node
 * answers.
 */
final class WholePath {

  static final List<String> UNIT_HEADS = List.of("tpqldd", "tptnn", "ccmt", "gdvpdk", "gdcntt");
  static final String PERIOD = "ANNUAL";
  static final int YEAR = 2026;
  static final String DIRECTOR = "DIRECTOR_CERTIFICATE";
  static final String PROVINCE = "PROVINCE_CERTIFICATE";

  private final Api api;
  private final Journal journal;
  private final long deadline;
  /** Nominations the Office leaves unchecked for now (their overdue timer is under test). */
  final Set<String> held = ConcurrentHashMap.newKeySet();
  /** Nominations the Office returns once for supplement before accepting them. */
  final Set<String> toReturn = ConcurrentHashMap.newKeySet();
  /** Bằng khen nominations the province does not award (those of every second unit head's 4th). */
  final Set<String> provinceRefuses = ConcurrentHashMap.newKeySet();
  final AtomicInteger sessions = new AtomicInteger();
  final AtomicInteger decisions = new AtomicInteger();
  final AtomicInteger submissions = new AtomicInteger();
  private volatile boolean proposing = true;
  /** Why the work beside the path (kills, timers) failed; the path then stops instead of waiting for it. */
  private volatile Throwable besideFailed;

  WholePath(Api api, Journal journal, Duration timeout) {
    this.api = api;
    this.journal = journal;
    this.deadline = System.nanoTime() + timeout.toNanos();
  }

  /**
   * Each unit head proposes {@code perUnitHead} nominations (the 1st returned once for supplement, every
   * 4th for a Bằng khen, the 4th of every second unit head not awarded by the province); returns when all
   * of them are decided.
   */
  void run(int perUnitHead, String tag) throws Exception {
    ExecutorService users = Executors.newFixedThreadPool(UNIT_HEADS.size() + 2);
    List<Future<?>> proposers = new ArrayList<>();
    for (String unitHead : UNIT_HEADS) {
      boolean refusedUnit = UNIT_HEADS.indexOf(unitHead) % 2 == 1;
      proposers.add(users.submit(() -> {
        for (int i = 1; i <= perUnitHead; i++) {
          String key = propose(unitHead, "Cán bộ " + tag + " " + unitHead + " " + i, i % 4 == 0 ? PROVINCE : DIRECTOR,
              i == 1);
          if (i == 4 && refusedUnit) {
            provinceRefuses.add(key);
          }
        }
        return null;
      }));
    }
    Future<?> office = users.submit(() -> {
      officeChecks();
      return null;
    });
    Future<?> coordinator = users.submit(() -> {
      councilAndDecisions();
      return null;
    });
    try {
      for (Future<?> proposer : proposers) {
        proposer.get();
      }
      proposing = false;
      office.get();
      coordinator.get();
    } finally {
      proposing = false;
      users.shutdownNow();
      users.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  /** Proposes a Giấy khen, attaches the dossier and sends it; returns the business key. */
  String propose(String unitHead, String nominee) {
    return propose(unitHead, nominee, DIRECTOR, false);
  }

  /** Proposes {@code awardType}, attaches the dossier and sends it (to be returned once if asked); returns the key. */
  String propose(String unitHead, String nominee, String awardType, boolean returnOnce) {
    String key = step("start " + nominee, () -> {
      String existing = nominationOf(nominee);
      if (existing != null) {
        return existing;
      }
      Api.Answer started = api.post(unitHead, "/engine-rest/process-definition/key/nomination/start", startBody(nominee, awardType));
      if (!started.ok()) {
        journal.error("start " + nominee, started);
        return null;
      }
      String businessKey = started.json().get("businessKey").asText();
      journal.confirmed(Kind.STARTED, businessKey, nominee, "start nomination");
      return businessKey;
    });
    if (key == null) {
      return null;
    }
    if (returnOnce) {
      toReturn.add(key);
    }
    for (String type : List.of("TO_TRINH", "BAO_CAO_THANH_TICH")) {
      step("upload " + type + " " + key, () -> {
        Api.Answer listed = api.get(unitHead, "/api/nominations/" + key + "/documents");
        for (JsonNode document : listed.json()) {
          if (document.get("type").asText().equals(type)) {
            return null;
          }
        }
        Api.Answer uploaded = api.upload(unitHead, key, type);
        if (uploaded.status() != 201) {
          journal.error("upload " + key, uploaded);
        } else {
          journal.confirmed(Kind.UPLOADED, key, uploaded.json().get("id").asText(), "upload " + type);
        }
        return null;
      });
    }
    step("send " + key, () -> completeIfOpen(unitHead, key, "Task_SubmitDossier", "{\"submitAction\":{\"value\":\"SEND\"}}"));
    return key;
  }

  /**
   * Runs {@code work} that goes on beside the path and clears {@link #held} when done (kills, timers). If it
   * fails, every user of the path stops at their next step with its failure as the cause: the held
   * nominations would otherwise never be released, and the path would only end at its deadline, naming a
   * step that was merely waiting.
   */
  <T> java.util.concurrent.Callable<T> beside(java.util.concurrent.Callable<T> work) {
    return () -> {
      try {
        return work.call();
      } catch (Throwable failure) {
        besideFailed = failure;
        throw failure;
      }
    };
  }

  /** Nominations sent by {@code unitHead} that the Office leaves at its check until {@link #held} is cleared. */
  List<String> heldAtCheck(String unitHead, int count) {
    List<String> keys = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String key = propose(unitHead, "Cán bộ chờ kiểm tra " + i);
      held.add(key);
      keys.add(key);
    }
    return keys;
  }

  /** The Office accepts every dossier waiting for its check, except held ones, until proposals end. */
  private void officeChecks() {
    while (!step("office checks", this::officeRound)) {
      pause(300);
    }
  }

  /**
   * One look at the open checks; true when nothing is left to check and no more will come. Whether the
   * proposals ended and the held nominations were released is read before the tasks are: read after, a
   * release in between would end the Office's work with the released dossiers never checked.
   */
  private boolean officeRound() {
    boolean wasProposing = proposing;
    boolean wasReleased = held.isEmpty();
    JsonNode open = api.get("chuyenvien",
        "/engine-rest/task?processDefinitionKey=nomination&taskDefinitionKey=Task_CheckDossier&maxResults=30").json();
    int done = 0;
    for (JsonNode task : open) {
      String key = businessKeyOf(task);
      if (held.contains(key)) {
        continue;
      }
      if (toReturn.contains(key) && !supplemented(key)) {
        complete("chuyenvien", key, task, "{\"dossierDecision\":{\"value\":\"SUPPLEMENT\"},"
            + "\"officeComment\":{\"value\":\"Bổ sung số liệu trong Báo cáo thành tích\"}}");
      } else {
        complete("chuyenvien", key, task, "{\"dossierDecision\":{\"value\":\"COMPLETE\"}}");
      }
      done++;
    }
    // the unit head of each returned dossier supplements it; it comes back to the Office's check
    for (JsonNode task : api.get("admin", "/engine-rest/task?processDefinitionKey=nomination"
        + "&taskDefinitionKey=Task_SupplementDossier").json()) {
      complete(task.get("assignee").asText(), businessKeyOf(task), task,
          "{\"supplementNote\":{\"value\":\"Đã bổ sung số liệu theo ý kiến của Văn phòng Sở\"}}");
      done++;
    }
    return done == 0 && !wasProposing && wasReleased;
  }

  /** Whether nomination {@code key} was already returned for supplement (so the Office accepts it now). */
  private boolean supplemented(String key) {
    return api.get("admin", "/engine-rest/history/task/count?processInstanceBusinessKey=" + key
        + "&taskDefinitionKey=Task_SupplementDossier").json().get("count").asLong() > 0;
  }

  /** Sessions and decisions of at least 8 nominations, Tờ trình of at least 4, while proposals go on; then the rest. */
  private void councilAndDecisions() {
    while (!step("council and decisions", this::coordinatorRound)) {
      pause(300);
    }
  }

  /**
   * One look at the sessions, decisions and submissions; true when every nomination is decided: no more
   * will come (read first) and none is running, whatever step it is at. Counting them in one read matters:
   * looked at step by step, a nomination the Office moves on between two reads (from its check to waiting
   * for the Council) is in neither, and the path ended with it waiting (CI of {@code bb05179}: the three
   * held nominations, released at once, never reached a session).
   */
  private boolean coordinatorRound() {
    boolean wasProposing = proposing;
    boolean wasReleased = held.isEmpty();
    boolean council = councilStep(wasProposing);
    boolean decision = decisionStep(wasProposing);
    boolean submission = provinceStep(wasProposing);
    return !council && !decision && !submission && !wasProposing && wasReleased && runningCount("nomination") == 0
        && running("council-session") == null && running("award-decision") == null
        && running("province-submission") == null;
  }

  private boolean councilStep(boolean proposalsGoOn) {
    JsonNode session = running("council-session");
    if (session == null) {
      return startWhenWaiting("CouncilResult", 8, proposalsGoOn, "council-session", sessions,
          ",\"sessionTitle\":{\"value\":\"Phiên họp xét khen thưởng\"},\"meetingDate\":{\"value\":\"2026-12-05\"}");
    }
    String id = session.get("id").asText();
    String key = session.get("businessKey").asText();
    List<JsonNode> tasks = tasksOf(id);
    for (JsonNode task : tasks) {
      String definition = task.get("taskDefinitionKey").asText();
      if (definition.equals("Task_ConfirmAgenda")) {
        List<String> candidates = optionValues(task, "candidateNominations");
        complete("chuyenvien", key, task, "{\"agendaNominations\":" + BatchFlow.jsonList(candidates) + "}");
        return true;
      }
      if (definition.equals("Task_ConfirmMinutes")) {
        complete("chanhvp", key, task, "{\"minutesConfirmed\":{\"value\":true}}");
        return true;
      }
    }
    List<JsonNode> ballots = tasks.stream().filter(t -> t.get("taskDefinitionKey").asText().equals("Task_CastBallot"))
        .collect(Collectors.toList());
    if (ballots.isEmpty()) {
      return false;
    }
    String agenda = variable(id, "agendaNominations");
    voteAtOnce(key, ballots, agenda);
    return true;
  }

  /** The members whose ballots are open vote at the same moment, each agreeing with the whole agenda. */
  private void voteAtOnce(String key, List<JsonNode> ballots, String agenda) {
    ExecutorService members = Executors.newFixedThreadPool(ballots.size());
    try {
      List<Future<?>> votes = new ArrayList<>();
      for (JsonNode ballot : ballots) {
        votes.add(members.submit(() -> complete(ballot.get("assignee").asText(), key, ballot,
            "{\"agreedNominations\":{\"type\":\"Json\",\"value\":" + Api.JSON.writeValueAsString(agenda) + "}}")));
      }
      for (Future<?> vote : votes) {
        vote.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      members.shutdown();
    }
  }

  private boolean decisionStep(boolean proposalsGoOn) {
    JsonNode decision = running("award-decision");
    if (decision == null) {
      return startWhenWaiting("DecisionIssued", 8, proposalsGoOn, "award-decision", decisions, "");
    }
    String key = decision.get("businessKey").asText();
    for (JsonNode task : tasksOf(decision.get("id").asText())) {
      String definition = task.get("taskDefinitionKey").asText();
      if (definition.equals("Task_PrepareDecision")) {
        List<String> candidates = optionValues(task, "candidateNominations");
        complete("chuyenvien", key, task, "{\"decisionNominations\":" + BatchFlow.jsonList(candidates)
            + ",\"decisionSummary\":{\"value\":\"Tặng Giấy khen năm 2026\"}}");
        return true;
      }
      if (definition.equals("Task_SignDecision")) {
        sign(Kind.SIGNED, key, task);
        return true;
      }
    }
    return false;
  }

  /**
   * The Tờ trình to the province: the Office gathers the approved Bằng khen nominations (from 4 on, or the
   * last ones), the Director signs, the Office sends it and records the province's decision.
   */
  private boolean provinceStep(boolean proposalsGoOn) {
    JsonNode submission = running("province-submission");
    if (submission == null) {
      return startWhenWaiting("ProvinceDecision", 4, proposalsGoOn, "province-submission", submissions, "");
    }
    String id = submission.get("id").asText();
    String key = submission.get("businessKey").asText();
    String today = Nomination.today().toString();
    for (JsonNode task : tasksOf(id)) {
      switch (task.get("taskDefinitionKey").asText()) {
        case "Task_PrepareSubmission" -> complete("chanhvp", key, task, "{\"submissionNominations\":"
            + BatchFlow.jsonList(optionValues(task, "candidateNominations")) + "}");
        case "Task_SignSubmission" -> sign(Kind.SUBMITTED, key, task);
        case "Task_SendToProvince" -> complete("chuyenvien", key, task, "{\"sentDate\":{\"value\":\"" + today
            + "\"},\"sentReference\":{\"value\":\"Qua Hệ thống quản lý văn bản\"}}");
        case "Task_RecordProvinceDecision" -> complete("chuyenvien", key, task, "{\"provinceDecisionNumber\":{\"value\":\""
            + Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)) + "/QĐ-UBND\"},\"provinceDecisionDate\":{\"value\":\""
            + today + "\"},\"provinceAwardedNominations\":" + BatchFlow.jsonList(provinceAwards(id)) + "}");
        default -> {
          continue;
        }
      }
      return true;
    }
    return false;
  }

  /** The Director signs the decision or Tờ trình {@code key}; journalled as {@code kind} (numbered on signing). */
  private void sign(Kind kind, String key, JsonNode task) {
    Api.Answer signed = api.post("giamdoc", "/engine-rest/task/" + task.get("id").asText() + "/complete",
        "{\"variables\":{\"signAction\":{\"value\":\"SIGN\"}}}");
    if (signed.ok()) {
      journal.confirmed(kind, key, task.get("id").asText(), "sign " + task.get("taskDefinitionKey").asText());
    } else {
      journal.error("sign " + key, signed);
    }
  }

  /** The province awards the nominations of the Tờ trình but those in {@link #provinceRefuses}. */
  private List<String> provinceAwards(String submissionId) {
    List<String> awarded = new ArrayList<>();
    try {
      for (JsonNode submitted : Api.JSON.readTree(variable(submissionId, "submissionNominations"))) {
        if (!provinceRefuses.contains(submitted.asText())) {
          awarded.add(submitted.asText());
        }
      }
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return awarded;
  }

  /** The Office starts {@code processKey} once {@code batch} nominations wait for {@code message}, or the last ones. */
  private boolean startWhenWaiting(String message, int batch, boolean proposalsGoOn, String processKey,
      AtomicInteger started, String moreVariables) {
    long waiting = waiting(message);
    if (waiting < batch && (proposalsGoOn || waiting == 0)) {
      return false;
    }
    Api.Answer answer = api.post("chuyenvien", "/engine-rest/process-definition/key/" + processKey + "/start",
        "{\"variables\":{\"period\":{\"value\":\"" + PERIOD + "\"},\"year\":{\"value\":" + YEAR + "}"
            + moreVariables + "}}");
    confirm(Kind.STARTED, answer, "start " + processKey);
    started.incrementAndGet();
    return true;
  }

  /** Completes the open task {@code definition} of nomination {@code key}, if it is still open. */
  Void completeIfOpen(String user, String key, String definition, String variables) {
    JsonNode tasks = api.get(user, "/engine-rest/task?processInstanceBusinessKey=" + key
        + "&taskDefinitionKey=" + definition).json();
    for (JsonNode task : tasks) {
      complete(user, key, task, variables);
    }
    return null;
  }

  Void complete(String user, String key, JsonNode task, String variables) {
    Api.Answer answer = api.post(user, "/engine-rest/task/" + task.get("id").asText() + "/complete",
        "{\"variables\":" + variables + "}");
    if (answer.ok()) {
      journal.confirmed(Kind.COMPLETED, key, task.get("id").asText(), task.get("taskDefinitionKey").asText() + " by " + user);
    } else {
      journal.error(task.get("taskDefinitionKey").asText() + " of " + key + " by " + user, answer);
    }
    return null;
  }

  private void confirm(Kind kind, Api.Answer answer, String what) {
    if (answer.ok()) {
      journal.confirmed(kind, answer.json().get("businessKey").asText(), answer.json().get("id").asText(), what);
    } else {
      journal.error(what, answer);
    }
  }

  private String nominationOf(String nominee) {
    JsonNode found = api.get("admin", "/engine-rest/history/process-instance?processDefinitionKey=nomination"
        + "&variables=nomineeName_eq_" + Api.encode(nominee)).json();
    if (found.size() > 1) {
      throw new AssertionError("two nominations for " + nominee + ": " + found);
    }
    return found.isEmpty() ? null : found.get(0).get("businessKey").asText();
  }

  private JsonNode running(String processKey) {
    JsonNode instances = api.get("admin", "/engine-rest/process-instance?processDefinitionKey=" + processKey).json();
    return instances.isEmpty() ? null : instances.get(0);
  }

  private long runningCount(String processKey) {
    return api.get("admin", "/engine-rest/process-instance/count?processDefinitionKey=" + processKey)
        .json().get("count").asLong();
  }

  private long waiting(String message) {
    return api.get("admin", "/engine-rest/event-subscription/count?eventType=message&eventName=" + message)
        .json().get("count").asLong();
  }

  List<JsonNode> tasksOf(String processInstanceId) {
    List<JsonNode> tasks = new ArrayList<>();
    api.get("admin", "/engine-rest/task?processInstanceId=" + processInstanceId).json().forEach(tasks::add);
    return tasks;
  }

  String variable(String processInstanceId, String name) {
    return api.get("admin", "/engine-rest/process-instance/" + processInstanceId + "/variables/" + name
        + "?deserializeValue=false").json().get("value").asText();
  }

  List<String> optionValues(JsonNode task, String name) {
    String options = api.get("admin", "/engine-rest/task/" + task.get("id").asText() + "/variables/" + name
        + "?deserializeValue=false").json().get("value").asText();
    List<String> values = new ArrayList<>();
    try {
      Api.JSON.readTree(options).forEach(option -> values.add(option.isObject() ? option.get("value").asText() : option.asText()));
    } catch (java.io.IOException e) {
      throw new AssertionError(options, e);
    }
    return values;
  }

  private String businessKeyOf(JsonNode task) {
    String instance = task.get("processInstanceId").asText();
    return api.get("admin", "/engine-rest/process-instance/" + instance).json().path("businessKey").asText();
  }

  /**
   * Runs {@code action}; when the node it called died, waits until one answers and runs it again
   * (it reads the state first, so it does only what is still to do).
   */
  <T> T step(String what, Supplier<T> action) {
    while (true) {
      if (besideFailed != null) {
        throw new AssertionError("the whole path stopped at: " + what + ", because the work beside it failed",
            besideFailed);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the whole path did not finish in time, at: " + what + "; nominations still wait at "
            + whereNominationsWait());
      }
      try {
        return action.get();
      } catch (Api.NodeDown down) {
        journal.interrupted.incrementAndGet();
        awaitAnswer();
      }
    }
  }

  /** The steps where running nominations wait, with how many: open tasks, and messages awaited (a failure's words). */
  private String whereNominationsWait() {
    try {
      Map<String, Integer> at = new TreeMap<>();
      api.get("admin", "/engine-rest/task?processDefinitionKey=nomination").json()
          .forEach(task -> at.merge(task.get("taskDefinitionKey").asText(), 1, Integer::sum));
      api.get("admin", "/engine-rest/event-subscription?eventType=message").json()
          .forEach(awaited -> at.merge("message " + awaited.get("eventName").asText(), 1, Integer::sum));
      return at.toString();
    } catch (Api.NodeDown down) {
      return "(no node answers)";
    }
  }

  private void awaitAnswer() {
    while (System.nanoTime() < deadline && besideFailed == null) {
      try {
        if (api.get("admin", "/engine-rest/engine").ok()) {
          return;
        }
      } catch (Api.NodeDown stillDown) {
        // the node restarts
      }
      pause(200);
    }
  }

  static String startBody(String nominee, String awardType) {
    return "{\"variables\":{\"period\":{\"value\":\"" + PERIOD + "\"},\"year\":{\"value\":" + YEAR + "},"
        + "\"awardType\":{\"value\":\"" + awardType + "\"},\"nomineeKind\":{\"value\":\"INDIVIDUAL\"},"
        + "\"nomineeName\":{\"value\":\"" + nominee + "\"},\"nomineeTitle\":{\"value\":\"Chuyên viên\"},"
        + "\"achievements\":{\"value\":\"Hoàn thành xuất sắc nhiệm vụ, số hóa hồ sơ địa chính\"},"
        + "\"taskRating\":{\"value\":\"EXCELLENT\"},\"consecutiveExcellentYears\":{\"value\":2},"
        + "\"initiativeCount\":{\"value\":2},\"achievementBasis\":{\"value\":\"MOVEMENT\"},"
        + "\"submissionNumber\":{\"value\":\"12/TTr\"},\"submissionDate\":{\"value\":\"2026-01-05\"}}}";
  }

  private static void pause(long millis) {
    AppNode.sleep(millis);
  }
}
