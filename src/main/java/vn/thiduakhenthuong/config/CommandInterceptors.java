package vn.thiduakhenthuong.config;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Adds a command interceptor to the engine's configuration behind those other plugins added before it (a
 * plugin's {@code preInit}): "pre" ones run before the engine opens the command's context and transaction,
 * "post" ones inside them.
 */
public final class CommandInterceptors {

  private CommandInterceptors() {}

  public static void addPre(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        appended(configuration.getCustomPreCommandInterceptorsTxRequired(), interceptor));
  }

  public static void addPost(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        appended(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptor));
  }

  private static List<CommandInterceptor> appended(List<CommandInterceptor> before, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = before == null ? new ArrayList<>() : new ArrayList<>(before);
    interceptors.add(interceptor);
    return interceptors;
  }
}
