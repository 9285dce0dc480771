package org.svcat.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A file name made from a code never leaves its folder; a plain code is kept as it is. */
class SafeNamesTest {
  /** What {@link SafeNames#safe} allows, written as the regular expression it stands for. */
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

  @Test
  void safeIsTheRegularExpression() {
    List<String> codes =
        List.of(
            "11510107MB1529310N4000125012000",
            "a",
            "a-b_c",
            "",
            "-a",
            "_a",
            ".a",
            "a.b",
            "../x",
            "a/b",
            "C:x",
            "a\u0000",
            "食品经营许可",
            "ａ",
            "a b",
            "x".repeat(128),
            "x".repeat(129),
            "Z9-");
    for (String code : codes) {
      assertThat(SafeNames.safe(code)).as(code).isEqualTo(SAFE.matcher(code).matches());
    }
  }

  @Test
  void anUnsafeCodeBecomesAHash() {
    assertThat(SafeNames.of("11510107MB1529310N4000125012000"))
        .isEqualTo("11510107MB1529310N4000125012000");
    assertThat(SafeNames.of("../../../evil")).matches("x-[0-9a-f]{24}");
    assertThat(SafeNames.of("../../../evil")).isNotEqualTo(SafeNames.of("../../../evil2"));
  }
}
