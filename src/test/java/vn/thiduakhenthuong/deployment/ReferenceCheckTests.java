package vn.thiduakhenthuong.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.thiduakhenthuong.validation.InvalidInputException;

/** Broken copies of the real nomination diagram are refused at deployment, naming file, element and reference. */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:reference-check-tests;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
class ReferenceCheckTests {

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate template;

  @Test
  void shouldRefuseAnUnknownBean() throws IOException {
    assertThat(refusal(nomination().replace("${markCheckOverdueDelegate}", "${noSuchDelegate}")))
        .contains("bpmn/nomination.bpmn, phần tử Task_MarkCheckOverdue tham chiếu bean «noSuchDelegate» không tồn tại");
    assertThat(refusal(nomination().replace("${workingDays.afterWorkingDays(10)}", "${holidays.after(10)}")))
        .contains("tham chiếu bean «holidays»");
  }

  @Test
  void shouldRefuseAnUnknownFormDecisionGroupOrMessage() throws IOException {
    assertThat(refusal(nomination().replace("camunda:formRef=\"nomination-check-dossier\"", "camunda:formRef=\"kiem-tra\"")))
        .contains("phần tử Task_CheckDossier tham chiếu biểu mẫu «kiem-tra» không tồn tại");
    assertThat(refusal(nomination().replace("camunda:decisionRef=\"award-routing\"", "camunda:decisionRef=\"phan-tuyen\"")))
        .contains("phần tử Task_RouteAward tham chiếu bảng quyết định «phan-tuyen» không tồn tại");
    assertThat(refusal(nomination().replace("camunda:candidateGroups=\"office\"", "camunda:candidateGroups=\"vanphong\"")))
        .contains("phần tử Task_CheckDossier tham chiếu nhóm «vanphong» không tồn tại");
    assertThat(refusal(nomination().replace("name=\"CouncilResult\"", "name=\"\"")))
        .contains("phần tử Task_AwaitCouncilResult tham chiếu thông điệp «Message_CouncilResult» không tồn tại");
  }

  @Test
  void shouldRefuseASplittingGatewayWithoutDefault() throws IOException {
    assertThat(refusal(nomination().replace(" default=\"Flow_Complete\"", "")))
        .contains("phần tử Gateway_DossierDecision chia nhánh nhưng không có nhánh mặc định");
  }

  @Test
  void shouldAcceptTheRealDiagramAndAnswerAProcessOwnerWith400() throws IOException {
    engine.getRepositoryService().createDeployment().name("kiem-tra").addString("bpmn/nomination.bpmn", nomination())
        .deploy();

    ResponseEntity<String> refused = deploy("quytrinh", nomination().replace("${markCheckOverdueDelegate}", "${x}"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Triển khai bị từ chối", "bean «x» không tồn tại");
    assertThat(deploy("tpqldd", nomination()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy("quytrinh", nomination().replace("Kiểm tra hồ sơ đề nghị", "Kiểm tra hồ sơ"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private String refusal(String bpmn) {
    long before = engine.getRepositoryService().createDeploymentQuery().count();
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> engine.getRepositoryService()
        .createDeployment().name("hong").addString("bpmn/nomination.bpmn", bpmn).deploy());
    assertThat(refused).as("refused").isNotNull();
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
    return refused.getMessage();
  }

  private ResponseEntity<String> deploy(String user, String bpmn) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "modeler");
    body.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "nomination.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return template.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  private static String nomination() throws IOException {
    try (InputStream in = ReferenceCheckTests.class.getClassLoader().getResourceAsStream("bpmn/nomination.bpmn")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
