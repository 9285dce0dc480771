package org.svcat.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogFormatterTest {
  @Test
  void aCommentIsDroppedWhenTheFormattedTextLacksItWhereverItStood() {
    assertThat(CatalogFormatter.dropsComments("a: 1 # x\n", "a: 1\n")).isTrue();
    assertThat(CatalogFormatter.dropsComments("# x\n# x\na: 1\n", "# x\na: 1\n")).isTrue();
    assertThat(CatalogFormatter.dropsComments("b: 2\na: 1 # x\n", "# x\na: 1\nb: 2\n")).isFalse();
    assertThat(CatalogFormatter.dropsComments("a: 1\n\n\nb: 2\n", "a: 1\nb: 2\n")).isFalse();
  }

  @Test
  void aHashInsideAQuotedValueIsNoComment() {
    assertThat(CatalogFormatter.dropsComments("a: \"1 # x\"\n", "a: '1 # x'\n")).isFalse();
  }

  @Test
  void aFormattedTextTakesTheLineEndsAndByteOrderMarkOfTheFileItReplaces() {
    assertThat(CatalogFormatter.inStyleOf("a: 1\r\nb: 2\r\n", "b: 2\na: 1\n"))
        .isEqualTo("b: 2\r\na: 1\r\n");
    assertThat(CatalogFormatter.inStyleOf("\uFEFFa: 1\n", "a: 1\n")).isEqualTo("\uFEFFa: 1\n");
    assertThat(CatalogFormatter.inStyleOf("a: 1\n", "a: 1\n")).isEqualTo("a: 1\n");
    assertThat(CatalogFormatter.inStyleOf("a: 1", "a: 1\n")).isEqualTo("a: 1\n");
  }
}
