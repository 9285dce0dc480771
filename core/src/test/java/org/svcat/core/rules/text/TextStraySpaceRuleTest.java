package org.svcat.core.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text that the message of {@code text-stray-space} says to write. */
class TextStraySpaceRuleTest {
  @Test
  void theTextToWriteDropsThemBetweenChineseAndKeepsASpaceBetweenLatinWords() {
    assertThat(TextStraySpaceRule.cleaned("\u3000食品\u00a0经营许可\u3000")).isEqualTo("食品经营许可");
    assertThat(TextStraySpaceRule.cleaned("ISO\u00a09001")).isEqualTo("ISO 9001");
    assertThat(TextStraySpaceRule.cleaned("申请\u200b书")).isEqualTo("申请书");
    assertThat(TextStraySpaceRule.cleaned(" 028-85071000 ")).isEqualTo("028-85071000");
  }
}
