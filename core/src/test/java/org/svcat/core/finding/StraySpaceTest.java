package org.svcat.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which characters are stray spaces, and how messages show them. */
class StraySpaceTest {
  @Test
  void eachStrayCharacterIsShownByItsCode() {
    assertThat(StraySpace.visible("食品\u00a0经营许可\u3000")).isEqualTo("食品⟨U+00A0⟩经营许可⟨U+3000⟩");
    assertThat(StraySpace.visible("a\u200bb\ufeff")).isEqualTo("a⟨U+200B⟩b⟨U+FEFF⟩");
    assertThat(StraySpace.visible("ISO 9001 认证")).isEqualTo("ISO 9001 认证");
  }

  @Test
  void ordinaryCharactersAreNotStray() {
    for (char c : "食品经营许可（）《》、，。：ISO 9001\n\t".toCharArray()) {
      assertThat(StraySpace.isStray(c)).as("U+%04X", (int) c).isFalse();
    }
    for (char c :
        "\u00a0\u1680\u2000\u200a\u200b\u200d\u202f\u205f\u2060\u3000\ufeff".toCharArray()) {
      assertThat(StraySpace.isStray(c)).as("U+%04X", (int) c).isTrue();
    }
  }
}
