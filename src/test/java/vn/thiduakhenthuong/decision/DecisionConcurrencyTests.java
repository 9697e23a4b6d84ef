package vn.thiduakhenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;
import vn.thiduakhenthuong.nomination.Nomination;
import vn.thiduakhenthuong.registry.AwardRegistry;
import vn.thiduakhenthuong.registry.RegistryFilter;

/**
 * Decisions at the same moment on PostgreSQL, with deputies allowed to sign: 21 signings at once,
 * one of which fails, give exactly the numbers 1..20 (no gap, none reused, none for the failure);
 * officers starting decisions at once never share a nomination.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=true", "awards.signing.deputy-may-sign=true"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class DecisionConcurrencyTests {

  static final int SIGNINGS = 21;

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate template;
  @Autowired AwardRegistry registry;
  @Autowired JdbcTemplate jdbc;

  @Test
  void shouldNumberTwentySimultaneousSigningsOneToTwenty() throws Exception {
    RestClient rest = new RestClient(template);
    BatchFlow flow = new BatchFlow(engine, rest);
    List<String> nominations = new ArrayList<>();
    for (int i = 1; i <= SIGNINGS; i++) {
      nominations.add(flow.nomination("Cán bộ số " + i, "INDIVIDUAL", "DIRECTOR_CERTIFICATE", "ANNUAL", 2026));
    }
    flow.approveByCouncil(nominations, "ANNUAL", 2026);
    List<String> batches = new ArrayList<>();
    for (String nomination : nominations) {
      String batch = flow.startBatch("award-decision", "chuyenvien", "ANNUAL", 2026);
      flow.complete(batch, "Task_PrepareDecision", "chuyenvien",
          "{\"decisionNominations\":" + BatchFlow.jsonList(List.of(nomination)) + "}");
      batches.add(batch);
    }
    // the last decision's nomination disappears (an administrator deleted it): its signing must fail
    String gone = nominations.get(SIGNINGS - 1);
    engine.getRuntimeService().deleteProcessInstance(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(gone).singleResult().getId(), "test: deleted by an administrator");

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService signers = Executors.newFixedThreadPool(SIGNINGS);
    List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
    for (int i = 0; i < SIGNINGS; i++) {
      String batch = batches.get(i);
      String signer = i == 4 ? "phogiamdoc" : "giamdoc";
      String taskId = flow.task(batch, "Task_SignDecision", signer).getId();
      answers.add(signers.submit(() -> {
        start.await();
        return rest.postJson("/engine-rest/task/" + taskId + "/complete", signer + ":demo",
            "{\"variables\":{\"signAction\":{\"value\":\"SIGN\"}}}");
      }));
    }
    start.countDown();
    List<HttpStatus> statuses = new ArrayList<>();
    for (int i = 0; i < SIGNINGS; i++) {
      ResponseEntity<String> answer = answers.get(i).get();
      statuses.add(HttpStatus.valueOf(answer.getStatusCode().value()));
      if (i == SIGNINGS - 1) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("«" + gone + "» không còn chờ");
      } else {
        assertThat(answer.getStatusCode()).as(batches.get(i) + ": " + answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
      }
    }
    signers.shutdown();

    Set<String> numbers = new HashSet<>();
    for (String batch : batches.subList(0, SIGNINGS - 1)) {
      numbers.add((String) engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
              .processInstanceBusinessKey(batch).singleResult().getId())
          .variableName("decisionNumber").singleResult().getValue());
    }
    assertThat(numbers).as("statuses " + statuses).containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, 20).mapToObj(n -> n + "/QĐ-STNMT").collect(Collectors.toList()));
    assertThat(jdbc.queryForObject("SELECT last_value FROM award_counter WHERE counter_name = 'QD' AND counter_year = ?",
        Integer.class, Nomination.today().getYear())).isEqualTo(20);
    assertThat(registry.find(new RegistryFilter(2026, null, null, null))).hasSize(20)
        .noneMatch(entry -> entry.businessKey().equals(gone));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(batches.get(SIGNINGS - 1))
        .taskDefinitionKey("Task_SignDecision").count()).as("the failed signing is still to do").isOne();

    String deputySigned = PdfText.of(decisionPdf(rest, nominations.get(4)));
    assertThat(deputySigned).contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Bình").doesNotContain("Nguyễn Văn An");
    assertThat(PdfText.of(decisionPdf(rest, nominations.get(0)))).contains("GIÁM ĐỐC Nguyễn Văn An")
        .doesNotContain("KT.");
  }

  @Test
  void shouldNeverShareANominationBetweenDecisionsStartedAtTheSameMoment() throws Exception {
    RestClient rest = new RestClient(template);
    BatchFlow flow = new BatchFlow(engine, rest);
    List<String> waiting = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      waiting.add(flow.nomination("Tổng kết " + i, "COLLECTIVE", "DIRECTOR_CERTIFICATE", "FINAL_2030", 2030));
    }
    flow.approveByCouncil(waiting, "FINAL_2030", 2030);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService officers = Executors.newFixedThreadPool(4);
    List<Future<String>> started = new ArrayList<>();
    for (String officer : List.of("chuyenvien", "chanhvp", "chuyenvien", "chanhvp")) {
      started.add(officers.submit(() -> {
        start.await();
        return flow.startBatch("award-decision", officer, "FINAL_2030", 2030);
      }));
    }
    start.countDown();
    List<String> offered = new ArrayList<>();
    for (Future<String> batch : started) {
      String key = batch.get();
      Object candidates = engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(engine.getHistoryService().createHistoricProcessInstanceQuery()
              .processInstanceBusinessKey(key).singleResult().getId())
          .variableName("candidateNominations").singleResult().getValue();
      org.camunda.spin.Spin.JSON(candidates.toString()).elements()
          .forEach(option -> offered.add(option.prop("value").stringValue()));
    }
    officers.shutdown();
    assertThat(offered).as("every waiting nomination offered to exactly one decision")
        .containsExactlyInAnyOrderElementsOf(waiting);
  }

  private byte[] decisionPdf(RestClient rest, String nomination) throws Exception {
    String list = rest.get("/api/nominations/" + nomination + "/documents", "chuyenvien:demo").getBody();
    for (var document : BatchFlow.JSON.readTree(list)) {
      if (document.get("type").asText().equals("QUYET_DINH")) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("chuyenvien", "demo");
        return template.exchange("/api/documents/" + document.get("id").asText(), HttpMethod.GET,
            new HttpEntity<>(headers), byte[].class).getBody();
      }
    }
    throw new AssertionError("no decision for " + nomination + ": " + list);
  }
}
