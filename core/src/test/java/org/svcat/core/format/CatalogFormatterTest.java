package org.svcat.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogFormatterTest {
  @Test
  void aFormattedTextTakesTheLineEndsAndByteOrderMarkOfTheFileItReplaces() {
    assertThat(CatalogFormatter.inStyleOf("a: 1\r\nb: 2\r\n", "b: 2\na: 1\n"))
        .isEqualTo("b: 2\r\na: 1\r\n");
    assertThat(CatalogFormatter.inStyleOf("\uFEFFa: 1\n", "a: 1\n")).isEqualTo("\uFEFFa: 1\n");
    assertThat(CatalogFormatter.inStyleOf("a: 1\n", "a: 1\n")).isEqualTo("a: 1\n");
    assertThat(CatalogFormatter.inStyleOf("a: 1", "a: 1\n")).isEqualTo("a: 1\n");
  }
}
