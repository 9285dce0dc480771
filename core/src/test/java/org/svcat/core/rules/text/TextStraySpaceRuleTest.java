package org.svcat.core.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the message of {@code text-stray-space} shows, and the text it says to write. */
class TextStraySpaceRuleTest {
  @Test
  void eachStrayCharacterIsShownByItsCode() {
    assertThat(TextStraySpaceRule.visible("食品\u00a0经营许可\u3000"))
        .isEqualTo("食品⟨U+00A0⟩经营许可⟨U+3000⟩");
    assertThat(TextStraySpaceRule.visible("a\u200bb\ufeff")).isEqualTo("a⟨U+200B⟩b⟨U+FEFF⟩");
    assertThat(TextStraySpaceRule.visible("ISO 9001 认证")).isEqualTo("ISO 9001 认证");
  }

  @Test
  void theTextToWriteDropsThemBetweenChineseAndKeepsASpaceBetweenLatinWords() {
    assertThat(TextStraySpaceRule.cleaned("\u3000食品\u00a0经营许可\u3000")).isEqualTo("食品经营许可");
    assertThat(TextStraySpaceRule.cleaned("ISO\u00a09001")).isEqualTo("ISO 9001");
    assertThat(TextStraySpaceRule.cleaned("申请\u200b书")).isEqualTo("申请书");
    assertThat(TextStraySpaceRule.cleaned(" 028-85071000 ")).isEqualTo("028-85071000");
  }

  @Test
  void ordinaryCharactersAreNotStray() {
    for (char c : "食品经营许可（）《》、，。：ISO 9001\n\t".toCharArray()) {
      assertThat(TextStraySpaceRule.isStray(c)).as("U+%04X", (int) c).isFalse();
    }
    for (char c :
        "\u00a0\u1680\u2000\u200a\u200b\u200d\u202f\u205f\u2060\u3000\ufeff".toCharArray()) {
      assertThat(TextStraySpaceRule.isStray(c)).as("U+%04X", (int) c).isTrue();
    }
  }
}
