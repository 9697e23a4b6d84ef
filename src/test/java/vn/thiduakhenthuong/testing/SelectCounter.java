package vn.thiduakhenthuong.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The engine's SELECT statements (MyBatis statement ids) that this thread runs during an action: to show
 * that a step reads a list of any length with the same queries, not one more per element (N+1).
 */
public final class SelectCounter {

  private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();
  private static final Set<Configuration> INSTALLED = ConcurrentHashMap.newKeySet();

  public static List<String> during(ProcessEngine engine, Runnable action) {
    Configuration mybatis = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getSqlSessionFactory().getConfiguration();
    if (INSTALLED.add(mybatis)) {
      // idle on every other thread and outside during(): it stays with the cached engine
      mybatis.addInterceptor(new Counting());
    }
    List<String> statements = new ArrayList<>();
    COUNTING.set(statements);
    try {
      action.run();
    } finally {
      COUNTING.remove();
    }
    return statements;
  }

  @Intercepts(@Signature(type = Executor.class, method = "query",
      args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
  private static final class Counting implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      List<String> statements = COUNTING.get();
      if (statements != null) {
        statements.add(((MappedStatement) invocation.getArgs()[0]).getId());
      }
      return invocation.proceed();
    }
  }

  private SelectCounter() {}
}
