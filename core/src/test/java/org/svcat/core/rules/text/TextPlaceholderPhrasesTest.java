package org.svcat.core.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.finding.Messages;
import org.svcat.core.rules.RuleEngine;
import org.svcat.core.testing.Fixtures;

/** The policy's own phrases belong to its run: an engine run again sees the new policy's. */
class TextPlaceholderPhrasesTest {
  @TempDir Path temp;

  private Path catalog(String name, String policy) throws IOException {
    Path catalog =
        Fixtures.catalogWith(Fixtures.resource("rules/yaml-syntax/pass"), temp.resolve(name));
    Path item = catalog.resolve("items/food.yaml");
    Files.writeString(
        item, Files.readString(item).replace("\nname: 食品经营许可\n", "\nname: 食品经营许可（某某区）\n"));
    Files.writeString(catalog.resolve("policy.yaml"), policy);
    return catalog;
  }

  private static List<String> placeholders(RuleEngine engine, Path catalog) throws IOException {
    return engine
        .run(
            Svcat.create().load(catalog, ValidateOptions.DEFAULT.withLanguage("en")),
            Messages.forLanguage("en"))
        .findings()
        .stream()
        .filter(f -> f.rule().equals("text-placeholder"))
        .map(f -> f.pointer())
        .toList();
  }

  @Test
  void eachRunUsesItsOwnPolicysPhrases() throws IOException {
    RuleEngine engine = new RuleEngine(List.of(new TextPlaceholderRule()));
    Path withPhrase =
        catalog("with", "extends: national\nrules:\n  text-placeholder: {phrases: [某某]}\n");
    Path without = catalog("without", "extends: national\n");

    assertThat(placeholders(engine, withPhrase)).containsExactly("/name");
    assertThat(placeholders(engine, without)).isEmpty();
    assertThat(placeholders(engine, withPhrase)).containsExactly("/name");
  }
}
