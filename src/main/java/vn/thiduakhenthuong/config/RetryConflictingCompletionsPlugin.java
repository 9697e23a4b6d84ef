package vn.thiduakhenthuong.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A safety net for completions that meet an OptimisticLockingException. The Council's ballots no
 * longer collide (asyncAfter on each ballot moves the multi-instance counters into jobs, README
 * "Voting at once"), but a session still voting on an older process version, or a ballot submitted
 * while the deadline timer closes the vote, can. Such a failure rolled everything back, so completing
 * the task again is safe: it is retried here, outside the transaction, and the member never sees an
 * engine error.
 */
@Component
@Order(1)
public class RetryConflictingCompletionsPlugin extends AbstractProcessEnginePlugin {

  static final int ATTEMPTS = 25;
  private static final Set<Class<?>> COMPLETIONS = Set.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class);
  private static final Logger LOG = LoggerFactory.getLogger(RetryConflictingCompletionsPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new RetryOnConflict());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  static class RetryOnConflict extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (!COMPLETIONS.contains(command.getClass()) || TransactionSynchronizationManager.isActualTransactionActive()) {
        return next.execute(command);
      }
      for (int attempt = 1; ; attempt++) {
        try {
          return next.execute(command);
        } catch (OptimisticLockingException conflict) {
          if (attempt == ATTEMPTS) {
            throw conflict;
          }
          LOG.debug("Completion met a concurrent update, attempt {} of {}: {}", attempt, ATTEMPTS, conflict.getMessage());
          pause(attempt);
        }
      }
    }

    private static void pause(int attempt) {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * Math.min(attempt, 5)));
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(interrupted);
      }
    }
  }
}
