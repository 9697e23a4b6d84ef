package vn.thiduakhenthuong.nomination;

import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thiduakhenthuong.calendar.WorkingDayCalendar;
import vn.thiduakhenthuong.numbering.YearlyCounter;

/** For the tests of the processes that follow a nomination: nominations that wait for the Council. */
public final class NominationTestSupport {

  public static void wire(ProcessEngine engine) {
    NominationFixture.wire(engine);
  }

  public static WorkingDayCalendar calendar() {
    return NominationFixture.calendar();
  }

  public static YearlyCounter counter(ProcessEngine engine) {
    DataSource dataSource = new DriverManagerDataSource(
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJdbcUrl(), "sa", "");
    return new YearlyCounter(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource));
  }

  /** Start variables of a valid proposal; change what a test is about. */
  public static Map<String, Object> proposal() {
    return NominationFixture.proposal();
  }

  /** A nomination proposed by tpqldd, sent and found complete: it waits for CouncilResult. */
  public static ProcessInstance waitingForCouncil(ProcessEngine engine, Map<String, Object> changes) {
    Map<String, Object> proposal = NominationFixture.proposal();
    proposal.putAll(changes);
    ProcessInstance nomination = NominationFixture.start(engine, "tpqldd", proposal);
    NominationFixture.attachDossier(nomination);
    engine.getTaskService().complete(task(engine, nomination), Map.of("submitAction", "SEND"));
    engine.getTaskService().complete(task(engine, nomination), Map.of("dossierDecision", "COMPLETE"));
    return nomination;
  }

  private static String task(ProcessEngine engine, ProcessInstance nomination) {
    return engine.getTaskService().createTaskQuery().processInstanceId(nomination.getId()).singleResult().getId();
  }

  private NominationTestSupport() {}
}
