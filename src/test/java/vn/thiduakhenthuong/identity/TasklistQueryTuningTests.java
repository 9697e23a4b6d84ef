package vn.thiduakhenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Signature;
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
import org.postgresql.PGStatement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.council.Council;

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
  void shouldIndexTheDueDateTheAuthorizationsUserAndResourceAndTheAssigneesStepsOnPostgres() throws SQLException {
    List<String> indexes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.createStatement().executeQuery(
            "SELECT tablename || '(' || indexdef || ')' FROM pg_indexes WHERE indexname LIKE 'awards_idx_%'")) {
      while (rows.next()) {
        indexes.add(rows.getString(1));
      }
    }
    assertThat(indexes).hasSize(4)
        .anySatisfy(index -> assertThat(index).startsWith("act_ru_task(").contains("(due_date_)"))
        .anySatisfy(index -> assertThat(index).startsWith("act_ru_authorization(").contains("(user_id_)"))
        .anySatisfy(index -> assertThat(index).startsWith("act_ru_task(")
            .contains("(assignee_, task_def_key_, proc_def_id_) INCLUDE (id_, tenant_id_, case_execution_id_)"))
        .anySatisfy(index -> assertThat(index).startsWith("act_ru_authorization(")
            .contains("(resource_id_) WHERE (resource_type_ = ANY (ARRAY[6, 7]))"));
  }

  @Test
  void shouldReplaceTheEarlierIndexOnTheAssigneesDefinitions() throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX IF NOT EXISTS awards_idx_task_assignee_def ON act_ru_task (assignee_, proc_def_id_)");
    }

    new TasklistIndexesPlugin().postProcessEngineBuild(engine);

    try (Connection connection = dataSource.getConnection(); ResultSet rows = connection.createStatement().executeQuery(
        "SELECT indexname FROM pg_indexes WHERE indexname LIKE 'awards_idx_task_assignee%'")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("awards_idx_task_assignee_key");
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void shouldKeepStatisticsOnTheAuthorizationChecksPermissionBits() throws SQLException {
    List<String> expressions = new ArrayList<>();
    try (Connection connection = dataSource.getConnection(); ResultSet rows = connection.createStatement().executeQuery(
        "SELECT expr FROM pg_stats_ext_exprs WHERE statistics_name = 'awards_stat_auth_perms'"
            + " AND tablename = 'act_ru_authorization' ORDER BY expr")) {
      while (rows.next()) {
        expressions.add(rows.getString(1));
      }
    }
    // filled (ANALYZE) when created: the view lists an expression only once it has statistics
    assertThat(expressions).containsExactly("(perms_ & 2)", "(perms_ & 64)");
  }

  @Test
  void shouldRunTheAppsStatementsWithoutParallelWorkersOrJit() throws SQLException {
    Map<String, String> settings = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection(); ResultSet rows = connection.createStatement().executeQuery(
        "SELECT name, setting FROM pg_settings WHERE name IN ('max_parallel_workers_per_gather', 'jit') ORDER BY name")) {
      while (rows.next()) {
        settings.put(rows.getString(1), rows.getString(2));
      }
    }
    assertThat(settings).containsExactly(Map.entry("jit", "off"), Map.entry("max_parallel_workers_per_gather", "0"));
  }

  @Test
  void shouldSendTasklistsQueriesUnpreparedAndOtherStatementsAsUsual() {
    Map<String, Integer> thresholds = new ConcurrentHashMap<>();
    // added after TaskQueryPlansPlugin's, so it wraps it and sees each statement as that one left it
    configuration().getSqlSessionFactory().getConfiguration().addInterceptor(new ThresholdRecorder(thresholds));
    TaskQuery own = engine.getTaskService().createTaskQuery().taskAssignee("tpqldd").orderByTaskCreateTime().desc();
    own.listPage(0, 15);
    own.count();
    engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.NOMINATION).count();

    assertThat(thresholds).as("0: planned by PostgreSQL with the values of each run")
        .containsEntry("task list", 0).containsEntry("task count", 0)
        .as("the driver's default: prepared on the server from the fifth run")
        .containsEntry("definitions", 5);
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
      assertThat(RoleFilters.queryVersion(filter)).as(name).isGreaterThanOrEqualTo(2);
      assertThat(ordering(filter)).as(name).containsExactly("CREATE_TIME_ desc");
    }
    assertThat(ordering(filter("Quá hạn"))).as("the most overdue first").containsExactly("DUE_DATE_ asc");
  }

  @Test
  void shouldListOnlyBallotsUnderPhieuBieuQuyet() {
    TaskQueryImpl ballots = filter("Phiếu biểu quyết").getQuery();

    assertThat(ballots.getKey()).isEqualTo(Council.TASK_CAST_BALLOT);
    assertThat(ballots.getProcessDefinitionKey()).isEqualTo(ProcessKeys.COUNCIL_SESSION);
    assertThat(ballots.getExpressions()).containsEntry("taskAssignee", "${currentUser()}");
    assertThat(RoleFilters.queryVersion(filter("Phiếu biểu quyết"))).isEqualTo(3);
  }

  @Test
  void shouldUpgradeOnlyTheFiltersWhoseQueryChanged() {
    Filter mine = filter("Việc của tôi");
    Filter ballots = filter("Phiếu biểu quyết");
    TaskQuery dueDateFirst = engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")
        .orderByDueDate().asc();
    TaskQuery councilTasks = engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")
        .processDefinitionKey(ProcessKeys.COUNCIL_SESSION).orderByTaskCreateTime().desc();
    // as version 2 left them, «Việc của tôi» then edited by an administrator
    engine.getFilterService().saveFilter(mine.setProperties(withVersion(mine, 2)).setQuery(dueDateFirst));
    engine.getFilterService().saveFilter(ballots.setProperties(withVersion(ballots, 2)).setQuery(councilTasks));

    new RoleFilters(engine).create();

    assertThat(ordering(filter("Việc của tôi"))).as("unchanged since version 2: the edit stays")
        .containsExactly("DUE_DATE_ asc");
    assertThat(((TaskQueryImpl) filter("Phiếu biểu quyết").getQuery()).getKey()).isEqualTo(Council.TASK_CAST_BALLOT);
    assertThat(RoleFilters.queryVersion(filter("Phiếu biểu quyết"))).isEqualTo(3);
    engine.getFilterService().saveFilter(filter("Việc của tôi").setQuery(
        engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")
            .orderByTaskCreateTime().desc()));
  }

  private static Map<String, Object> withVersion(Filter filter, int version) {
    Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
    properties.put(RoleFilters.QUERY_VERSION_PROPERTY, version);
    return properties;
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
    assertThat(RoleFilters.queryVersion(upgraded)).isEqualTo(2);
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

  /** Added after TaskQueryPlansPlugin's interceptor, so it wraps it and sees each statement as that one left it. */
  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  record ThresholdRecorder(Map<String, Integer> thresholds) implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Statement statement = (Statement) invocation.proceed();
      String sql = ((StatementHandler) invocation.getTarget()).getBoundSql().getSql().replaceAll("\\s+", " ");
      String kind = sql.startsWith("select distinct RES.REV_") && sql.contains("from ACT_RU_TASK RES") ? "task list"
          : sql.startsWith("SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_ from ACT_RU_TASK RES") ? "task count"
          : sql.contains("from ACT_RE_PROCDEF RES") ? "definitions" : "other";
      thresholds.put(kind, statement.unwrap(PGStatement.class).getPrepareThreshold());
      return statement;
    }
  }
}
