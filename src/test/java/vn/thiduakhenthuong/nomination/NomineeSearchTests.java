package vn.thiduakhenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The folding of the follow page's name search ({@link NomineeSearch#fold}): the stored name and the typed text are
 * folded alike, so every Vietnamese letter must become its plain capital, or a name with it is found only as typed.
 */
class NomineeSearchTests {

  private static final String VIETNAMESE = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";
  private static final String PLAIN = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";

  @Test
  void shouldFoldEveryVietnameseLetterToItsPlainCapital() {
    assertThat(VIETNAMESE).hasSize(67);
    assertThat(NomineeSearch.fold(VIETNAMESE)).isEqualTo(PLAIN.toUpperCase(Locale.ROOT));
    assertThat(NomineeSearch.fold(VIETNAMESE.toUpperCase(Locale.ROOT))).isEqualTo(PLAIN.toUpperCase(Locale.ROOT));
  }

  @Test
  void shouldFoldWhatTheUserTypedToCapitalsWithoutMarks() {
    assertThat(NomineeSearch.fold("Nguyễn Thị Đào")).isEqualTo("NGUYEN THI DAO");
    assertThat(NomineeSearch.fold("nguye\u0302\u0303n")).as("marks typed as combining characters").isEqualTo("NGUYEN");
    assertThat(NomineeSearch.fold("Phòng 2 – Tổ %_!")).isEqualTo("PHONG 2 – TO %_!");
  }
}
