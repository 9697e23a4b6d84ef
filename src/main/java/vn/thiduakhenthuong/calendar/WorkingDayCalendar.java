package vn.thiduakhenthuong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Working days: Monday to Friday minus the configured public holidays. Used in the diagrams as
 * {@code ${workingDays.afterWorkingDays(5)}} for due dates and deadline timers. Reads the engine's
 * clock, so tests that move {@link ClockUtil} move the deadlines too.
 */
@Component("workingDays")
public class WorkingDayCalendar {

  private final CalendarProperties properties;
  private final Set<LocalDate> holidays = new HashSet<>();

  public WorkingDayCalendar(CalendarProperties properties) {
    this.properties = properties;
    properties.holidays().values().forEach(holidays::addAll);
  }

  public boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(day);
  }

  /** The same time of day, {@code days} working days after now (to the minute). */
  public Date afterWorkingDays(int days) {
    ZonedDateTime now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), properties.zone());
    return Date.from(plusWorkingDays(now, days).truncatedTo(ChronoUnit.MINUTES).toInstant());
  }

  public ZonedDateTime plusWorkingDays(ZonedDateTime start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate day = start.toLocalDate();
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return start.with(day);
  }

  public Collection<LocalDate> holidays() {
    return Set.copyOf(holidays);
  }
}
