package org.svcat.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.testing.Fixtures;

/**
 * Base/variant pairs under {@code diff/<change-id>/}: the variant differs from the base in one
 * respect, and {@code expected.txt} lists exactly the changes ({@code id item pointer}) that
 * difference must produce. Both are laid over {@code fixtures/base}; the variant's catalog version
 * is raised to 2.0.0 unless it brings its own catalog.yaml, and {@code variant/.delete} lists files
 * the variant removes.
 */
class ChangeFixturesTest {
  private static final Svcat SVCAT = Svcat.create();

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyChangeId() throws IOException {
    try (Stream<Path> dirs = Files.list(Fixtures.resource("diff"))) {
      return dirs.sorted().toList().stream()
          .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }
  }

  @Test
  void everyChangeTypeHasAPair() {
    Path dir = Fixtures.resource("diff");
    for (ChangeType type : ChangeType.values()) {
      assertThat(dir.resolve(type.id()).resolve("expected.txt")).as("diff/%s", type.id()).exists();
    }
  }

  private void check(Path pair) throws IOException {
    Path base = Fixtures.catalogWith(pair.resolve("base"), Files.createTempDirectory(temp, "base"));
    Path variant =
        Fixtures.catalogWith(pair.resolve("base"), Files.createTempDirectory(temp, "variant"));
    Files.writeString(
        variant.resolve("catalog.yaml"),
        Files.readString(variant.resolve("catalog.yaml"))
            .replace("version: 1.0.0", "version: 2.0.0"));
    if (Files.isDirectory(pair.resolve("variant"))) {
      Fixtures.copyTree(pair.resolve("variant"), variant);
    }
    Path deletions = variant.resolve(".delete");
    if (Files.exists(deletions)) {
      for (String file : Files.readAllLines(deletions)) {
        Files.delete(variant.resolve(file));
      }
      Files.delete(deletions);
    }
    DiffReport report = SVCAT.diff(base, variant, ValidateOptions.DEFAULT.withLanguage("en"));
    List<String> actual =
        report.changes().stream()
            .map(c -> c.type().id() + " " + (c.item() == null ? "" : c.item()) + " " + c.pointer())
            .sorted()
            .toList();
    List<String> expected =
        Files.readAllLines(pair.resolve("expected.txt")).stream()
            .filter(l -> !l.isBlank())
            .sorted()
            .toList();
    assertThat(actual)
        .as("changes of %s: %s", pair.getFileName(), report.changes())
        .isEqualTo(expected);
    assertThat(actual)
        .as("the pair shows its own id")
        .anyMatch(a -> a.startsWith(pair.getFileName() + " "));
    for (Change c : report.changes()) {
      assertThat(c.message()).doesNotContain("{").isNotBlank();
    }
    assertThat(SVCAT.diff(variant, variant, ValidateOptions.DEFAULT).changes())
        .as("a catalog against itself")
        .isEmpty();
  }

  @Test
  void changeIdsAreKebabCaseAndUnique() {
    assertThat(Arrays.stream(ChangeType.values()).map(ChangeType::id))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
  }
}
