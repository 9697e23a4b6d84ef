package vn.thiduakhenthuong.benchmark;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.reflection.ExceptionUtil;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

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
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Counting());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
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
   * Counts the statements passed to each executor MyBatis makes, through a proxy of its own: MyBatis' own
   * {@code Plugin.wrap} would read this interceptor's annotations for every executor, parameter handler,
   * result handler and statement handler of every statement (3% of the app's CPU samples, measured with JFR),
   * and so slow down what it measures.
   */
  private class Statements implements Interceptor {

    @Override
    public Object plugin(Object target) {
      if (!(target instanceof Executor executor)) {
        return target;
      }
      return Proxy.newProxyInstance(Executor.class.getClassLoader(), new Class<?>[] {Executor.class},
          (proxy, method, args) -> {
            if (args != null && args.length > 0 && args[0] instanceof MappedStatement statement
                && ("update".equals(method.getName()) || ("query".equals(method.getName()) && args.length == 4))) {
              statements.computeIfAbsent(statement.getSqlCommandType() + " " + statement.getId(), id -> new LongAdder())
                  .increment();
            }
            try {
              return method.invoke(executor, args);
            } catch (Exception failed) {
              throw ExceptionUtil.unwrapThrowable(failed);
            }
          });
    }

    @Override
    public Object intercept(Invocation invocation) {
      throw new UnsupportedOperationException("statements are counted by the proxy of plugin()");
    }
  }
}
