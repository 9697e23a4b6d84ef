package vn.thiduakhenthuong.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The page a browser gets for an address that ends in an error, in Vietnamese with the way back to Tasklist, instead
 * of Spring Boot's English "Whitelabel Error Page": a unit head opening the ↗ link Tasklist puts beside a task's
 * process (Cockpit is for the Office and administrators: 403), a mistyped address (404). Calls that ask for JSON
 * keep their JSON answers.
 */
@Component
class VietnameseErrorPages implements ErrorViewResolver {

  private record Page(String title, String text) {
  }

  private static final Page FORBIDDEN = new Page("Anh/chị không có quyền mở trang này",
      "Trang này dành cho người có nhiệm vụ khác (chẳng hạn Cockpit chỉ dành cho Văn phòng Sở và quản trị viên). "
          + "Công việc của anh/chị nằm trong trang Công việc. Nếu cần quyền này, xin liên hệ quản trị viên của Sở.");
  private static final Page NOT_FOUND = new Page("Không tìm thấy trang này",
      "Địa chỉ có thể đã gõ sai, hoặc trang không còn nữa. Hãy quay về trang Công việc và tìm từ đó.");
  private static final Page BAD_REQUEST = new Page("Không mở được trang này",
      "Yêu cầu gửi đến máy chủ không hợp lệ. Hãy quay về trang Công việc và thử lại.");
  private static final Page SERVER_ERROR = new Page("Máy chủ gặp lỗi khi mở trang này",
      "Xin thử lại sau ít phút; nếu lỗi vẫn còn, xin báo quản trị viên của Sở kèm thời điểm xảy ra lỗi.");

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    Page page = status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED ? FORBIDDEN
        : status == HttpStatus.NOT_FOUND ? NOT_FOUND
        : status.is5xxServerError() ? SERVER_ERROR : BAD_REQUEST;
    View view = (ignored, req, response) -> {
      response.setContentType("text/html;charset=UTF-8");
      response.getWriter().write(html(page));
    };
    ModelAndView answer = new ModelAndView(view);
    answer.setStatus(status);
    return answer;
  }

  /** The registry page's look (/so-khen-thuong/so-khen-thuong.css); every text is ours, none from the request. */
  private static String html(Page page) {
    return """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>%1$s · Thi đua - Khen thưởng</title>
          <link rel="stylesheet" href="/so-khen-thuong/so-khen-thuong.css">
        </head>
        <body>
          <header class="topbar"><a class="brand" href="/camunda/app/tasklist/">Thi đua - Khen thưởng</a></header>
          <main class="page">
            <h1>%1$s</h1>
            <p>%2$s</p>
            <p><a href="/camunda/app/tasklist/">&larr; Về trang Công việc</a></p>
          </main>
        </body>
        </html>
        """.formatted(page.title(), page.text());
  }
}
