package vn.thiduakhenthuong.documents;

import java.util.Locale;

/** Whole numbers as Vietnamese write them, in texts, messages and documents. */
public final class Numbers {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private Numbers() {}

  /** Dots between thousands: 1.410.000. */
  public static String grouped(long number) {
    return String.format(VIETNAMESE, "%,d", number).replace(',', '.').replace('\u00a0', '.');
  }
}
