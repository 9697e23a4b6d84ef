package vn.thiduakhenthuong.documents;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thiduakhenthuong.identity.UserNames;

/**
 * The documents of a nomination (SPEC §7.1): listed and downloaded by those who may see the
 * nomination, decided by the engine's own authorizations (the proposing unit, the Office, the
 * Director...), so /api and Tasklist never disagree.
 */
@RestController
class DocumentController {

  /** What people upload; the rest the processes generate. */
  private static final List<DocumentType> UPLOADABLE = List.of(DocumentType.TO_TRINH, DocumentType.BAO_CAO_THANH_TICH,
      DocumentType.BIEN_BAN, DocumentType.KHAC);

  private final DocumentStore documents;
  private final DossierEditors editors;
  private final HistoryService history;
  private final IdentityService identity;

  DocumentController(DocumentStore documents, DossierEditors editors, ProcessEngine engine) {
    this.documents = documents;
    this.editors = editors;
    this.history = engine.getHistoryService();
    this.identity = engine.getIdentityService();
  }

  @GetMapping("/api/nominations/{businessKey}/documents")
  List<StoredDocument> list(@PathVariable String businessKey) {
    checkMaySee(businessKey);
    String caller = identity.getCurrentAuthentication().getUserId();
    boolean mayEdit = editors.mayAdd(businessKey);
    Map<String, String> names = new HashMap<>();
    return documents.listFor(businessKey).stream()
        .map(document -> document.forCaller(names.computeIfAbsent(document.uploadedBy(), id -> UserNames.of(identity, id)),
            mayEdit && mayRemove(document, caller)))
        .toList();
  }

  /**
   * Removes a file its uploader attached by mistake, while the dossier is with him or her (the rule of adding: the
   * proposing unit head sending or supplementing, the Office while the nomination runs). Nothing generated, nothing
   * once sent on: the Office reads the dossier as sent.
   */
  @DeleteMapping("/api/nominations/{businessKey}/documents/{id}")
  ResponseEntity<Void> remove(@PathVariable String businessKey, @PathVariable long id) {
    checkMaySee(businessKey);
    StoredDocument document = documents.listFor(businessKey).stream().filter(d -> d.id() == id).findFirst()
        .orElseThrow(() -> ApiErrors.status(HttpStatus.NOT_FOUND,
            "Hồ sơ «" + businessKey + "» không có tài liệu số " + id + "."));
    String caller = identity.getCurrentAuthentication().getUserId();
    if (!mayRemove(document, caller) || !editors.mayAdd(businessKey)) {
      throw ApiErrors.status(HttpStatus.FORBIDDEN, "Chỉ người đã tải tài liệu lên mới xóa được tài liệu đó, khi hồ sơ "
          + "còn ở bước gửi hoặc bổ sung (thủ trưởng đơn vị) hoặc đang xử lý (Văn phòng Sở).");
    }
    documents.delete(id);
    return ResponseEntity.noContent().build();
  }

  /**
   * An uploaded file, by its uploader. Uploads are linked to the one dossier they were uploaded to; the documents
   * shared among nominations (minutes, decisions, Tờ trình UBND) are the generated types, never uploadable.
   */
  private static boolean mayRemove(StoredDocument document, String caller) {
    return caller.equals(document.uploadedBy()) && UPLOADABLE.contains(document.type());
  }

  @PostMapping(path = "/api/nominations/{businessKey}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<StoredDocument> upload(@PathVariable String businessKey, @RequestParam(required = false) String type,
      @RequestParam(required = false) MultipartFile file) throws IOException {
    checkMaySee(businessKey);
    DocumentType documentType = uploadable(type);
    if (file == null) {
      throw ApiErrors.status(HttpStatus.BAD_REQUEST, "Hãy chọn tệp cần tải lên (trường «file»).");
    }
    if (!editors.mayAdd(businessKey)) {
      throw ApiErrors.status(HttpStatus.FORBIDDEN, "Chỉ thủ trưởng đơn vị đề nghị (khi gửi hoặc bổ sung hồ sơ) "
          + "và Văn phòng Sở mới được tải tài liệu lên hồ sơ «" + businessKey + "».");
    }
    UploadedFile checked = UploadedFile.check(file.getOriginalFilename(), file.getBytes());
    String uploader = identity.getCurrentAuthentication().getUserId();
    long id = documents.save(documentType, checked.fileName(), checked.contentType(), checked.content(), uploader,
        List.of(businessKey));
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(documents.find(id).orElseThrow().forCaller(UserNames.of(identity, uploader), true));
  }

  private static DocumentType uploadable(String type) {
    return UPLOADABLE.stream().filter(t -> t.name().equals(type)).findFirst().orElseThrow(() -> ApiErrors.status(
        HttpStatus.BAD_REQUEST, (type == null || type.isBlank() ? "Loại tài liệu chưa được chọn (trường «type»)"
            : "Loại tài liệu «" + type + "» không hợp lệ") + "; chỉ nhận: TO_TRINH, BAO_CAO_THANH_TICH, BIEN_BAN, KHAC."));
  }

  @GetMapping("/api/documents/{id}")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    StoredDocument document = documents.find(id)
        .orElseThrow(() -> ApiErrors.status(HttpStatus.NOT_FOUND, "Không tìm thấy tài liệu số " + id + "."));
    List<String> nominations = documents.nominationsOf(id);
    if (nominations.stream().noneMatch(this::maySee)) {
      throw ApiErrors.status(HttpStatus.FORBIDDEN, "Anh/chị không có quyền xem tài liệu này.");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            Downloads.attachment(document.fileName()))
        .body(documents.content(id));
  }

  private void checkMaySee(String businessKey) {
    if (!exists(businessKey)) {
      throw ApiErrors.status(HttpStatus.NOT_FOUND, "Không tìm thấy đề nghị khen thưởng «" + businessKey + "».");
    }
    if (!maySee(businessKey)) {
      throw ApiErrors.status(HttpStatus.FORBIDDEN, "Anh/chị không có quyền xem hồ sơ «" + businessKey + "».");
    }
  }

  /** With the caller's authentication set, the engine counts only what the caller may read. */
  private boolean maySee(String businessKey) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("nomination")
        .processInstanceBusinessKey(businessKey).count() > 0;
  }

  private boolean exists(String businessKey) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return maySee(businessKey);
    } finally {
      identity.setAuthentication(caller);
    }
  }

  @Bean
  static FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine.getIdentityService()));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(102);
    return registration;
  }
}
