package vn.thiduakhenthuong.validation;

import java.util.function.BiConsumer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import vn.thiduakhenthuong.config.CommandInterceptors;
import vn.thiduakhenthuong.identity.Groups;

/**
 * Checks of engine commands called from outside (REST, Tasklist, a program), before they run. A
 * command runs outside any command context only when called from outside; the same command issued by
 * one of our delegates runs inside its caller's context and is not checked.
 */
public final class OutsideCalls {

  private OutsideCalls() {}

  /** Adds {@code check(command, caller)} in front of every command the engine runs; it throws to refuse. */
  public static void check(ProcessEngineConfigurationImpl configuration, BiConsumer<Command<?>, Authentication> check) {
    CommandInterceptors.addPre(configuration, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null) {
          check.accept(command, configuration.getIdentityService().getCurrentAuthentication());
        }
        return next.execute(command);
      }
    });
  }

  /** A logged-in caller who is not an administrator (SPEC §3: {@code camunda-admin} has everything). */
  public static boolean isPerson(Authentication caller) {
    return caller != null && (caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMIN));
  }
}
