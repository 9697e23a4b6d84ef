package vn.thiduakhenthuong.identity;

import static vn.thiduakhenthuong.identity.Groups.ADMIN;
import static vn.thiduakhenthuong.identity.Groups.COUNCIL;
import static vn.thiduakhenthuong.identity.Groups.DEPUTY_DIRECTORS;
import static vn.thiduakhenthuong.identity.Groups.DIRECTOR;
import static vn.thiduakhenthuong.identity.Groups.OFFICE;
import static vn.thiduakhenthuong.identity.Groups.PROCESS_OWNERS;
import static vn.thiduakhenthuong.identity.Groups.UNIT_HEADS;
import static vn.thiduakhenthuong.identity.Groups.unitGroup;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo units, users and memberships of SPEC §3, all with password "demo"; only with
 * {@code awards.demo-data=true}. Idempotent item by item: what exists is left as it is, so an
 * administrator's changes in Admin survive a restart.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "awards.demo-data", havingValue = "true")
class DemoData extends AbstractProcessEnginePlugin {

  static final String PASSWORD = "demo";

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  record Unit(String code, String name) {}

  record DemoUser(String id, String firstName, String lastName, String title, List<String> groups) {}

  static final List<Unit> UNITS = List.of(
      new Unit("vp", "Văn phòng Sở"),
      new Unit("tt", "Thanh tra Sở"),
      new Unit("qldd", "Phòng Quản lý đất đai"),
      new Unit("tnn", "Phòng Tài nguyên nước - Khoáng sản"),
      new Unit("mt", "Chi cục Bảo vệ môi trường"),
      new Unit("vpdk", "Văn phòng Đăng ký đất đai"),
      new Unit("cntt", "Trung tâm Công nghệ thông tin"));

  static final List<DemoUser> USERS = List.of(
      new DemoUser("admin", "Quản trị", "hệ thống", "Quản trị hệ thống", List.of(ADMIN)),
      new DemoUser("giamdoc", "Nguyễn Văn", "An", "Giám đốc Sở, Chủ tịch Hội đồng",
          List.of(DIRECTOR, COUNCIL)),
      new DemoUser("phogiamdoc", "Trần Thị", "Bình", "Phó Giám đốc Sở, Phó Chủ tịch Hội đồng",
          List.of(DEPUTY_DIRECTORS, COUNCIL)),
      new DemoUser("chanhvp", "Lê Văn", "Cường", "Chánh Văn phòng, Thư ký Hội đồng",
          List.of(OFFICE, COUNCIL, UNIT_HEADS, unitGroup("vp"))),
      new DemoUser("chuyenvien", "Phạm Thị", "Dung", "Chuyên viên thi đua - khen thưởng", List.of(OFFICE)),
      new DemoUser("tpqldd", "Huỳnh Văn", "Em", "Trưởng phòng Quản lý đất đai",
          List.of(UNIT_HEADS, unitGroup("qldd"), COUNCIL)),
      new DemoUser("tptnn", "Võ Thị", "Giang", "Trưởng phòng Tài nguyên nước - Khoáng sản",
          List.of(UNIT_HEADS, unitGroup("tnn"))),
      new DemoUser("ccmt", "Đặng Văn", "Hùng", "Chi cục trưởng Chi cục Bảo vệ môi trường",
          List.of(UNIT_HEADS, unitGroup("mt"), COUNCIL)),
      new DemoUser("gdvpdk", "Bùi Thị", "Hoa", "Giám đốc Văn phòng Đăng ký đất đai",
          List.of(UNIT_HEADS, unitGroup("vpdk"), COUNCIL)),
      new DemoUser("gdcntt", "Đỗ Văn", "Khánh", "Giám đốc Trung tâm Công nghệ thông tin",
          List.of(UNIT_HEADS, unitGroup("cntt"))),
      new DemoUser("ctcd", "Ngô Thị", "Lan", "Chủ tịch Công đoàn cơ quan", List.of(COUNCIL)),
      new DemoUser("quytrinh", "Dương Văn", "Minh", "Phụ trách quy trình", List.of(PROCESS_OWNERS)));

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (Unit unit : UNITS) {
      if (identity.createGroupQuery().groupId(unitGroup(unit.code())).count() == 0) {
        Group group = identity.newGroup(unitGroup(unit.code()));
        group.setName(unit.name());
        group.setType(Groups.TYPE_UNIT);
        identity.saveGroup(group);
      }
    }
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@thidua.example");
        user.setPassword(PASSWORD);
        // past the password policy: SPEC §3 gives every demo user the password "demo"
        ((IdentityServiceImpl) identity).saveUser(user, true);
        for (String group : demo.groups()) {
          identity.createMembership(demo.id(), group);
        }
        LOG.info("Demo user {} ({}) created", demo.id(), demo.title());
      }
    }
  }
}
