package vn.thiduakhenthuong;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Small HTTP helper for the tests against the running app: HTTP Basic or anonymous. */
public final class RestClient {

  /** A password that meets the password policy, for the users a test creates (the demo users keep "demo"). */
  public static final String NEW_USER_PASSWORD = "Khen-thuong-2026";

  private final TestRestTemplate rest;

  public RestClient(TestRestTemplate rest) {
    this.rest = rest;
  }

  public ResponseEntity<String> get(String path, String user) {
    return exchange(HttpMethod.GET, path, user, null);
  }

  /** A file the app answers (a spreadsheet, a PDF), as bytes. */
  public ResponseEntity<byte[]> getBytes(String path, String user) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(basic(user)), byte[].class);
  }

  public ResponseEntity<String> postJson(String path, String user, String json) {
    return exchange(HttpMethod.POST, path, user, json);
  }

  public ResponseEntity<String> delete(String path, String user) {
    return exchange(HttpMethod.DELETE, path, user, null);
  }

  public ResponseEntity<String> putJson(String path, String user, String json) {
    return exchange(HttpMethod.PUT, path, user, json);
  }

  /** A multipart upload as the "Hồ sơ" tab or a program sends it. */
  public ResponseEntity<String> upload(String path, String user, String type, String fileName, byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    if (type != null) {
      body.add("type", type);
    }
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = basic(user);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  /** Tờ trình and Báo cáo thành tích, the documents the Office needs to accept a dossier. */
  public void uploadDossier(String businessKey, String user) {
    for (String type : new String[] {"TO_TRINH", "BAO_CAO_THANH_TICH"}) {
      ResponseEntity<String> uploaded = upload("/api/nominations/" + businessKey + "/documents", user, type,
          type.toLowerCase() + ".pdf", PDF);
      if (uploaded.getStatusCode().value() != 201) {
        throw new AssertionError("upload refused: " + uploaded.getBody());
      }
    }
  }

  /** Starts a valid nomination through /engine-rest as {@code user}; returns its business key. */
  public String startNomination(String user, String nomineeName) {
    ResponseEntity<String> started = tryStartNomination(user, nomineeName);
    Matcher key = Pattern.compile("\"businessKey\":\"([^\"]+)\"").matcher(started.getBody());
    if (!started.getStatusCode().is2xxSuccessful() || !key.find()) {
      throw new AssertionError("nomination not started: " + started.getBody());
    }
    return key.group(1);
  }

  /** The same valid proposal, with the app's answer whatever it is. */
  public ResponseEntity<String> tryStartNomination(String user, String nomineeName) {
    String proposal = "{\"variables\":{\"period\":{\"value\":\"ANNUAL\"},\"year\":{\"value\":2026},"
        + "\"awardType\":{\"value\":\"DIRECTOR_CERTIFICATE\"},\"nomineeKind\":{\"value\":\"INDIVIDUAL\"},"
        + "\"nomineeName\":{\"value\":\"" + nomineeName + "\"},\"nomineeTitle\":{\"value\":\"Chuyên viên\"},"
        + "\"achievements\":{\"value\":\"Số hóa hồ sơ địa chính\"},\"taskRating\":{\"value\":\"EXCELLENT\"},"
        + "\"consecutiveExcellentYears\":{\"value\":2},\"initiativeCount\":{\"value\":2},"
        + "\"achievementBasis\":{\"value\":\"MOVEMENT\"},\"submissionNumber\":{\"value\":\"12/TTr\"},"
        + "\"submissionDate\":{\"value\":\"2026-01-05\"}}}";
    return postJson("/engine-rest/process-definition/key/nomination/start", user, proposal);
  }

  /** Deploys a one-step process {@code processId} through /engine-rest, as Camunda Modeler does. */
  public ResponseEntity<String> deploy(String user, String processId) {
    String bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess(processId)
        .camundaHistoryTimeToLive(1).startEvent("StartEvent_Started").endEvent("EndEvent_Done").done());
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "modeler-" + user);
    body.add("data", new ByteArrayResource(bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return processId + ".bpmn";
      }
    });
    HttpHeaders headers = basic(user);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  public static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private ResponseEntity<String> exchange(HttpMethod method, String path, String user, String json) {
    HttpHeaders headers = basic(user);
    if (json != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return rest.exchange(path, method, new HttpEntity<>(json, headers), String.class);
  }

  /** HTTP Basic for "user:password", none for null (anonymous). */
  private static HttpHeaders basic(String user) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      String[] userAndPassword = user.split(":", 2);
      headers.setBasicAuth(userAndPassword[0], userAndPassword[1]);
    }
    return headers;
  }
}
