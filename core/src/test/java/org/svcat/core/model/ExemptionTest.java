package org.svcat.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What an exemption covers: a 实施编码 or 基本编码 whole, or a 基本编码 prefix ending in *. */
class ExemptionTest {
  private final Exemption exemption =
      new Exemption(
          "visits-exceed-policy",
          List.of("11510107MB1529310N4000125012000", "000112020000", "00012*"),
          "历史数据");

  @Test
  void anItemIsCoveredByItsCodeItsBasicCodeOrAPrefixOfEither() {
    Exemption.Matcher m = exemption.matcher();
    assertThat(m.covers("11510107MB1529310N4000125012000", "000999000000")).isTrue();
    assertThat(m.covers("x", "000112020000")).isTrue();
    assertThat(m.covers("x", "000123450000")).as("a basic code's prefix").isTrue();
    assertThat(m.covers("00012345", null)).as("a code's prefix, no basic code").isTrue();
    assertThat(m.covers("11510107MB1529310N4000125013000", "000999000000")).isFalse();
    assertThat(m.covers(null, null)).isFalse();
    assertThat(exemption.covers("x", "000123450000")).isTrue();
    assertThat(exemption.covers("x", "000112020001")).isFalse();
    assertThat(m.codes())
        .containsExactlyInAnyOrder("11510107MB1529310N4000125012000", "000112020000");
    assertThat(m.prefixes()).containsExactly("00012");
  }

  @Test
  void anEmptyListCoversNothing() {
    assertThat(new Exemption("r", null, "why").matcher().covers("a", "b")).isFalse();
  }
}
