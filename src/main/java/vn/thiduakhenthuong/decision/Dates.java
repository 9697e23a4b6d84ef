package vn.thiduakhenthuong.decision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese read them: 27/11/2026. */
final class Dates {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  static String show(LocalDate date) {
    return date.format(SHOWN);
  }

  private Dates() {}
}
