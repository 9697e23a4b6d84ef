package vn.thiduakhenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.junit.jupiter.api.Test;

/** The interceptor's own wrapping (the statements it leaves unprepared: TasklistQueryTuningTests, on PostgreSQL). */
class TaskQueryPlansPluginTests {

  final TaskQueryPlansPlugin.PlannedWithValues plans = new TaskQueryPlansPlugin.PlannedWithValues("ACT_RU_TASK RES");

  @Test
  void shouldLeaveEverythingButStatementHandlersAsTheyAre() {
    Object parameters = Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ParameterHandler.class},
        (proxy, method, args) -> null);

    assertThat(plans.plugin(parameters)).isSameAs(parameters);
    assertThat(plans.plugin("not a handler")).isEqualTo("not a handler");
  }

  @Test
  void shouldPassAStatementHandlersAnswersAndFailuresThroughUnchanged() throws SQLException {
    SQLException refused = new SQLException("connection refused");
    StatementHandler handler = (StatementHandler) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {StatementHandler.class}, (proxy, method, args) -> switch (method.getName()) {
          case "prepare", "batch" -> throw refused;
          case "update" -> 3;
          default -> null;
        });
    StatementHandler wrapped = (StatementHandler) plans.plugin(handler);

    assertThat(wrapped).isNotSameAs(handler);
    assertThat(wrapped.update(null)).isEqualTo(3);
    assertThat(catchThrowable(() -> wrapped.prepare(null, 30))).as("intercepted").isSameAs(refused);
    assertThat(catchThrowable(() -> wrapped.batch(null))).as("passed through").isSameAs(refused);
  }
}
