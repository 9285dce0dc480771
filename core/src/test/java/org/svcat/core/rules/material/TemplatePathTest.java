package org.svcat.core.rules.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcat.core.rules.material.MaterialTemplateMissingRule.Where;

/** A material's template can only name a file inside the catalog, whatever the spelling. */
class TemplatePathTest {
  @TempDir Path catalog;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../outside.docx",
        "forms/../../outside.docx",
        "forms\\..\\..\\outside.docx",
        "/etc/passwd",
        "\\\\server\\share\\form.docx",
        "C:\\Windows\\win.ini",
        "c:/Windows/win.ini",
        "forms/申请表.docx\0.png",
        "forms/..",
      })
  void escapesAreOutside(String template) {
    assertThat(MaterialTemplateMissingRule.locate(catalog, template)).isEqualTo(Where.OUTSIDE);
  }

  @Test
  void aLinkInFormsThatLeadsOutIsOutside() throws Exception {
    Path outside = Files.writeString(catalog.resolveSibling(catalog.getFileName() + "-x"), "x");
    Files.createDirectories(catalog.resolve("forms"));
    Files.createSymbolicLink(catalog.resolve("forms/link.docx"), outside);
    Files.writeString(catalog.resolve("forms/real.docx"), "form");
    assertThat(MaterialTemplateMissingRule.locate(catalog, "forms/link.docx"))
        .isEqualTo(Where.OUTSIDE);
    assertThat(MaterialTemplateMissingRule.locate(catalog, "forms/real.docx")).isEqualTo(Where.OK);
    assertThat(MaterialTemplateMissingRule.locate(catalog, "forms\\real.docx")).isEqualTo(Where.OK);
    assertThat(MaterialTemplateMissingRule.locate(catalog, "forms/none.docx"))
        .isEqualTo(Where.MISSING);
    Files.delete(outside);
  }

  /** {@code svcat validate .} inside the catalog: the directory is the working directory. */
  @Test
  void theWorkingDirectoryAsTheCatalogFindsItsFiles() {
    Path here = Path.of(".");
    assertThat(Files.isRegularFile(Path.of("pom.xml"))).isTrue();
    assertThat(MaterialTemplateMissingRule.locate(here, "pom.xml")).isEqualTo(Where.OK);
    assertThat(MaterialTemplateMissingRule.locate(Path.of(""), "pom.xml")).isEqualTo(Where.OK);
    assertThat(MaterialTemplateMissingRule.locate(here, "no-such-form.docx"))
        .isEqualTo(Where.MISSING);
    assertThat(MaterialTemplateMissingRule.locate(here, "../pom.xml")).isEqualTo(Where.OUTSIDE);
  }
}
