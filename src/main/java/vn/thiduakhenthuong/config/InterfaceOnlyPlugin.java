package vn.thiduakhenthuong.config;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Predicate;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.reflection.ExceptionUtil;

/**
 * A MyBatis interceptor's {@code plugin} without MyBatis' {@code Plugin.wrap}: MyBatis offers every executor,
 * parameter handler, result handler and statement handler it makes (several per statement) to every
 * interceptor, and {@code Plugin.wrap} reads the interceptor's annotations and the target's interfaces each
 * time (3-4% of the app's CPU samples on the whole path, per interceptor). Here only targets of one interface
 * are wrapped, with a plain proxy that hands the chosen methods to the interceptor and passes the others on.
 */
public final class InterfaceOnlyPlugin {

  private InterfaceOnlyPlugin() {}

  public static Object wrap(Object target, Class<?> type, Predicate<Method> intercepted, Interceptor interceptor) {
    if (!type.isInstance(target)) {
      return target;
    }
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      try {
        return intercepted.test(method) ? interceptor.intercept(new Invocation(target, method, args))
            : method.invoke(target, args);
      } catch (Exception failed) {
        throw ExceptionUtil.unwrapThrowable(failed);
      }
    });
  }
}
