package vn.thiduakhenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import vn.thiduakhenthuong.config.EarlyEngineMappingsPlugin;
import vn.thiduakhenthuong.deployment.ResourceDeployer;

/** The real configuration on H2 with the demo data of SPEC §3. */
// One engine named "default" at a time: the REST filter looks the engine up by name.
@DirtiesContext
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-data-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class DemoDataTests {

  @Autowired ProcessEngine engine;
  @Autowired List<ProcessEnginePlugin> plugins;

  @Test
  void shouldSeedTheTwelveDemoUsersWithTheirGroups() {
    Map<String, Set<String>> expected = Map.ofEntries(
        Map.entry("admin", Set.of("camunda-admin")),
        Map.entry("giamdoc", Set.of("director", "council")),
        Map.entry("phogiamdoc", Set.of("deputydirectors", "council")),
        Map.entry("chanhvp", Set.of("office", "council", "unitheads", "unitvp")),
        Map.entry("chuyenvien", Set.of("office")),
        Map.entry("tpqldd", Set.of("unitheads", "unitqldd", "council")),
        Map.entry("tptnn", Set.of("unitheads", "unittnn")),
        Map.entry("ccmt", Set.of("unitheads", "unitmt", "council")),
        Map.entry("gdvpdk", Set.of("unitheads", "unitvpdk", "council")),
        Map.entry("gdcntt", Set.of("unitheads", "unitcntt")),
        Map.entry("ctcd", Set.of("council")),
        Map.entry("quytrinh", Set.of("processowners")));

    assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(12);
    expected.forEach((user, groups) -> {
      assertThat(groupsOf(user)).as(user).isEqualTo(groups);
      assertThat(engine.getIdentityService().checkPassword(user, "demo")).as(user).isTrue();
    });
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("council").count()).isEqualTo(7);
  }

  @Test
  void shouldCreateTheUnitsAndRoleGroupsWithVietnameseNames() {
    assertThat(engine.getIdentityService().createGroupQuery().groupType(Groups.TYPE_UNIT).list())
        .extracting(Group::getId)
        .containsExactlyInAnyOrder("unitvp", "unittt", "unitqldd", "unittnn", "unitmt", "unitvpdk", "unitcntt");
    assertThat(engine.getIdentityService().createGroupQuery().groupId("unitqldd").singleResult().getName())
        .isEqualTo("Phòng Quản lý đất đai");
    assertThat(engine.getIdentityService().createGroupQuery().groupId("council").singleResult().getName())
        .isEqualTo("Hội đồng Thi đua - Khen thưởng");
  }

  @Test
  void shouldGrantEachRoleWhatSpecSectionThreeSays() {
    assertThat(may("tpqldd", CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "nomination")).isTrue();
    assertThat(may("tpqldd", READ_INSTANCE, Resources.PROCESS_DEFINITION, "nomination")).isFalse();
    assertThat(may("tpqldd", CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "council-session")).isFalse();
    assertThat(may("ctcd", CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "nomination")).isFalse();
    for (String key : List.of("nomination", "council-session", "award-decision", "province-submission")) {
      assertThat(may("chuyenvien", READ_INSTANCE, Resources.PROCESS_DEFINITION, key)).as(key).isTrue();
    }
    assertThat(may("chuyenvien", CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "council-session")).isTrue();
    assertThat(may("giamdoc", TASK_WORK, Resources.PROCESS_DEFINITION, "award-decision")).isTrue();
    assertThat(may("phogiamdoc", TASK_WORK, Resources.PROCESS_DEFINITION, "award-decision"))
        .as("deputies sign only when awards.signing.deputy-may-sign=true").isFalse();
    assertThat(may("quytrinh", CREATE, Resources.DEPLOYMENT, "*")).isTrue();
    assertThat(may("chuyenvien", CREATE, Resources.DEPLOYMENT, "*")).isFalse();
    assertThat(may("tpqldd", ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(may("tpqldd", ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(may("quytrinh", ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(may("admin", ACCESS, Resources.APPLICATION, "admin")).isTrue();
    assertThat(may("giamdoc", ACCESS, Resources.APPLICATION, "admin")).isFalse();
  }

  @Test
  void shouldShowEachRoleItsTasklistFilters() {
    assertThat(filtersOf("tptnn")).containsExactlyInAnyOrder("Việc của tôi", "Việc của nhóm");
    assertThat(filtersOf("tpqldd")).as("unit head and Council member")
        .containsExactlyInAnyOrder("Việc của tôi", "Việc của nhóm", "Phiếu biểu quyết");
    assertThat(filtersOf("chuyenvien")).containsExactlyInAnyOrder("Việc của tôi", "Việc của nhóm", "Quá hạn");
    assertThat(filtersOf("giamdoc"))
        .containsExactlyInAnyOrder("Việc của tôi", "Việc của nhóm", "Phiếu biểu quyết", "Chờ ký");
    assertThat(filtersOf("ctcd")).containsExactlyInAnyOrder("Việc của tôi", "Việc của nhóm", "Phiếu biểu quyết");
  }

  @Test
  void shouldChangeNothingWhenStartedAgain() {
    Supplier<List<Long>> counts = () -> List.of(
        engine.getIdentityService().createUserQuery().count(),
        engine.getIdentityService().createGroupQuery().count(),
        engine.getAuthorizationService().createAuthorizationQuery().count(),
        engine.getFilterService().createFilterQuery().count(),
        engine.getRepositoryService().createDeploymentQuery().count());
    List<Long> before = counts.get();

    plugins.stream().filter(p -> p.getClass().getName().startsWith("vn.thiduakhenthuong"))
        .forEach(p -> p.postProcessEngineBuild(engine));
    assertThat(new ResourceDeployer(getClass().getClassLoader()).deploy(engine)).isNull();

    assertThat(counts.get()).isEqualTo(before);
  }

  @Test
  void shouldBuildTheEngineOnTheMappingsParsedWhileSpringStarted() {
    // EarlyEngineMappings parsed them for the H2 of spring.datasource.url; the engine did not parse again
    assertThat(plugins).filteredOn(EarlyEngineMappingsPlugin.class::isInstance).singleElement()
        .matches(p -> ((EarlyEngineMappingsPlugin) p).gaveMappings(), "gave the engine its mappings");
    assertThat(engine.getIdentityService().createUserQuery().userId("chuyenvien").count()).isEqualTo(1);
  }

  private Set<String> groupsOf(String user) {
    return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
  }

  private boolean may(String user, Permission permission, Resource resource, String resourceId) {
    return engine.getAuthorizationService()
        .isUserAuthorized(user, List.copyOf(groupsOf(user)), permission, resource, resourceId);
  }

  private List<String> filtersOf(String user) {
    engine.getIdentityService().setAuthentication(user, List.copyOf(groupsOf(user)));
    try {
      return engine.getFilterService().createFilterQuery().list().stream().map(Filter::getName).toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
