package vn.thiduakhenthuong.identity;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.reflection.ExceptionUtil;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.postgresql.PGStatement;
import org.springframework.stereotype.Component;

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

    /**
     * Wraps statement handlers only, with the one method it intercepts known in advance. MyBatis offers every
     * executor, parameter handler, result handler and statement handler it makes (several per statement) to
     * every interceptor, and its {@link org.apache.ibatis.plugin.Plugin#wrap} reads the interceptor's
     * annotations and the target's interfaces each time: 3.8% of the app's CPU samples on the whole path.
     */
    @Override
    public Object plugin(Object target) {
      if (!(target instanceof StatementHandler handler)) {
        return target;
      }
      return Proxy.newProxyInstance(StatementHandler.class.getClassLoader(), new Class<?>[] {StatementHandler.class},
          (proxy, method, args) -> {
            try {
              return PREPARE.equals(method) ? intercept(new Invocation(handler, method, args)) : method.invoke(handler, args);
            } catch (Exception failed) {
              throw ExceptionUtil.unwrapThrowable(failed);
            }
          });
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
