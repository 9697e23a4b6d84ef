package vn.thiduakhenthuong.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;
import vn.thiduakhenthuong.AwardsApplication;

class AdminBootstrapTests {

  @Test
  void shouldRefuseToStartWithoutAnyAdministrator() {
    assertThat(startFailure("no-admin-tests", "", ""))
        .isInstanceOf(MissingAdministratorException.class)
        .hasMessageContaining("ADMIN_USER")
        .hasMessageContaining("ADMIN_PASSWORD");
  }

  @Test
  void shouldRefuseToStartWithAnAdministratorPasswordBelowThePolicy() {
    for (String weak : new String[] {"matkhau2026", "Quantri-2026"}) {
      assertThat(startFailure("weak-admin-tests-" + weak.length(), "quantri", weak)).as(weak)
          .isInstanceOf(MissingAdministratorException.class)
          .hasMessageContaining("chưa đạt chính sách mật khẩu");
    }
  }

  /** Starts the app without demo data with the given first administrator; the cause of its failure to start. */
  private static Throwable startFailure(String database, String user, String password) {
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(AwardsApplication.class)
        .run("--spring.datasource.url=jdbc:h2:mem:" + database,
            "--server.port=0",
            "--awards.demo-data=false",
            "--awards.admin.user=" + user,
            "--awards.admin.password=" + password,
            "--camunda.bpm.job-execution.enabled=false")
        .close());
    assertThat(failure).as("the app started").isNotNull();
    return NestedExceptionUtils.getMostSpecificCause(failure);
  }
}
