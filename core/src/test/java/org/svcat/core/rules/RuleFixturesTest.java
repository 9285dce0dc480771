package org.svcat.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.testing.Fixtures;

/**
 * Runs every rule fixture: {@code rules/<id>/fail} must produce exactly the findings marked with
 * {@code # expect: <id>} (and at least one), {@code rules/<id>/pass} none of its rule. In both, the
 * findings of other rules must be marked too, so fixtures stay clean. Each fixture is laid over
 * {@code fixtures/base}.
 */
class RuleFixturesTest {
  private static final Svcat SVCAT = Svcat.create();

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyFixture() throws IOException {
    Path rules = Fixtures.resource("rules");
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(rules)) {
      cases =
          dirs.flatMap(rule -> Stream.of(rule.resolve("fail"), rule.resolve("pass")))
              .filter(Files::isDirectory)
              .sorted()
              .toList();
    }
    return cases.stream()
        .map(
            dir ->
                DynamicTest.dynamicTest(
                    dir.getParent().getFileName() + "/" + dir.getFileName(), () -> check(dir)));
  }

  private void check(Path fixture) throws IOException {
    String rule = fixture.getParent().getFileName().toString();
    Path catalog = Files.createTempDirectory(temp, rule);
    Fixtures.catalogWith(fixture, catalog);
    ValidationReport report = SVCAT.validate(catalog, ValidateOptions.DEFAULT.withLanguage("en"));
    List<String> expected = Fixtures.expectations(fixture);
    List<String> actual = Fixtures.actual(report.findings());
    if (fixture.getFileName().toString().equals("fail")) {
      assertThat(expected)
          .as("a fail fixture marks at least one finding of its rule")
          .anyMatch(e -> e.endsWith(": " + rule));
    } else {
      assertThat(expected)
          .as("a pass fixture marks no finding of its own rule")
          .noneMatch(e -> e.endsWith(": " + rule));
    }
    assertThat(actual)
        .as("findings of %s (messages: %s)", fixture, report.findings())
        .isEqualTo(expected);
  }
}
