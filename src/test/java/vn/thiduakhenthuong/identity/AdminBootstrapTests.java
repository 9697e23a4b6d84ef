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
    Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(AwardsApplication.class)
        .run("--spring.datasource.url=jdbc:h2:mem:no-admin-tests",
            "--server.port=0",
            "--awards.demo-data=false",
            "--awards.admin.user=",
            "--awards.admin.password=",
            "--camunda.bpm.job-execution.enabled=false")
        .close());

    assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
        .isInstanceOf(MissingAdministratorException.class)
        .hasMessageContaining("ADMIN_USER")
        .hasMessageContaining("ADMIN_PASSWORD");
  }
}
