package vn.thiduakhenthuong.validation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The outermost command interceptor: when a command failed because of our own validation, the caller
 * gets our Vietnamese {@link InvalidInputException} (HTTP 400 in REST, the error box in Tasklist),
 * not the engine's "ENGINE-03051 Exception while invoking TaskListener" wrapper (STACK.md). A message
 * that no nomination waits for is bad input too, answered in Vietnamese.
 *
 * <p>Such a refusal is logged as the engine logs its own {@code BadUserRequestException}: at debug, not as an ERROR
 * with a stack trace for every mistyped form, which would bury the server's real faults in the operators' log
 * ({@code UserErrorLoggingTests}).
 */
@Component
public class ValidationErrorPlugin extends AbstractProcessEnginePlugin {

  static final String NO_ONE_WAITS = "Không có hồ sơ nào đang chờ thông điệp này: mã hồ sơ không đúng, "
      + "hồ sơ đã kết thúc hoặc đã qua bước có thể nhận thông điệp (ví dụ: không thể rút đề nghị sau khi "
      + "Hội đồng đã biểu quyết).";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        prepend(configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        prepend(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
    CommandContextFactory contexts = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new UserErrorsAtDebug(processEngineConfiguration);
      }
    };
    contexts.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(contexts);
  }

  /** The engine's command context, which logs a user's refused input at debug, where the engine logs bad requests. */
  static class UserErrorsAtDebug extends CommandContext {

    UserErrorsAtDebug(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    @Override
    protected boolean shouldLogFine(Throwable failure) {
      return super.shouldLogFine(failure) || refusedInput(failure) != null;
    }
  }

  /** Our Vietnamese refusal behind an engine failure (a listener's wrapper), or null when it is none. */
  static RuntimeException refusedInput(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException || cause instanceof NotAllowedException) {
        return (RuntimeException) cause;
      }
    }
    return null;
  }

  private static List<CommandInterceptor> prepend(List<CommandInterceptor> existing) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(new UnwrapInvalidInput());
    if (existing != null) {
      interceptors.addAll(existing);
    }
    return interceptors;
  }

  static class UnwrapInvalidInput extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        RuntimeException refused = refusedInput(failure);
        if (refused != null) {
          throw refused;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
          if (cause instanceof MismatchingMessageCorrelationException) {
            throw new InvalidInputException("messageName", NO_ONE_WAITS);
          }
        }
        throw failure;
      }
    }
  }
}
