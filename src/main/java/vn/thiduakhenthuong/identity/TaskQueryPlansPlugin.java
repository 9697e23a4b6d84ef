package vn.thiduakhenthuong.identity;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.Statement;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.postgresql.PGStatement;
import org.springframework.stereotype.Component;
import vn.thiduakhenthuong.config.InterfaceOnlyPlugin;

/**
 * Tasklist's task queries (list and count, for every filter) are planned by PostgreSQL with the
 * values of each call, never with a generic plan. The driver prepares a statement on the server after
 * five runs, and PostgreSQL may then keep one plan for any values. For the authorization join of these
 * queries that plan cannot use the statistics on the permission bits (TasklistIndexesPlugin) and falls
 * back to comparing every task with every grant: a unit head's «Việc của tôi» count at 100,000 open tasks
 * took 6 s with it and 0.4 s without (README, "Performance"). Only these two statements are sent
 * unprepared: planning every statement the engine runs made the whole nomination path 19% slower.
 */
@Component
class TaskQueryPlansPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration()
          .addInterceptor(new PlannedWithValues(configuration.getDatabaseTablePrefix() + "ACT_RU_TASK RES"));
    }
  }

  /**
   * The task queries' statements (selectTaskByQueryCriteria, selectTaskCountByQueryCriteria) read the tasks as RES.
   * It intercepts {@code StatementHandler.prepare} through its own {@link #plugin}, so it needs no {@code @Intercepts}.
   */
  record PlannedWithValues(String taskTable) implements Interceptor {

    private static final Method PREPARE = prepare();

    private static Method prepare() {
      try {
        return StatementHandler.class.getMethod("prepare", Connection.class, Integer.class);
      } catch (NoSuchMethodException missing) {
        throw new IllegalStateException("MyBatis without StatementHandler.prepare(Connection, Integer)", missing);
      }
    }

    /** Statement handlers only, {@code prepare} only ({@link InterfaceOnlyPlugin}: no MyBatis {@code Plugin.wrap}). */
    @Override
    public Object plugin(Object target) {
      return InterfaceOnlyPlugin.wrap(target, StatementHandler.class, PREPARE::equals, this);
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Statement statement = (Statement) invocation.proceed();
      String sql = ((StatementHandler) invocation.getTarget()).getBoundSql().getSql();
      if (sql.contains(taskTable) && statement.isWrapperFor(PGStatement.class)) {
        // 0: never a named server-side statement, so PostgreSQL plans each run with its values
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
      }
      return statement;
    }
  }
}
