package org.svcat.core.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.Severity;
import org.svcat.core.io.UnusableFileException;
import org.svcat.core.testing.Fixtures;

/** A baseline written today keeps tomorrow's run clean until a new finding appears. */
class BaselineTest {
  private static final Svcat SVCAT = Svcat.create();

  @TempDir Path temp;

  @Test
  void adoptOnALegacyCatalog() throws IOException {
    Path catalog = Fixtures.catalogWith(Fixtures.resource("golden/sample"), temp.resolve("c"));
    ValidateOptions options = ValidateOptions.DEFAULT.withLanguage("en");
    ValidationReport today = SVCAT.validate(catalog, options);
    assertThat(today.fails(Severity.ERROR)).isTrue();
    Path baseline = temp.resolve("svcat-baseline.json");
    today.toBaseline().write(baseline);
    assertThat(Files.readAllLines(baseline)).hasSize(today.findings().size() + 2);

    ValidationReport tomorrow = SVCAT.validate(catalog, options.withBaseline(baseline));
    assertThat(tomorrow.findings()).isEmpty();
    assertThat(tomorrow.suppressed()).isEqualTo(today.findings().size());

    // an edit elsewhere moves lines but keeps the baseline valid
    Path food = catalog.resolve("items/food.yaml");
    Files.writeString(food, "# a new comment line at the top\n" + Files.readString(food));
    assertThat(SVCAT.validate(catalog, options.withBaseline(baseline)).findings()).isEmpty();

    // a new finding is the only one reported
    Files.writeString(
        food, Files.readString(food).replace("conditions: [已取得营业执照]", "conditions: [详见办事指南]"));
    ValidationReport withNew = SVCAT.validate(catalog, options.withBaseline(baseline));
    assertThat(withNew.findings())
        .extracting(f -> f.rule() + " " + f.file())
        .containsExactly("text-placeholder items/food.yaml");

    // a fixed finding leaves a stale entry, reported at its line of the baseline
    Files.writeString(
        food, Files.readString(food).replace("详见办事指南", "已取得营业执照").replace("visits: 1\n", ""));
    ValidationReport fixed = SVCAT.validate(catalog, options.withBaseline(baseline));
    assertThat(fixed.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("suppression-unused");
              assertThat(f.file()).isEqualTo(baseline.toString().replace('\\', '/'));
              assertThat(Files.readAllLines(baseline).get(f.line() - 1))
                  .contains("yaml-syntax")
                  .contains("items/food.yaml");
            });
    assertThat(fixed.fails(Severity.ERROR)).isFalse();
  }

  /** The same finding twice, as a rule may report it: an entry accepts one of them, not both. */
  @Test
  void eachEntryAcceptsOneFindingAndTheOutcomeNamesTheAcceptedOnes() throws IOException {
    Finding twice = finding("items/a.yaml", "/name");
    Finding other = finding("items/b.yaml", "/name");
    Path file = temp.resolve("svcat-baseline.json");
    Baseline.of(List.of(twice, finding("gone.yaml", "/x"), finding("gone.yaml", "/y"))).write(file);

    Baseline.Outcome outcome = Baseline.read(file).apply(List.of(twice, other, twice));

    assertThat(outcome.kept()).containsExactly(other, twice);
    assertThat(outcome.baselined()).containsExactly(twice);
    assertThat(outcome.suppressed()).isEqualTo(1);
    // unused entries in the order of the file, each at its line (entries start on line 2)
    assertThat(outcome.unused())
        .extracting(u -> u.entry().pointer() + "@" + u.line())
        .containsExactly("/x@2", "/y@3");

    // an entry written twice and matched once: its last copy is the unused one
    Baseline.of(List.of(twice, twice)).write(file);
    assertThat(Baseline.read(file).apply(List.of(twice)).unused())
        .extracting(Baseline.Unused::line)
        .containsExactly(3);
  }

  /** Through the engine: what the report counts as accepted is what the baseline accepted. */
  @Test
  void theReportListsTheFindingsTheBaselineAccepted() throws IOException {
    Path catalog = Fixtures.catalogWith(Fixtures.resource("golden/sample"), temp.resolve("c"));
    ValidateOptions options = ValidateOptions.DEFAULT.withLanguage("en");
    ValidationReport today = SVCAT.validate(catalog, options);
    List<Finding> accepted = today.findings().subList(0, today.findings().size() / 2);
    Path baseline = temp.resolve("half.json");
    Baseline.of(accepted).write(baseline);

    ValidationReport tomorrow = SVCAT.validate(catalog, options.withBaseline(baseline));

    assertThat(tomorrow.baselined()).containsExactlyInAnyOrderElementsOf(accepted);
    assertThat(tomorrow.findings())
        .containsExactlyElementsOf(
            today.findings().subList(accepted.size(), today.findings().size()));
  }

  private static Finding finding(String file, String pointer) {
    return new Finding(
        "text-placeholder", Severity.WARNING, file, 1, 1, pointer, "C1", "message", "hint");
  }

  @Test
  void aFileThatIsNotABaselineIsRefusedInEitherLanguage() throws IOException {
    Path json = Files.writeString(temp.resolve("x.json"), "{\"hello\": 1}");
    assertRefused(
        json,
        json + ": not a svcat baseline (one written by --write-baseline)",
        json + ": 不是 svcat 基线文件（应由 --write-baseline 生成）");

    Path yaml = Files.writeString(temp.resolve("catalog.yaml"), "{\"a\": 1}\n# x\n");
    UnusableFileException e = assertRefused(yaml, yaml + ":2:1: not a svcat baseline", null);
    assertThat(e.describe(Messages.forLanguage("zh")))
        .startsWith(yaml + ":2:1: 不是 svcat 基线文件（应由 --write-baseline 生成）：Unexpected character");

    Path gbk = Files.write(temp.resolve("gbk.json"), "{\"基线\": 1}".getBytes("GBK"));
    assertRefused(
        gbk,
        gbk + ": not a svcat baseline (one written by --write-baseline): not UTF-8",
        gbk + ": 不是 svcat 基线文件（应由 --write-baseline 生成）：not UTF-8");
  }

  private static UnusableFileException assertRefused(Path file, String english, String chinese) {
    UnusableFileException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            UnusableFileException.class, () -> Baseline.read(file));
    assertThat(e).as(file.toString()).isNotNull();
    assertThat(e.getMessage()).startsWith(english);
    assertThat(e.describe(Messages.forLanguage("en"))).isEqualTo(e.getMessage());
    if (chinese != null) {
      assertThat(e.describe(Messages.forLanguage("zh"))).isEqualTo(chinese);
    }
    return e;
  }
}
