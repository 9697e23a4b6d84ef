package vn.thiduakhenthuong.council;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import vn.thiduakhenthuong.config.CommandInterceptors;

/**
 * Records every OptimisticLockingException of an outermost command (a member's completion, each
 * attempt the retry plugin makes, a job): command and message, which names the entity and its id.
 */
class ConflictRecorder extends AbstractProcessEnginePlugin {

  private final Queue<String> conflicts = new ConcurrentLinkedQueue<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.addPre(configuration, new Recording());
  }

  List<String> conflicts() {
    return List.copyOf(conflicts);
  }

  private class Recording extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (OptimisticLockingException conflict) {
        conflicts.add(command.getClass().getSimpleName() + ": " + conflict.getMessage());
        throw conflict;
      }
    }
  }
}
