package vn.thiduakhenthuong.council;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thiduakhenthuong.calendar.WorkingDayCalendar;
import vn.thiduakhenthuong.config.AwardsProperties;
import vn.thiduakhenthuong.documents.DocumentStore;
import vn.thiduakhenthuong.identity.Callers;
import vn.thiduakhenthuong.nomination.NominationTestSupport;
import vn.thiduakhenthuong.notification.Notifications;

/** Wires the Council's real listeners into the in-memory engine, beside the nomination's. */
public final class CouncilFixture {

  static final List<String> MEMBERS = List.of("ccmt", "chanhvp", "ctcd", "gdvpdk", "giamdoc", "phogiamdoc", "tpqldd");

  static DocumentStore documents(ProcessEngine engine) {
    return new DocumentStore(new JdbcTemplate(new DriverManagerDataSource(
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJdbcUrl(), "sa", "")));
  }

  static CouncilStore wire(ProcessEngine engine) {
    NominationTestSupport.wire(engine);
    DataSource dataSource = new DriverManagerDataSource(
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJdbcUrl(), "sa", "");
    CouncilStore store = new CouncilStore(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource));
    WorkingDayCalendar calendar = NominationTestSupport.calendar();
    CouncilVoting voting = new CouncilVoting(store, calendar);
    Mocks.register("startSessionListener", new StartSessionListener(NominationTestSupport.counter(engine)));
    Mocks.register("collectCandidatesDelegate", new CollectCandidatesDelegate(store));
    Mocks.register("confirmAgendaListener", new ConfirmAgendaListener(store, voting));
    Mocks.register("councilVoting", voting);
    Mocks.register("castBallotListener", new CastBallotListener(store));
    Mocks.register("tallyVotesDelegate", new TallyVotesDelegate(store));
    Mocks.register("decideNoQuorumListener", new DecideNoQuorumListener(voting));
    Mocks.register("confirmMinutesListener", new ConfirmMinutesListener());
    Mocks.register("generateMinutesDelegate", new GenerateMinutesDelegate(new DocumentStore(new JdbcTemplate(dataSource)),
        new AwardsProperties(true, null, null, null, null)));
    Mocks.register("sendResultsDelegate", new SendResultsDelegate());
    Mocks.register("remindVotersDelegate", new RemindVotersDelegate(voting, Notifications.off()));
    Mocks.register("releaseAgendaListener", new ReleaseAgendaListener(store));
    members(engine.getIdentityService());
    new JdbcTemplate(dataSource).update("DELETE FROM council_reservation");
    return store;
  }

  private static void members(IdentityService identity) {
    if (identity.createGroupQuery().groupId("council").count() > 0) {
      return;
    }
    org.camunda.bpm.engine.identity.Group council = identity.newGroup("council");
    council.setName("Hội đồng Thi đua - Khen thưởng");
    identity.saveGroup(council);
    for (String member : MEMBERS) {
      if (identity.createUserQuery().userId(member).count() == 0) {
        User user = identity.newUser(member);
        user.setFirstName("Thành viên");
        user.setLastName(member);
        identity.saveUser(user);
      }
      identity.createMembership(member, "council");
    }
  }

  /** Start values of a valid Council session (SPEC §4.2); a new map each time. */
  public static Map<String, Object> session() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("period", "ANNUAL");
    variables.put("year", 2026);
    variables.put("sessionTitle", "Phiên họp xét khen thưởng năm 2026");
    variables.put("meetingDate", "2026-12-01");
    variables.put("votingDays", 3);
    return variables;
  }

  static ProcessInstance start(ProcessEngine engine, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(Callers.authenticationOf(engine.getIdentityService(), "chuyenvien"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(Council.PROCESS_KEY, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private CouncilFixture() {}
}
