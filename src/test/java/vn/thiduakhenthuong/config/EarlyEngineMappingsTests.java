package vn.thiduakhenthuong.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's mappings parsed before the engine is built (EarlyEngineMappings) are the engine's own,
 * and the engine takes them only when they were parsed for its database and table prefix.
 */
class EarlyEngineMappingsTests {

  private ProcessEngine engine;

  @AfterEach
  void close() {
    EarlyEngineMappings.take();
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void shouldTellTheDatabaseTypeFromTheUrlOfTheTwoDatabasesTheAppRunsOn() {
    assertThat(EarlyEngineMappings.databaseType("jdbc:postgresql://db:5432/awards")).isEqualTo("postgres");
    assertThat(EarlyEngineMappings.databaseType("jdbc:h2:file:./data/awards;AUTO_SERVER=FALSE")).isEqualTo("h2");
    assertThat(EarlyEngineMappings.databaseType("JDBC:H2:mem:x")).isEqualTo("h2");
    assertThat(EarlyEngineMappings.databaseType("jdbc:mysql://db/awards")).isNull();
    assertThat(EarlyEngineMappings.databaseType(null)).isNull();
  }

  @Test
  void shouldParseWhatTheEngineParsesForTheSameDatabase() {
    ProcessEngineConfigurationImpl own = (ProcessEngineConfigurationImpl) build("early-own").getProcessEngineConfiguration();
    Configuration engines = own.getSqlSessionFactory().getConfiguration();
    Configuration early = EarlyEngineMappings.parse("h2", "");

    assertThat(early.getMappedStatementNames()).containsExactlyInAnyOrderElementsOf(engines.getMappedStatementNames());
    assertThat(early.getMappedStatementNames()).hasSizeGreaterThan(1000);
    Map<String, String> sql = sql(engines);
    assertThat(sql).hasSizeGreaterThan(300);
    assertThat(sql(early)).isEqualTo(sql);
    // the database's own SQL and the table prefix come from what it was parsed for
    Map<String, String> postgres = sql(EarlyEngineMappings.parse("postgres", ""));
    assertThat(sql.keySet().stream().filter(id -> !sql.get(id).equals(postgres.get(id))).count()).isPositive();
    assertThat(sql(EarlyEngineMappings.parse("h2", "other.")).get("selectDeploymentsByName")).contains("other.ACT_RE_DEPLOYMENT");
  }

  @Test
  void shouldBuildTheEngineOnTheEarlyMappingsWhenTheyFitItsDatabase() throws Exception {
    EarlyEngineMappings.start("h2", "");
    Configuration parsed = EarlyEngineMappings.pending().mappings().get();
    EarlyEngineMappingsPlugin plugin = new EarlyEngineMappingsPlugin();

    engine = build("early-taken", plugin);

    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(plugin.gaveMappings()).isTrue();
    assertThat(configuration.getSqlSessionFactory().getConfiguration()).isSameAs(parsed);
    // what the engine's own parse sets besides the statements
    assertThat(parsed.getEnvironment().getDataSource()).isSameAs(configuration.getDataSource());
    assertThat(parsed.getEnvironment().getTransactionFactory()).isSameAs(configuration.getTransactionFactory());
    assertThat(parsed.getDefaultExecutorType()).isEqualTo(ExecutorType.BATCH);
    assertThat(EarlyEngineMappings.take()).as("given to one engine only").isNull();
    // and it runs
    engine.getRepositoryService().createDeployment()
        .addModelInstance("p.bpmn", Bpmn.createExecutableProcess("p").startEvent().userTask("t").endEvent().done())
        .deploy();
    engine.getRuntimeService().startProcessInstanceByKey("p", Map.of("x", "y"));
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("t").count()).isEqualTo(1);
  }

  @Test
  void shouldLeaveTheEngineToParseWhenTheEarlyMappingsAreForAnotherDatabaseOrPrefix() {
    for (List<String> other : List.of(List.of("postgres", ""), List.of("h2", "other."))) {
      EarlyEngineMappings.start(other.get(0), other.get(1));
      Configuration parsed = EarlyEngineMappings.pending().mappings().join();
      EarlyEngineMappingsPlugin plugin = new EarlyEngineMappingsPlugin();

      ProcessEngine built = build("early-other-" + other.get(0), plugin);
      try {
        assertThat(plugin.gaveMappings()).as(other.toString()).isFalse();
        assertThat(((ProcessEngineConfigurationImpl) built.getProcessEngineConfiguration()).getSqlSessionFactory()
            .getConfiguration()).isNotSameAs(parsed);
        assertThat(built.getRepositoryService().createDeploymentQuery().count()).isZero();
      } finally {
        built.close();
      }
    }
  }

  private static ProcessEngine build(String database, EarlyEngineMappingsPlugin... plugins) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(database);
    // a data source given, as Spring gives the app's engine one (the plugin asks it for the database type)
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=1000");
    configuration.setDataSource(dataSource);
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(plugins));
    return configuration.buildProcessEngine();
  }

  /** The SQL of every statement that can be written for an empty list parameter, by statement id. */
  private static Map<String, String> sql(Configuration mappings) {
    Map<String, String> sql = new TreeMap<>();
    for (String id : mappings.getMappedStatementNames()) {
      if (id.contains(".")) {
        continue; // MyBatis keeps each statement under its short and its namespaced id
      }
      try {
        sql.put(id, mappings.getMappedStatement(id).getBoundSql(new ListQueryParameterObject()).getSql());
      } catch (RuntimeException needsOtherParameters) {
        // dynamic SQL that reads properties of a query object
      }
    }
    return sql;
  }
}
