package vn.thiduakhenthuong.config;

import java.util.concurrent.ExecutionException;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.apache.ibatis.transaction.TransactionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.ibatis.transaction.managed.ManagedTransactionFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the engine the mappings {@link EarlyEngineMappings} parsed while Spring started, when they were
 * parsed for the database type the engine finds (asked here the engine's own way, before the engine
 * would ask) and for its table prefix. Then the engine does not parse them again
 * ({@code initSqlSessionFactory} keeps a factory it is given). What the engine's own parse sets besides the
 * statements is set here as it would be: the environment with the engine's transaction factory and data
 * source, the statement timeout, the batch executor. After the starter's plugins (which give the engine
 * its data source) and before ours that add to the mappings or open sessions.
 */
@Component
@Order(10)
public class EarlyEngineMappingsPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EarlyEngineMappingsPlugin.class);

  private Configuration given;

  @Override
  public void preInit(ProcessEngineConfigurationImpl engine) {
    given = null;
    EarlyEngineMappings.Parse parse = EarlyEngineMappings.take();
    if (parse == null || engine.getSqlSessionFactory() != null || engine.isUseSharedSqlSessionFactory()
        || engine.getDataSource() == null) {
      return;
    }
    if (engine.getDatabaseType() == null) {
      engine.initDatabaseType();
    }
    if (!parse.fits(engine.getDatabaseType(), engine.getDatabaseTablePrefix())) {
      LOG.info("Engine mappings parsed early for {} (prefix '{}'), but the engine runs on {} (prefix '{}'): it parses its own",
          parse.databaseType(), parse.tablePrefix(), engine.getDatabaseType(), engine.getDatabaseTablePrefix());
      return;
    }
    Configuration mappings;
    try {
      mappings = parse.mappings().get();
    } catch (ExecutionException e) {
      return; // logged by the parse; the engine parses its own and reports what fails
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    // the engine's environment is known after its init; until then one that behaves the same
    TransactionFactory transactions = engine.isTransactionsExternallyManaged()
        ? new ManagedTransactionFactory() : new JdbcTransactionFactory();
    mappings.setEnvironment(new Environment("default", transactions, engine.getDataSource()));
    engine.setSqlSessionFactory(new DefaultSqlSessionFactory(mappings));
    given = mappings;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    if (given == null) {
      return;
    }
    given.setEnvironment(new Environment("default", engine.getTransactionFactory(), engine.getDataSource()));
    given.setDefaultStatementTimeout(engine.getJdbcStatementTimeout());
    if (engine.isJdbcBatchProcessing()) {
      given.setDefaultExecutorType(ExecutorType.BATCH);
    }
  }

  /** Whether the engine built last with this plugin took the early mappings. */
  public boolean gaveMappings() {
    return given != null;
  }
}
