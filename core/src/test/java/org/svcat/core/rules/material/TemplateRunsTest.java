package org.svcat.core.rules.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.rules.RuleEngine;
import org.svcat.core.testing.Fixtures;

/**
 * The rule looks each template up once per run: every material that names a missing one is still
 * reported, and an engine that runs again sees the files as they are by then.
 */
class TemplateRunsTest {
  @TempDir Path temp;

  @Test
  void eachRunLooksAtTheFilesAsTheyAre() throws Exception {
    Path catalog =
        Fixtures.catalogWith(
            Fixtures.resource("rules/material-template-missing/fail"), temp.resolve("c"));
    Path food = catalog.resolve("items/food.yaml");
    Files.writeString(
        food,
        Files.readString(food)
            .replace("template: ../../etc/passwd", "template: forms/none.docx")); // named twice now
    RuleEngine engine = new RuleEngine(List.of(new MaterialTemplateMissingRule()));
    Svcat svcat = Svcat.create();

    List<String> before = missing(engine, svcat, catalog);
    Files.createDirectories(catalog.resolve("forms"));
    Files.writeString(catalog.resolve("forms/none.docx"), "form");
    List<String> after = missing(engine, svcat, catalog);

    assertThat(before)
        .containsExactly("/materials/1/template", "/materials/2/template", "/materials/3/template");
    assertThat(after).containsExactly("/materials/3/template");
  }

  private static List<String> missing(RuleEngine engine, Svcat svcat, Path catalog)
      throws Exception {
    return engine
        .run(svcat.load(catalog, ValidateOptions.DEFAULT), Messages.forLanguage("en"))
        .findings()
        .stream()
        .filter(f -> f.rule().equals("material-template-missing"))
        .map(Finding::pointer)
        .toList();
  }
}
