package vn.thiduakhenthuong.council;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The variable minutesText, as written now and as sessions tallied by an earlier version hold it. */
class MinutesTests {

  @Test
  void shouldReadTheTextBackWhateverItHolds() {
    String text = "Phiên họp: \"Tổng kết\" (HD-2026-0001)\n- Nguyễn Văn An: đã biểu quyết\n" + "x".repeat(5000);

    assertThat(Minutes.read(Minutes.variable(text))).isEqualTo(text);
    assertThat(Minutes.read(text)).as("a String from before").isEqualTo(text);
  }
}
