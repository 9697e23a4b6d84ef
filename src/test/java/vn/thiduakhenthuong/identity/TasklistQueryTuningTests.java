package vn.thiduakhenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;

/** The Tasklist query tunings (README, "Performance") on a real PostgreSQL with the demo data. */
// One engine named "default" at a time: the REST filter looks the engine up by name.
@DirtiesContext
@SpringBootTest(properties = {"awards.demo-data=true", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class TasklistQueryTuningTests {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;

  @Test
  void shouldIndexTheDueDateAndTheAuthorizationsUserOnPostgres() throws SQLException {
    List<String> indexes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.createStatement().executeQuery(
            "SELECT tablename || '(' || indexdef || ')' FROM pg_indexes WHERE indexname LIKE 'awards_idx_%'")) {
      while (rows.next()) {
        indexes.add(rows.getString(1));
      }
    }
    assertThat(indexes).hasSize(2)
        .anySatisfy(index -> assertThat(index).startsWith("act_ru_task(").contains("(due_date_)"))
        .anySatisfy(index -> assertThat(index).startsWith("act_ru_authorization(").contains("(user_id_)"));
  }

  @Test
  void shouldReadTheAuthorizedGroupsWithTheLooseScanOnPostgres() {
    ProcessEngineConfigurationImpl configuration = configuration();

    assertThat(configuration.getDbSqlSessionFactory().mapStatement(AuthorizedGroupIdsPlugin.ENGINE_STATEMENT))
        .isEqualTo(AuthorizedGroupIdsPlugin.STATEMENT);
    List<String> groups = execute(context -> context.getDbEntityManager()
        .selectList(AuthorizedGroupIdsPlugin.ENGINE_STATEMENT));
    assertThat(groups).doesNotHaveDuplicates().doesNotContainNull()
        .contains(Groups.OFFICE, Groups.UNIT_HEADS, Groups.COUNCIL)
        .hasSameElementsAs(enginesOwnStatement());
  }

  @Test
  void shouldSeeAGroupFromItsFirstAuthorizationToItsLast() {
    String group = "nhomthunghiem";
    new Grants(engine.getAuthorizationService()).grant(group, Resources.FILTER, "*", Permissions.READ);
    try {
      assertThat(authorizedGroups()).contains(group).hasSameElementsAs(enginesOwnStatement());
    } finally {
      for (Authorization authorization : engine.getAuthorizationService().createAuthorizationQuery()
          .groupIdIn(group).list()) {
        engine.getAuthorizationService().deleteAuthorization(authorization.getId());
      }
    }
    assertThat(authorizedGroups()).doesNotContain(group).hasSameElementsAs(enginesOwnStatement());
  }

  @Test
  void shouldListTheOwnAndTheGroupsTasksNewestFirst() {
    for (String name : List.of("Việc của tôi", "Việc của nhóm", "Phiếu biểu quyết")) {
      Filter filter = filter(name);
      assertThat(RoleFilters.queryVersion(filter)).as(name).isEqualTo(RoleFilters.QUERY_VERSION);
      assertThat(ordering(filter)).as(name).containsExactly("CREATE_TIME_ desc");
    }
    assertThat(ordering(filter("Quá hạn"))).as("the most overdue first").containsExactly("DUE_DATE_ asc");
  }

  @Test
  void shouldGiveAnOlderFilterTheCurrentQueryOnceAndKeepLaterEdits() {
    Filter mine = filter("Việc của tôi");
    TaskQuery dueDateFirst = engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")
        .orderByDueDate().asc();
    Map<String, Object> properties = new LinkedHashMap<>(mine.getProperties());
    properties.remove(RoleFilters.QUERY_VERSION_PROPERTY);
    engine.getFilterService().saveFilter(mine.setProperties(properties).setQuery(dueDateFirst));
    assertThat(ordering(filter("Việc của tôi"))).containsExactly("DUE_DATE_ asc");

    new RoleFilters(engine).create();

    Filter upgraded = filter("Việc của tôi");
    assertThat(upgraded.getId()).isEqualTo(mine.getId());
    assertThat(ordering(upgraded)).containsExactly("CREATE_TIME_ desc");
    assertThat(RoleFilters.queryVersion(upgraded)).isEqualTo(RoleFilters.QUERY_VERSION);
    assertThat(upgraded.getProperties()).containsEntry("description", properties.get("description"))
        .containsKey("variables");

    // an administrator's later edit stays
    engine.getFilterService().saveFilter(upgraded.setQuery(dueDateFirst));
    new RoleFilters(engine).create();
    assertThat(ordering(filter("Việc của tôi"))).containsExactly("DUE_DATE_ asc");
    engine.getFilterService().saveFilter(filter("Việc của tôi").setQuery(
        engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .orderByTaskCreateTime().desc()));
  }

  private Filter filter(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult();
  }

  private static List<String> ordering(Filter filter) {
    TaskQueryImpl query = filter.getQuery();
    return query.getOrderingProperties().stream()
        .map((QueryOrderingProperty p) -> p.getQueryProperty().getName() + " " + p.getDirection().getName())
        .toList();
  }

  private Set<String> authorizedGroups() {
    List<String> groups = execute(context -> context.getDbEntityManager()
        .selectList(AuthorizedGroupIdsPlugin.ENGINE_STATEMENT));
    return new HashSet<>(groups);
  }

  /** The engine's own {@code SELECT DISTINCT GROUP_ID_}, bypassing the statement mapping. */
  private Set<String> enginesOwnStatement() {
    List<String> groups = execute(context -> context.getDbSqlSession().getSqlSession()
        .selectList(AuthorizedGroupIdsPlugin.ENGINE_STATEMENT));
    Set<String> named = new HashSet<>(groups);
    named.removeIf(Objects::isNull);
    return named;
  }

  private <T> T execute(Command<T> command) {
    return configuration().getCommandExecutorTxRequired().execute(command);
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
