package vn.thiduakhenthuong.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.documents.DocumentStore;
import vn.thiduakhenthuong.nomination.Nomination;

/**
 * The benchmark's volume is what the engine would have written: cloned nominations are listed by
 * their users through Tasklist's filters, seen by their unit only, completed and withdrawn through the
 * engine, and every table grows by the template's rows times the copies.
 */
@DirtiesContext
@SpringBootTest(properties = {"awards.demo-data=true", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class VolumeBuilderTests {

  private static final int COPIES = 3;
  private static final String UNIT_HEAD = "tpqldd";

  @Autowired ProcessEngine engine;
  @Autowired DocumentStore documents;
  @Autowired DataSource dataSource;

  @Test
  void shouldCloneOpenNominationsThatTheEngineAndTheirUsersTakeAsItsOwn() throws Exception {
    AppPath app = new AppPath(engine, documents, new CommandCounter());
    AwardPath.Ref waitingToSend = app.start(0, 2026, "Người được nhân bản");
    AwardPath.Ref waitingForCheck = app.start(0, 2026, "Người được nhân bản có hồ sơ");
    app.attachDossier(0, waitingForCheck);
    app.send(0, waitingForCheck);
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    int dnBefore = jdbc.queryForObject("SELECT last_value FROM award_counter WHERE counter_name = 'DN' AND counter_year = ?",
        Integer.class, java.time.Year.now().getValue());
    long executions = jdbc.queryForObject("SELECT count(*) FROM act_ru_execution WHERE proc_inst_id_ IN (?, ?)",
        Long.class, waitingToSend.id(), waitingForCheck.id());
    long variables = jdbc.queryForObject("SELECT count(*) FROM act_ru_variable WHERE proc_inst_id_ IN (?, ?)",
        Long.class, waitingToSend.id(), waitingForCheck.id());
    long details = jdbc.queryForObject("SELECT count(*) FROM act_hi_detail WHERE root_proc_inst_id_ IN (?, ?)",
        Long.class, waitingToSend.id(), waitingForCheck.id());
    Map<String, Long> before = VolumeBuilder.counts(dataSource, VolumeBuilder.tables());

    VolumeBuilder.Built built = new VolumeBuilder(dataSource, VolumeBuilder.SPACING_SECONDS)
        .copy(new VolumeBuilder.Template("two open", List.of(waitingToSend.id(), waitingForCheck.id())), COPIES);

    Map<String, Long> after = VolumeBuilder.counts(dataSource, VolumeBuilder.tables());
    for (String table : VolumeBuilder.tables()) {
      assertThat(after.get(table) - before.get(table)).as(table).isEqualTo(built.rows(table));
      assertThat(built.rows(table) % COPIES).as(table + ": whole copies").isZero();
    }
    assertThat(built.rows("act_hi_procinst")).isEqualTo(2 * COPIES);
    assertThat(built.rows("act_ru_task")).isEqualTo(2 * COPIES);
    assertThat(built.rows("act_ru_execution")).isEqualTo(executions * COPIES);
    assertThat(built.rows("act_ru_variable")).isEqualTo(variables * COPIES);
    assertThat(built.rows("act_hi_detail")).isEqualTo(details * COPIES);
    assertThat(built.rows("act_ru_job")).as("the Office's overdue timer").isEqualTo(COPIES);
    assertThat(built.rows("award_document")).as("the dossier of the one sent").isEqualTo(2 * COPIES);
    assertThat(built.rows("nominee_search")).as("each copy's name, for the follow page's search").isEqualTo(2 * COPIES);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM nominee_search s JOIN act_hi_procinst p ON p.id_ = s.process_instance_id"
        + " WHERE s.folded_name = 'NGUOI DUOC NHAN BAN'", Long.class)).isEqualTo(1 + COPIES);
    assertThat(built.rows("act_ru_authorization")).as("the unit's and the assignee's grants").isPositive();
    // every copy refers to its own rows, never to the template's
    assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.execution_id_"
        + " WHERE e.proc_inst_id_ <> t.proc_inst_id_", Long.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_variable v JOIN act_ru_execution e ON e.id_ = v.execution_id_"
        + " WHERE e.proc_inst_id_ <> v.proc_inst_id_", Long.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT count(DISTINCT business_key_) FROM act_ru_execution WHERE business_key_ IS NOT NULL",
        Long.class)).isEqualTo(2 + 2 * COPIES);
    assertThat(jdbc.queryForObject("SELECT last_value FROM award_counter WHERE counter_name = 'DN' AND counter_year = ?",
        Integer.class, java.time.Year.now().getValue())).isEqualTo(dnBefore + 2 * COPIES);
    assertThat(jdbc.queryForObject("SELECT min(duedate_) FROM act_ru_job", Timestamp.class).toInstant())
        .as("no cloned timer is due").isAfter(java.time.Instant.now());

    // the unit head finds a copy through «Việc của tôi» and sends it to the Office
    String myTasks = filter(app, UNIT_HEAD, "Việc của tôi");
    List<Task> mine = app.as(UNIT_HEAD, () -> engine.getFilterService().list(myTasks));
    Task clonedSend = mine.stream().filter(t -> !t.getProcessInstanceId().equals(waitingToSend.id())).findFirst().orElseThrow();
    assertThat(mine).hasSize(1 + COPIES);
    AwardPath.Ref copy = ref(clonedSend.getProcessInstanceId());
    assertThat(copy.key()).matches("DN-\\d{4}-\\d{4,}").isNotEqualTo(waitingToSend.key());
    assertThat(app.as("tptnn", () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(copy.id()).count())).as("another unit's head").isZero();
    assertThat(app.as(UNIT_HEAD, () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(copy.id()).count())).isEqualTo(1);
    app.attachDossier(0, copy);
    app.send(0, copy);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(copy.id()).singleResult().getTaskDefinitionKey())
        .isEqualTo(Nomination.TASK_CHECK_DOSSIER);

    // the Office finds a copy with its dossier through «Việc của nhóm» and accepts it: it waits for the Council
    String groupTasks = filter(app, AppPath.OFFICE, "Việc của nhóm");
    List<Task> group = app.as(AppPath.OFFICE, () -> engine.getFilterService().list(groupTasks));
    assertThat(group).hasSize(1 + COPIES + 1);
    Task clonedCheck = group.stream().filter(t -> !List.of(waitingForCheck.id(), copy.id()).contains(t.getProcessInstanceId()))
        .findFirst().orElseThrow();
    AwardPath.Ref checked = ref(clonedCheck.getProcessInstanceId());
    app.check(checked);
    assertThat(engine.getRuntimeService().createEventSubscriptionQuery().processInstanceId(checked.id())
        .eventName("CouncilResult").count()).isEqualTo(1);

    // another copy is withdrawn by its unit head, through its cloned message subscription
    Task other = mine.stream().filter(t -> !List.of(waitingToSend.id(), copy.id()).contains(t.getProcessInstanceId()))
        .findFirst().orElseThrow();
    AwardPath.Ref withdrawn = ref(other.getProcessInstanceId());
    app.as(UNIT_HEAD, () -> engine.getRuntimeService().createMessageCorrelation(Nomination.MESSAGE_WITHDRAW)
        .processInstanceBusinessKey(withdrawn.key()).correlateWithResult());
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(withdrawn.id())
        .variableName("outcome").singleResult().getValue()).isEqualTo("WITHDRAWN");
  }

  private String filter(AppPath app, String user, String name) {
    return app.as(user, () -> engine.getFilterService().createFilterQuery().filterName(name).singleResult()).getId();
  }

  private AwardPath.Ref ref(String processInstanceId) {
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    return new AwardPath.Ref(instance.getId(), instance.getBusinessKey());
  }
}
