package vn.thiduakhenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thiduakhenthuong.RestClient;

/**
 * Drives nominations, a Council session, decisions and submissions through /engine-rest as the demo
 * users, as a REST client would. The engine is only read, to find task ids and wait for jobs.
 */
public final class BatchFlow {

  public static final List<String> MEMBERS = List.of("giamdoc", "phogiamdoc", "chanhvp", "tpqldd", "ccmt", "gdvpdk", "ctcd");
  static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final RestClient rest;

  public BatchFlow(ProcessEngine engine, RestClient rest) {
    this.engine = engine;
    this.rest = rest;
  }

  /** A nomination by tpqldd (unit QLDD), sent and found complete: it waits for the Council. */
  public String nomination(String name, String kind, String awardType, String period, int year) {
    String body = "{\"variables\":{\"period\":{\"value\":\"" + period + "\"},\"year\":{\"value\":" + year + "},"
        + "\"awardType\":{\"value\":\"" + awardType + "\"},\"nomineeKind\":{\"value\":\"" + kind + "\"},"
        + "\"nomineeName\":{\"value\":\"" + name + "\"},\"nomineeTitle\":{\"value\":\""
        + (kind.equals("INDIVIDUAL") ? "Chuyên viên Phòng Quản lý đất đai" : "Tập thể đơn vị") + "\"},"
        + "\"achievements\":{\"value\":\"Hoàn thành xuất sắc nhiệm vụ, số hóa hồ sơ địa chính\"},"
        + "\"taskRating\":{\"value\":\"EXCELLENT\"},\"consecutiveExcellentYears\":{\"value\":2},"
        + "\"initiativeCount\":{\"value\":2},\"achievementBasis\":{\"value\":\"MOVEMENT\"},"
        + "\"submissionNumber\":{\"value\":\"12/TTr-QLDD\"},\"submissionDate\":{\"value\":\"" + "2026-01-05\"}}}";
    String key = field(ok(rest.postJson("/engine-rest/process-definition/key/nomination/start", "tpqldd:demo", body)),
        "businessKey");
    rest.uploadDossier(key, "tpqldd:demo");
    complete(key, "Task_SubmitDossier", "tpqldd", "{\"submitAction\":{\"value\":\"SEND\"}}");
    complete(key, "Task_CheckDossier", "chuyenvien", "{\"dossierDecision\":{\"value\":\"COMPLETE\"}}");
    return key;
  }

  /** One Council session approving every given nomination (all 7 members agree). */
  public void approveByCouncil(List<String> keys, String period, int year) {
    String session = field(ok(rest.postJson("/engine-rest/process-definition/key/council-session/start",
        "chuyenvien:demo", "{\"variables\":{\"period\":{\"value\":\"" + period + "\"},\"year\":{\"value\":" + year
            + "},\"sessionTitle\":{\"value\":\"Phiên họp xét khen thưởng\"},\"meetingDate\":{\"value\":\"2026-11-20\"}}}")),
        "businessKey");
    complete(session, "Task_ConfirmAgenda", "chuyenvien", "{\"agendaNominations\":" + jsonList(keys) + "}");
    for (String member : MEMBERS) {
      complete(session, "Task_CastBallot", member, "{\"agreedNominations\":" + jsonList(keys) + "}");
    }
    waitForTask(session, "Task_ConfirmMinutes");
    complete(session, "Task_ConfirmMinutes", "chuyenvien", "{\"minutesConfirmed\":{\"value\":true}}");
  }

  /** Starts a decision or submission as {@code user}; returns its business key. */
  public String startBatch(String processKey, String user, String period, int year) {
    return field(ok(rest.postJson("/engine-rest/process-definition/key/" + processKey + "/start", user + ":demo",
        "{\"variables\":{\"period\":{\"value\":\"" + period + "\"},\"year\":{\"value\":" + year + "}}}")), "businessKey");
  }

  /** Completes the open task {@code taskKey} of the instance with {@code businessKey} (assigned to {@code user}, if any). */
  public ResponseEntity<String> tryComplete(String businessKey, String taskKey, String user, String variables) {
    return rest.postJson("/engine-rest/task/" + task(businessKey, taskKey, user).getId() + "/complete", user + ":demo",
        "{\"variables\":" + variables + "}");
  }

  public void complete(String businessKey, String taskKey, String user, String variables) {
    ResponseEntity<String> answer = tryComplete(businessKey, taskKey, user, variables);
    assertThat(answer.getStatusCode()).as(taskKey + " by " + user + ": " + answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  public Task task(String businessKey, String taskKey, String user) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).list();
    return tasks.stream().filter(t -> t.getAssignee() == null || t.getAssignee().equals(user)).findFirst()
        .orElseThrow(() -> new AssertionError("no task " + taskKey + " of " + businessKey + " for " + user));
  }

  public void waitForTask(String businessKey, String taskKey) {
    waitUntil(() -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).count() > 0, businessKey + " never reached " + taskKey);
  }

  /**
   * Waits until the job executor has run every job of the instance that is due (a ballot's
   * continuation, say): timers not yet due stay.
   */
  public void waitForDueJobs(String businessKey) {
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getId();
    waitUntil(() -> engine.getManagementService().createJobQuery().processInstanceId(instance).executable().count() == 0,
        businessKey + " still has due jobs");
  }

  private static void waitUntil(java.util.function.BooleanSupplier done, String failure) {
    long deadline = System.currentTimeMillis() + 60_000;
    while (!done.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(failure);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** The values a checklist offers, from a Json option list variable of the instance. */
  public List<String> options(String businessKey, String variable) {
    String id = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getId();
    List<String> values = new ArrayList<>();
    org.camunda.spin.Spin.JSON(((org.camunda.bpm.engine.variable.value.SerializableValue) engine.getRuntimeService()
        .getVariableTyped(id, variable, false)).getValueSerialized()).elements().forEach(option -> values.add(option.prop("value").stringValue()));
    return values;
  }

  public static String jsonList(List<String> keys) {
    String array = keys.stream().map(k -> "\\\"" + k + "\\\"").collect(Collectors.joining(",", "[", "]"));
    return "{\"type\":\"Json\",\"value\":\"" + array + "\"}";
  }

  public static String field(ResponseEntity<String> response, String name) {
    try {
      JsonNode node = JSON.readTree(response.getBody());
      return node.get(name).asText();
    } catch (Exception e) {
      throw new AssertionError(response.getBody(), e);
    }
  }

  public static ResponseEntity<String> ok(ResponseEntity<String> response) {
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    return response;
  }
}
