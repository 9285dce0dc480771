package org.svcat.core.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.finding.Messages;
import org.svcat.core.rules.RuleEngine;
import org.svcat.core.testing.Fixtures;

/**
 * The policy's own phrases belong to its run: an engine run again sees the new policy's. Phrases
 * are found whatever the case of the text, which is upper-cased only when it may hold one.
 */
class TextPlaceholderPhrasesTest {
  @TempDir Path temp;

  private Path catalog(String name, String policy) throws IOException {
    return catalog(name, policy, "食品经营许可（某某区）");
  }

  private Path catalog(String name, String policy, String itemName) throws IOException {
    Path catalog =
        Fixtures.catalogWith(Fixtures.resource("rules/yaml-syntax/pass"), temp.resolve(name));
    Path item = catalog.resolve("items/food.yaml");
    Files.writeString(
        item, Files.readString(item).replace("\nname: 食品经营许可\n", "\nname: " + itemName + "\n"));
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

  @ParameterizedTest
  @CsvSource({
    "食品经营许可（tbd 区）, TBD, /name",
    "食品经营许可（ｔｂｄ区）, ＴＢＤ, /name",
    "Maße 食品经营许可, SS, /name",
    "食品经营许可（TB区）, TBD, ''"
  })
  void aPhraseIsFoundWhateverTheTextsCase(String itemName, String phrase, String pointer)
      throws IOException {
    RuleEngine engine = new RuleEngine(List.of(new TextPlaceholderRule()));
    Path catalog =
        catalog(
            "case",
            "extends: national\nrules:\n  text-placeholder: {phrases: [" + phrase + "]}\n",
            itemName);

    assertThat(placeholders(engine, catalog))
        .isEqualTo(pointer.isEmpty() ? List.of() : List.of(pointer));
  }

  /** Every character the rule upper-cases itself comes out as the JDK upper-cases it. */
  @Test
  void upperCaseAgreesWithTheJdkWhereItKnowsTheCharacter() {
    int known = 0;
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      int upper = TextPlaceholderRule.upperCase((char) c);
      if (upper >= 0) {
        known++;
        assertThat(String.valueOf((char) upper))
            .as("U+%04X", c)
            .isEqualTo(String.valueOf((char) c).toUpperCase(Locale.ROOT));
      }
    }
    assertThat(known).as("characters known").isGreaterThan(20_000);
    assertThat(TextPlaceholderRule.upperCase('ß')).as("ß becomes SS").isNegative();
  }
}
