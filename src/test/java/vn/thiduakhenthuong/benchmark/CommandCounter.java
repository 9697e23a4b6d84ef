package vn.thiduakhenthuong.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import vn.thiduakhenthuong.config.CommandInterceptors;
import vn.thiduakhenthuong.config.InterfaceOnlyPlugin;

/**
 * Counts the engine's transactions: every outermost command (no command context open yet), whether a
 * user's call, a job executor's acquisition or a job, each attempt of a retried completion included;
 * and the optimistic-locking conflicts among them. Appended after the app's own interceptors, so it
 * sees each attempt that {@code RetryConflictingCompletionsPlugin} makes. Also counts the engine's SQL
 * statements (MyBatis: every select, insert, update and delete, by statement id), to show where one engine
 * reads or writes more than the other; the app's own JDBC (documents, registry, tally) is not among them.
 */
class CommandCounter extends AbstractProcessEnginePlugin {

  private final LongAdder transactions = new LongAdder();
  private final LongAdder conflicts = new LongAdder();
  private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.addPre(configuration, new Counting());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Statements());
  }

  /** Statements run so far, by "SELECT id" / "INSERT id" / ...: subtract two of these for a run's. */
  Map<String, Long> statements() {
    Map<String, Long> copy = new TreeMap<>();
    statements.forEach((id, count) -> copy.put(id, count.sum()));
    return copy;
  }

  long transactions() {
    return transactions.sum();
  }

  long conflicts() {
    return conflicts.sum();
  }

  private class Counting extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null) {
        return next.execute(command);
      }
      transactions.increment();
      try {
        return next.execute(command);
      } catch (OptimisticLockingException conflict) {
        conflicts.increment();
        throw conflict;
      }
    }
  }

  /**
   * Counts the statements passed to each executor MyBatis makes: {@code query} (the four-argument one callers
   * use) and {@code update}, through {@link InterfaceOnlyPlugin} so as not to slow down what it measures.
   */
  private class Statements implements Interceptor {

    @Override
    public Object plugin(Object target) {
      return InterfaceOnlyPlugin.wrap(target, Executor.class, method -> "update".equals(method.getName())
          || ("query".equals(method.getName()) && method.getParameterCount() == 4), this);
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
      statements.computeIfAbsent(statement.getSqlCommandType() + " " + statement.getId(), id -> new LongAdder())
          .increment();
      return invocation.proceed();
    }
  }
}
