package vn.thiduakhenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The folding of the follow page's name search: the database folds a stored name letter by letter with
 * {@code TRANSLATE(name, MARKED, PLAIN)}, Java folds what the user typed with {@link FollowedQuery#fold}; the two must
 * agree on every Vietnamese letter, or a name with that letter is not found.
 */
class FollowedQueryTests {

  private static final String VIETNAMESE = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";

  @Test
  void shouldFoldEveryVietnameseLetterInTheDatabaseAsInJava() {
    String letters = VIETNAMESE + VIETNAMESE.toUpperCase(Locale.ROOT);
    assertThat(letters).hasSize(134);
    StringBuilder translated = new StringBuilder();
    for (char letter : letters.toCharArray()) {
      int at = FollowedQuery.MARKED.indexOf(letter);
      assertThat(at).as("«%s» is folded by the database", letter).isNotNegative();
      translated.append(FollowedQuery.PLAIN.charAt(at));
    }
    assertThat(translated.toString().toUpperCase(Locale.ROOT)).isEqualTo(FollowedQuery.fold(letters))
        .matches("[A-Z]+");
    assertThat(FollowedQuery.MARKED).hasSameSizeAs(FollowedQuery.PLAIN);
  }

  @Test
  void shouldFoldWhatTheUserTypedToCapitalsWithoutMarks() {
    assertThat(FollowedQuery.fold("Nguyễn Thị Đào")).isEqualTo("NGUYEN THI DAO");
    assertThat(FollowedQuery.fold("nguye\u0302\u0303n")).as("marks typed as combining characters").isEqualTo("NGUYEN");
    assertThat(FollowedQuery.fold("Phòng 2 – Tổ %_!")).isEqualTo("PHONG 2 – TO %_!");
  }
}
