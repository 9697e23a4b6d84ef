package vn.thiduakhenthuong.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents of a nomination (SPEC §7.1): listed and downloaded by those who may see the
 * nomination, decided by the engine's own authorizations (the proposing unit, the Office, the
 * Director...), so /api and Tasklist never disagree.
 */
@RestController
class DocumentController {

  private final DocumentStore documents;
  private final HistoryService history;
  private final IdentityService identity;

  DocumentController(DocumentStore documents, ProcessEngine engine) {
    this.documents = documents;
    this.history = engine.getHistoryService();
    this.identity = engine.getIdentityService();
  }

  @GetMapping("/api/nominations/{businessKey}/documents")
  List<StoredDocument> list(@PathVariable String businessKey) {
    checkMaySee(businessKey);
    return documents.listFor(businessKey);
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
            ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
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
