package vn.thiduakhenthuong.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.thiduakhenthuong.EmbeddedPostgresConfiguration;
import vn.thiduakhenthuong.RestClient;

/** The dossier documents through the calls the "Hồ sơ" tab uses (SPEC §7.1), on PostgreSQL. */
@DirtiesContext
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
    "awards.demo-data=true", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@Import(EmbeddedPostgresConfiguration.class)
class DocumentApiTests {

  static final String UNIT_HEAD = "tpqldd:demo";

  @Autowired TestRestTemplate template;
  @Autowired org.camunda.bpm.engine.IdentityService identity;
  final ObjectMapper json = new ObjectMapper();
  RestClient rest;
  String key;

  @BeforeEach
  void nomination() {
    rest = new RestClient(template);
    key = rest.startNomination(UNIT_HEAD, "Nguyễn Thị Hồng Nhung");
  }

  @Test
  void shouldUploadListAndDownloadADossierFile() throws Exception {
    ResponseEntity<String> created = upload(UNIT_HEAD, "TO_TRINH", "C:\\\\hồ sơ\\\\<script>Tờ trình số 12.exe", RestClient.PDF);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode document = json.readTree(created.getBody());
    assertThat(document.get("type").asText()).isEqualTo("TO_TRINH");
    assertThat(document.get("fileName").asText()).isEqualTo("scriptTờ trình số 12.pdf");
    assertThat(document.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(document.get("size").asLong()).isEqualTo(RestClient.PDF.length);
    assertThat(document.get("uploadedBy").asText()).isEqualTo("tpqldd");
    assertThat(document.get("uploadedByName").asText()).as("the name people read").isEqualTo(
        identity.createUserQuery().userId("tpqldd").singleResult().getFirstName() + " "
            + identity.createUserQuery().userId("tpqldd").singleResult().getLastName());

    JsonNode listed = json.readTree(rest.get("/api/nominations/" + key + "/documents", "chuyenvien:demo").getBody());
    assertThat(listed).hasSize(1);
    ResponseEntity<byte[]> file = template.exchange("/api/documents/" + document.get("id").asText(), HttpMethod.GET,
        new HttpEntity<>(basic("chuyenvien")), byte[].class);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).isEqualTo(RestClient.PDF);
    assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("scriptTờ trình số 12.pdf");
    // the name without accents for programs that read only filename (curl -OJ), the name itself for browsers
    assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; "
        + "filename=\"scriptTo trinh so 12.pdf\"; filename*=UTF-8''scriptT%E1%BB%9D%20tr%C3%ACnh%20s%E1%BB%91%2012.pdf");
  }

  @Test
  void shouldRecogniseEachAcceptedKindByItsContent() throws Exception {
    byte[] png = bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13);
    byte[] jpeg = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16);
    assertThat(kindOf(upload(UNIT_HEAD, "KHAC", "anh.bmp", png))).isEqualTo("image/png anh.png");
    assertThat(kindOf(upload(UNIT_HEAD, "KHAC", "anh", jpeg))).isEqualTo("image/jpeg anh.jpg");
    assertThat(kindOf(upload(UNIT_HEAD, "BAO_CAO_THANH_TICH", "bao-cao.docx", zip("word/document.xml"))))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document bao-cao.docx");
  }

  @Test
  void shouldRefuseWhatIsNotADossierFileAndStoreNothing() throws Exception {
    byte[] exe = "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
    byte[] large = Arrays.copyOf(RestClient.PDF, 25 * 1024 * 1024);

    assertRefused(upload(UNIT_HEAD, "TO_TRINH", "to-trinh.pdf", exe), HttpStatus.BAD_REQUEST, "Chỉ nhận tệp PDF, DOCX");
    assertRefused(upload(UNIT_HEAD, "TO_TRINH", "to-trinh.docx", zip("xl/workbook.xml")), HttpStatus.BAD_REQUEST,
        "Chỉ nhận tệp PDF, DOCX");
    assertRefused(upload(UNIT_HEAD, "TO_TRINH", "to-trinh.pdf", large), HttpStatus.BAD_REQUEST, "20 MB");
    assertRefused(upload(UNIT_HEAD, "TO_TRINH", "trong.pdf", new byte[0]), HttpStatus.BAD_REQUEST, "trống");
    assertRefused(upload(UNIT_HEAD, "QUYET_DINH", "qd.pdf", RestClient.PDF), HttpStatus.BAD_REQUEST, "Loại tài liệu");
    assertRefused(upload(UNIT_HEAD, null, "qd.pdf", RestClient.PDF), HttpStatus.BAD_REQUEST, "Loại tài liệu");
    assertRefused(upload(null, "TO_TRINH", "a.pdf", RestClient.PDF), HttpStatus.UNAUTHORIZED, "đăng nhập");

    assertThat(json.readTree(rest.get("/api/nominations/" + key + "/documents", UNIT_HEAD).getBody())).isEmpty();
  }

  @Test
  void shouldKeepAnotherUnitOutOfTheDossier() throws Exception {
    String id = json.readTree(upload(UNIT_HEAD, "TO_TRINH", "to-trinh.pdf", RestClient.PDF).getBody()).get("id").asText();

    assertRefused(rest.get("/api/nominations/" + key + "/documents", "tptnn:demo"), HttpStatus.FORBIDDEN, "không có quyền");
    assertRefused(rest.get("/api/documents/" + id, "tptnn:demo"), HttpStatus.FORBIDDEN, "không có quyền");
    assertRefused(upload("tptnn:demo", "KHAC", "x.pdf", RestClient.PDF), HttpStatus.FORBIDDEN, "không có quyền");
    assertRefused(rest.get("/api/nominations/DN-2020-9999/documents", UNIT_HEAD), HttpStatus.NOT_FOUND, "Không tìm thấy");
  }

  @Test
  void shouldLetTheUnitAddOnlyWhileTheDossierIsWithItAndTheOfficeAlways() throws Exception {
    rest.uploadDossier(key, UNIT_HEAD);
    String task = json.readTree(rest.get("/engine-rest/task?processInstanceBusinessKey=" + key, UNIT_HEAD).getBody())
        .get(0).get("id").asText();
    rest.postJson("/engine-rest/task/" + task + "/complete", UNIT_HEAD,
        "{\"variables\":{\"submitAction\":{\"value\":\"SEND\"}}}");

    assertRefused(upload(UNIT_HEAD, "KHAC", "them.pdf", RestClient.PDF), HttpStatus.FORBIDDEN, "khi gửi hoặc bổ sung");
    assertThat(upload("chuyenvien:demo", "BIEN_BAN", "bien-ban.pdf", RestClient.PDF).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(rest.get("/api/nominations/" + key + "/documents", UNIT_HEAD).getBody())).hasSize(3);
  }

  @Test
  void shouldLetWhoUploadedAFileRemoveItWhileTheDossierIsWithThem() throws Exception {
    String wrong = json.readTree(upload(UNIT_HEAD, "TO_TRINH", "nham-tep.pdf", RestClient.PDF).getBody()).get("id").asText();
    String documents = "/api/nominations/" + key + "/documents";
    assertThat(json.readTree(rest.get(documents, UNIT_HEAD).getBody()).get(0).get("mayRemove").asBoolean()).isTrue();
    assertThat(json.readTree(rest.get(documents, "chuyenvien:demo").getBody()).get(0).get("mayRemove").asBoolean())
        .as("the Office did not upload it").isFalse();

    assertRefused(rest.delete(documents + "/" + wrong, "tptnn:demo"), HttpStatus.FORBIDDEN, "không có quyền");
    assertRefused(rest.delete(documents + "/" + wrong, "chuyenvien:demo"), HttpStatus.FORBIDDEN,
        "Chỉ người đã tải tài liệu lên");
    assertRefused(rest.delete(documents + "/999999", UNIT_HEAD), HttpStatus.NOT_FOUND, "không có tài liệu số 999999");
    assertThat(json.readTree(rest.get(documents, UNIT_HEAD).getBody())).hasSize(1);

    assertThat(rest.delete(documents + "/" + wrong, UNIT_HEAD).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(json.readTree(rest.get(documents, UNIT_HEAD).getBody())).isEmpty();
    assertRefused(rest.get("/api/documents/" + wrong, UNIT_HEAD), HttpStatus.NOT_FOUND, "Không tìm thấy tài liệu");

    // once sent, the dossier is the Office's to read: nothing of it is removed
    rest.uploadDossier(key, UNIT_HEAD);
    String task = json.readTree(rest.get("/engine-rest/task?processInstanceBusinessKey=" + key, UNIT_HEAD).getBody())
        .get(0).get("id").asText();
    rest.postJson("/engine-rest/task/" + task + "/complete", UNIT_HEAD, "{\"variables\":{\"submitAction\":{\"value\":\"SEND\"}}}");
    JsonNode sent = json.readTree(rest.get(documents, UNIT_HEAD).getBody());
    assertThat(sent).hasSize(2).allSatisfy(document -> assertThat(document.get("mayRemove").asBoolean()).isFalse());
    assertRefused(rest.delete(documents + "/" + sent.get(0).get("id").asText(), UNIT_HEAD), HttpStatus.FORBIDDEN,
        "khi hồ sơ còn ở bước gửi hoặc bổ sung");
  }

  private ResponseEntity<String> upload(String user, String type, String fileName, byte[] content) {
    return rest.upload("/api/nominations/" + key + "/documents", user, type, fileName, content);
  }

  private void assertRefused(ResponseEntity<String> answer, HttpStatus status, String message) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
    assertThat(json.readTree(answer.getBody()).get("message").asText()).contains(message);
  }

  private String kindOf(ResponseEntity<String> answer) throws Exception {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode document = json.readTree(answer.getBody());
    return document.get("contentType").asText() + " " + document.get("fileName").asText();
  }

  private static byte[] zip(String entry) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  private static HttpHeaders basic(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    return headers;
  }
}
