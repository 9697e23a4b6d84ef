package vn.thiduakhenthuong.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.builder.StaticSqlSource;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Before every authorized query or check, the engine reads which groups have any authorization at
 * all ({@code selectAuthorizedGroupIds}: {@code SELECT DISTINCT GROUP_ID_} over the whole
 * ACT_RU_AUTHORIZATION). That table grows with every nomination ever made (per-instance unit grants,
 * history grants), so each Tasklist request paid a full scan: 180-390 ms at 100,000 open tasks.
 * On PostgreSQL the same set is read here with a loose scan of the engine's own index on GROUP_ID_
 * (one index probe per distinct group): about 2 ms, whatever the table's size. Other databases keep
 * the engine's statement.
 */
@Component
class AuthorizedGroupIdsPlugin extends AbstractProcessEnginePlugin {

  static final String ENGINE_STATEMENT = "selectAuthorizedGroupIds";
  static final String STATEMENT = "selectAuthorizedGroupIds_awardsLooseScan";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
    String sql = "WITH RECURSIVE G(ID) AS ("
        + " SELECT MIN(GROUP_ID_) FROM " + table
        + " UNION ALL"
        + " SELECT (SELECT MIN(GROUP_ID_) FROM " + table + " WHERE GROUP_ID_ > G.ID) FROM G WHERE G.ID IS NOT NULL"
        + ") SELECT ID FROM G WHERE ID IS NOT NULL";
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (!mybatis.hasStatement(STATEMENT, false)) {
      ResultMap strings = new ResultMap.Builder(mybatis, STATEMENT + "-result", String.class, List.of()).build();
      mybatis.addMappedStatement(new MappedStatement.Builder(mybatis, STATEMENT,
          new StaticSqlSource(mybatis, sql), SqlCommandType.SELECT).resultMaps(List.of(strings)).build());
    }
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    Map<String, String> mappings = new HashMap<>();
    if (sessions.getStatementMappings() != null) {
      mappings.putAll(sessions.getStatementMappings());
    }
    mappings.put(ENGINE_STATEMENT, STATEMENT);
    sessions.setStatementMappings(mappings);
  }
}
