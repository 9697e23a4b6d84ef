package vn.thiduakhenthuong.documents;

import java.text.Normalizer;

/** Vietnamese letters without their marks, for the name search and for plain-ASCII file names. */
public final class Letters {

  private Letters() {}

  /** {@code text} with no marks, typed as one letter or as combining marks: «Đỗ Thị Hường» as «Do Thi Huong». */
  public static String withoutAccents(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
  }
}
