package vn.thiduakhenthuong;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.deployment.ResourceDeployer;

/** Profile "postgres" on a real PostgreSQL: no demo data, the first administrator from ADMIN_USER. */
// One engine named "default" at a time: the REST filter looks the engine up by name.
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "ADMIN_USER=quantri", "ADMIN_PASSWORD=Mat-khau-manh-2026", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class PostgresApplicationTests {

  @Autowired ProcessEngine engine;
  @Autowired DataSource dataSource;
  @Autowired TestRestTemplate template;

  @Test
  void shouldRunTheEngineOnPostgres() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
      assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
    }
    assertThat(engine.getProcessEngineConfiguration().getDatabaseType()).isEqualTo("postgres");
  }

  @Test
  void shouldDecideWithTheFeelEngineThatReusesItsFunctions() {
    var dmn = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDmnEngineConfiguration();
    assertThat(dmn.getFeelEngineFactory().getClass().getEnclosingClass())
        .isEqualTo(vn.thiduakhenthuong.config.ReusedFeelFunctionsPlugin.class);
    var result = engine.getDecisionService().evaluateDecisionTableByKey("award-routing")
        .variables(java.util.Map.of("awardType", "PROVINCE_CERTIFICATE")).evaluate();
    assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo("PROVINCE");
  }

  @Test
  void shouldCreateOnlyTheAdministratorFromTheEnvironment() {
    List<User> users = engine.getIdentityService().createUserQuery().list();

    assertThat(users).extracting(User::getId).containsExactly("quantri");
    assertThat(engine.getIdentityService().checkPassword("quantri", "Mat-khau-manh-2026")).isTrue();
    assertThat(engine.getIdentityService().createGroupQuery().groupMember("quantri").singleResult().getId())
        .isEqualTo("camunda-admin");
    assertThat(engine.getIdentityService().createGroupQuery().groupType("UNIT").count())
        .as("units are demo data").isZero();
  }

  @Test
  void shouldSetUpTheRolesWithoutDemoData() {
    assertThat(engine.getIdentityService().createGroupQuery()
        .groupIdIn("unitheads", "office", "council", "director", "deputydirectors", "processowners",
            "camunda-admin").count()).isEqualTo(7);
    assertThat(engine.getAuthorizationService().isUserAuthorized("someone", List.of("office"),
        Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "council-session")).isTrue();
    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(5);
  }

  @Test
  void shouldAuthenticateEngineRestAgainstTheDatabaseUsers() {
    RestClient rest = new RestClient(template);
    User clerk = engine.getIdentityService().newUser("vanthu");
    clerk.setPassword("Van-thu-2026");
    engine.getIdentityService().saveUser(clerk);
    engine.getIdentityService().createMembership("vanthu", "office");

    assertThat(rest.get("/engine-rest/user", null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.get("/engine-rest/user", "quantri:Mat-khau-manh-2026").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rest.postJson("/engine-rest/group/create", "vanthu:Van-thu-2026", "{\"id\":\"x\",\"name\":\"x\"}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void shouldNotRedeployOnRestart() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();

    assertThat(new ResourceDeployer(getClass().getClassLoader()).deploy(engine)).isNull();
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
  }
}
