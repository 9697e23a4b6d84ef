package vn.thiduakhenthuong.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduakhenthuong.documents.ApiErrors;
import vn.thiduakhenthuong.identity.Groups;

/**
 * A user's own mail settings ({@code GET/PUT /api/me/notifications}: optional categories on or off),
 * and for administrators the outbox ({@code GET /api/notifications?status=FAILED}, and
 * {@code POST /api/notifications/{id}/retry} to send a FAILED mail again).
 */
@RestController
class NotificationController {

  private final Preferences preferences;
  private final OutboxStore outbox;
  private final IdentityService identity;
  private final boolean mailOn;

  NotificationController(Preferences preferences, OutboxStore outbox, ProcessEngine engine, Environment environment) {
    this.preferences = preferences;
    this.outbox = outbox;
    this.identity = engine.getIdentityService();
    this.mailOn = MailConfigured.isOn(environment);
  }

  @GetMapping("/api/me/notifications")
  Map<String, Object> mine() {
    String userId = identity.getCurrentAuthentication().getUserId();
    List<String> groups = identity.getCurrentAuthentication().getGroupIds();
    User user = identity.createUserQuery().userId(userId).singleResult();
    Set<Category> off = preferences.optedOut(userId);
    List<Map<String, Object>> categories = new ArrayList<>();
    for (Category category : Category.values()) {
      if (!category.concerns(groups == null ? List.of() : groups)) {
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("category", category.name());
      row.put("label", category.label());
      row.put("essential", category.essential());
      row.put("enabled", category.essential() || !off.contains(category));
      categories.add(row);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("userId", userId);
    answer.put("email", user == null || user.getEmail() == null ? "" : user.getEmail());
    answer.put("mailOn", mailOn);
    answer.put("categories", categories);
    return answer;
  }

  /** Body: {@code {"REMINDERS": false, "OUTCOMES": true}}; categories not named stay as they are. */
  @PutMapping("/api/me/notifications")
  Map<String, Object> change(@RequestBody Map<String, Object> wanted) {
    Map<Category, Boolean> changes = new LinkedHashMap<>();
    wanted.forEach((name, value) -> {
      Category category = Arrays.stream(Category.values()).filter(c -> c.name().equals(name)).findFirst()
          .orElseThrow(() -> ApiErrors.status(HttpStatus.BAD_REQUEST, "Loại thông báo «" + name + "» không có; chỉ có: "
              + Arrays.stream(Category.values()).map(Category::name).collect(Collectors.joining(", ")) + "."));
      if (!(value instanceof Boolean on)) {
        throw ApiErrors.status(HttpStatus.BAD_REQUEST, "«" + category.label() + "» (" + name
            + "): giá trị phải là true (nhận thư) hoặc false (không nhận).");
      }
      if (category.essential() && !on) {
        throw ApiErrors.status(HttpStatus.BAD_REQUEST, "«" + category.label() + "» là thông báo bắt buộc, "
            + "không thể tắt.");
      }
      changes.put(category, on);
    });
    String userId = identity.getCurrentAuthentication().getUserId();
    changes.forEach((category, on) -> {
      if (!category.essential()) {
        preferences.set(userId, category, on);
      }
    });
    return mine();
  }

  @GetMapping("/api/notifications")
  List<OutboxStore.Entry> outbox(@RequestParam(required = false) String status,
      @RequestParam(defaultValue = "200") int limit) {
    checkAdministrator();
    OutboxStore.Status wanted = status == null || status.isBlank() ? null : Arrays.stream(OutboxStore.Status.values())
        .filter(s -> s.name().equals(status)).findFirst().orElseThrow(() -> ApiErrors.status(HttpStatus.BAD_REQUEST,
            "Trạng thái «" + status + "» không hợp lệ; chỉ nhận: PENDING, SENDING, SENT, FAILED."));
    if (limit < 1 || limit > 1000) {
      throw ApiErrors.status(HttpStatus.BAD_REQUEST, "Tham số «limit» phải từ 1 đến 1000.");
    }
    return outbox.list(wanted, limit);
  }

  @PostMapping("/api/notifications/{id}/retry")
  OutboxStore.Entry retry(@PathVariable long id) {
    checkAdministrator();
    OutboxStore.Entry entry = outbox.find(id).orElseThrow(() -> ApiErrors.status(HttpStatus.NOT_FOUND,
        "Không tìm thấy thư số " + id + "."));
    if (!outbox.retry(id)) {
      throw ApiErrors.status(HttpStatus.BAD_REQUEST, "Chỉ gửi lại được thư ở trạng thái FAILED; thư số " + id
          + " đang ở trạng thái " + entry.status() + ".");
    }
    return outbox.find(id).orElseThrow();
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException error) {
    return ResponseEntity.badRequest().body(Map.of("message",
        "Nội dung gửi lên phải là JSON dạng {\"REMINDERS\": false, \"OUTCOMES\": true}."));
  }

  private void checkAdministrator() {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.ADMIN)) {
      throw ApiErrors.status(HttpStatus.FORBIDDEN, "Danh sách thư thông báo chỉ dành cho quản trị hệ thống.");
    }
  }
}
