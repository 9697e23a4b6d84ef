package vn.thiduakhenthuong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTests {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  final WorkingDayCalendar calendar = new WorkingDayCalendar(new CalendarProperties(VIETNAM, Map.of(
      2026, List.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
          LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20), LocalDate.of(2026, 9, 2)))));

  @Test
  void shouldSkipTheWeekend() {
    assertThat(plus(2026, 11, 27, 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(plus(2026, 11, 27, 5)).isEqualTo(LocalDate.of(2026, 12, 4));
  }

  @Test
  void shouldSkipTetAndOtherHolidays() {
    // Friday 13 February 2026 + 1 working day: Tết from 16 to 20 February, back on Monday 23
    assertThat(plus(2026, 2, 13, 1)).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(plus(2026, 9, 1, 1)).isEqualTo(LocalDate.of(2026, 9, 3));
  }

  @Test
  void shouldCountFromTheNextWorkingDayWhenStartedOnAWeekend() {
    assertThat(plus(2026, 11, 28, 1)).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void shouldKnowWorkingDays() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 17))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
  }

  private LocalDate plus(int year, int month, int day, int workingDays) {
    return calendar.plusWorkingDays(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, VIETNAM), workingDays).toLocalDate();
  }
}
