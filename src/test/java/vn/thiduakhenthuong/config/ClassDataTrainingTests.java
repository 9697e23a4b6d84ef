package vn.thiduakhenthuong.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The requests of the class-data archive's training start (Dockerfile) all answer on the training's
 * database (in-memory H2 with the demo data), so that the archive holds what they load; the training,
 * which ends the JVM, is off unless asked for.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:class-data-training-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class ClassDataTrainingTests {

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @Test
  void shouldGetAnAnswerToEveryTrainingRequest() {
    assertThat(context.getBeanNamesForType(ClassDataTraining.class)).as("off unless asked for").isEmpty();

    assertThat(ClassDataTraining.ask(port)).hasSize(ClassDataTraining.REQUESTS.size()).allSatisfy(
        (path, status) -> assertThat(status).as(path).isEqualTo(200));
  }
}
