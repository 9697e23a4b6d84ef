package vn.thiduakhenthuong.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code awards.calendar.*}: the time zone and the public holidays per year (Bộ luật Lao động 2019,
 * Điều 112, and the Prime Minister's yearly notice on Tết and compensation days).
 */
@ConfigurationProperties("awards.calendar")
public record CalendarProperties(ZoneId zone, Map<Integer, List<LocalDate>> holidays) {

  public CalendarProperties {
    zone = zone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : zone;
    holidays = holidays == null ? Map.of() : holidays;
  }
}
