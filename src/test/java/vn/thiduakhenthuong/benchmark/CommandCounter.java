package vn.thiduakhenthuong.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
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
 * sees each attempt that {@code RetryConflictingCompletionsPlugin} makes.
 */
class CommandCounter extends AbstractProcessEnginePlugin {

  private final LongAdder transactions = new LongAdder();
  private final LongAdder conflicts = new LongAdder();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Counting());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
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
}
