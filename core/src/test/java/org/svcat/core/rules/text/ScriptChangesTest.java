package org.svcat.core.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svcat.core.testing.Fixtures;

/**
 * The tables of {@link ScriptChanges} against ICU: derived again from the transliterators' rules
 * (after an ICU upgrade, regenerate with {@code -Dsvcat.golden.update=true} and review the diff),
 * and checked against what the transliterators do.
 */
class ScriptChangesTest {
  /**
   * One rule: {@code [context]{LEFT}context > RIGHT;}, the braces only with a context, which is a
   * set or characters.
   */
  private static final Pattern RULE =
      Pattern.compile(
          "^(?:\\[[^\\]]*\\])?\\{?((?:\\\\u[0-9A-F]{4})+)\\}?"
              + "(?:\\[[^\\]]*\\]|(?:\\\\u[0-9A-F]{4})+)? > ((?:\\\\u[0-9A-F]{4})*);$",
          Pattern.MULTILINE);

  @ParameterizedTest
  @CsvSource({"Hant-Hans, hant-hans.changes", "Hans-Hant, hans-hant.changes"})
  void resourceMatchesTheRulesOfIcu(String id, String resource) throws IOException {
    String rules = Transliterator.getInstance(id).toRules(true);
    TreeSet<String> changes = new TreeSet<>();
    Matcher m = RULE.matcher(rules);
    int matched = 0;
    while (m.find()) {
      matched++;
      String left = unescape(m.group(1));
      if (!left.equals(unescape(m.group(2)))) {
        changes.add(left);
      }
    }
    assertThat(matched)
        .as("every rule of %s has the form this test reads", id)
        .isEqualTo(rules.split(";\n?").length);
    String expected = String.join("\n", changes);
    Path file =
        Fixtures.repositoryRoot()
            .resolve("core/src/main/resources/org/svcat/core/rules/text")
            .resolve(resource);
    if (Boolean.getBoolean("svcat.golden.update")) {
      Files.writeString(file, expected + "\n", StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8).strip()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"Hant-Hans, hant-hans.changes", "Hans-Hant, hans-hant.changes"})
  void charactersOutsideTheTableConvertToThemselves(String id, String resource) {
    Transliterator icu = Transliterator.getInstance(id);
    ScriptChanges table = ScriptChanges.load(resource);
    // ASCII has nothing to change (the rule relies on it), and CJK outside the table neither
    for (int c = 0x20; c < 0x7F; c++) {
      assertThat(table.mayChange(Character.toString(c))).as("U+%04X", c).isFalse();
    }
    int outside = 0;
    for (int c = 0x3400; c <= 0x9FFF; c++) {
      String s = Character.toString(c);
      if (!table.mayChange(s)) {
        outside++;
        assertThat(icu.transliterate(s)).as("U+%04X", c).isEqualTo(s);
      }
    }
    assertThat(outside).isGreaterThan(20_000);
  }

  @ParameterizedTest
  @CsvSource({
    "Hant-Hans, hant-hans.changes, 申請材料, true",
    "Hant-Hans, hant-hans.changes, 申请材料, false",
    "Hans-Hant, hans-hant.changes, 申请材料, true",
    "Hans-Hant, hans-hant.changes, ID card, false",
    "Hant-Hans, hant-hans.changes, 居民身份证, false",
    "Hant-Hans, hant-hans.changes, 知识份子, true"
  })
  void tellsWhetherATextMayChange(String id, String resource, String text, boolean may) {
    assertThat(ScriptChanges.load(resource).mayChange(text)).isEqualTo(may);
    if (!may) {
      assertThat(Transliterator.getInstance(id).transliterate(text)).isEqualTo(text);
    }
  }

  private static String unescape(String escaped) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < escaped.length(); i += 6) {
      s.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
    }
    return s.toString();
  }
}
