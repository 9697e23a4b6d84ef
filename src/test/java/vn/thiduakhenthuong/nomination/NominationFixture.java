package vn.thiduakhenthuong.nomination;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;
import vn.thiduakhenthuong.council.CouncilStore;
import vn.thiduakhenthuong.council.WithdrawnCandidateListener;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.thiduakhenthuong.calendar.CalendarProperties;
import vn.thiduakhenthuong.calendar.WorkingDayCalendar;
import vn.thiduakhenthuong.documents.DocumentStore;
import vn.thiduakhenthuong.documents.DocumentType;
import vn.thiduakhenthuong.identity.Callers;
import vn.thiduakhenthuong.notification.Notifications;
import vn.thiduakhenthuong.numbering.YearlyCounter;

/**
 * Wires the real listeners and delegates of the nomination process into the fast in-memory engine
 * (no Spring): our tables are migrated by Flyway on the engine's own database, and a few people and
 * units exist. Also builds start variables.
 */
final class NominationFixture {

  static final List<LocalDate> HOLIDAYS_2026 = List.of(LocalDate.of(2026, 1, 1),
      LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
      LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 4, 27),
      LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));

  /** The smallest file that is a PDF by its content. */
  static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static DocumentStore documents;

  /** What the unit head uploads in the "Hồ sơ" tab: the Tờ trình and the Báo cáo thành tích. */
  static void attachDossier(ProcessInstance nomination) {
    documents.save(DocumentType.TO_TRINH, "to-trinh.pdf", "application/pdf", PDF, "tpqldd",
        List.of(nomination.getBusinessKey()));
    documents.save(DocumentType.BAO_CAO_THANH_TICH, "bao-cao.pdf", "application/pdf", PDF, "tpqldd",
        List.of(nomination.getBusinessKey()));
  }

  static WorkingDayCalendar calendar() {
    return new WorkingDayCalendar(new CalendarProperties(null, Map.of(2026, HOLIDAYS_2026)));
  }

  static void wire(ProcessEngine engine) {
    // the engine's own H2 database (camunda.cfg.xml), through a plain connection of ours
    DataSource dataSource = new DriverManagerDataSource(
        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getJdbcUrl(), "sa", "");
    Flyway.configure().dataSource(dataSource).baselineOnMigrate(true).baselineVersion("0").load().migrate();
    YearlyCounter counter = new YearlyCounter(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource));
    // the app's tenant per unit (a plugin there): read by the engine at each start, so it can be set now
    UnitTenancy tenancy = new UnitTenancy();
    tenancy.preInit((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    Mocks.register("startNominationListener",
        new StartNominationListener(new UnitDirectory(engine.getIdentityService()), counter, tenancy));
    documents = new DocumentStore(new JdbcTemplate(dataSource));
    DossierDocuments dossier = new DossierDocuments(documents);
    Mocks.register("submitDossierListener", new SubmitDossierListener(dossier));
    Mocks.register("checkDossierListener", new CheckDossierListener(dossier));
    Mocks.register("supplementDossierListener", new SupplementDossierListener());
    Mocks.register("markCheckOverdueDelegate", new MarkCheckOverdueDelegate(Notifications.off()));
    Mocks.register("nominationMessageListener", new NominationMessageListener());
    Mocks.register("nominationOutcome", new NominationOutcome(Notifications.off()));
    Mocks.register("workingDays", calendar());
    Mocks.register("withdrawnCandidateListener", new WithdrawnCandidateListener(
        new CouncilStore(new JdbcTemplate(dataSource), new DataSourceTransactionManager(dataSource))));
    people(engine.getIdentityService());
  }

  private static void people(IdentityService identity) {
    if (identity.createUserQuery().userId("tpqldd").count() > 0) {
      return;
    }
    group(identity, "unitheads", "WORKFLOW", "Thủ trưởng đơn vị");
    group(identity, "office", "WORKFLOW", "Văn phòng Sở");
    group(identity, "unitqldd", "UNIT", "Phòng Quản lý đất đai");
    group(identity, "unittnn", "UNIT", "Phòng Tài nguyên nước - Khoáng sản");
    group(identity, "unitmt", "UNIT", "Chi cục Bảo vệ môi trường");
    user(identity, "tpqldd", "unitheads", "unitqldd");
    user(identity, "tptnn", "unitheads", "unittnn");
    user(identity, "hailanhdao", "unitheads", "unitqldd", "unitmt");
    user(identity, "chuyenvien", "office");
  }

  private static void group(IdentityService identity, String id, String type, String name) {
    Group group = identity.newGroup(id);
    group.setType(type);
    group.setName(name);
    identity.saveGroup(group);
  }

  private static void user(IdentityService identity, String id, String... groups) {
    User user = identity.newUser(id);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }

  /** Start variables of a valid proposal; change what a test is about. */
  static Map<String, Object> proposal() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("period", "ANNUAL");
    variables.put("year", 2026);
    variables.put("awardType", "DIRECTOR_CERTIFICATE");
    variables.put("nomineeKind", "INDIVIDUAL");
    variables.put("nomineeName", "Nguyễn Thị Hồng Nhung");
    variables.put("nomineeTitle", "Chuyên viên Phòng Quản lý đất đai");
    variables.put("achievements", "Số hóa 12.000 hồ sơ địa chính, rút ngắn thời gian giải quyết thủ tục.");
    variables.put("taskRating", "EXCELLENT");
    variables.put("consecutiveExcellentYears", 2);
    variables.put("initiativeCount", 2);
    variables.put("achievementBasis", "MOVEMENT");
    variables.put("submissionNumber", "12/TTr-QLĐĐ");
    variables.put("submissionDate", "2026-11-20");
    return variables;
  }

  static ProcessInstance start(ProcessEngine engine, String user, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(Callers.authenticationOf(engine.getIdentityService(), user));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(Nomination.PROCESS_KEY, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private NominationFixture() {}
}
