package org.svcat.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Finding;
import org.svcat.core.testing.Fixtures;

/**
 * Coverage-guided fuzzing (Jazzer) of the whole validation path: any bytes as an item file of a
 * catalog go through the strict reader, the schema, the binder and every rule, and must come out as
 * findings, never an exception or a hang. {@code ./mvnw verify} replays the corpus (the files under
 * {@code LoaderFuzzTestInputs/}) and fuzzes {@link #shortRun} for 20 seconds; a longer run: {@code
 * JAZZER_FUZZ=1 ./mvnw -pl core surefire:test -Dtest='LoaderFuzzTest#longRun'
 * -DargLine=-Djazzer.instrument=org.svcat.**}. A crash input becomes a new file of the corpus.
 */
class LoaderFuzzTest {
  private static final Svcat SVCAT = Svcat.create();
  private static final Path CATALOG;

  static {
    try {
      CATALOG = Files.createTempDirectory("svcat-fuzz-");
      Fixtures.catalogWith(null, CATALOG);
      Files.createDirectories(CATALOG.resolve("items"));
      CATALOG.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "20s")
  void shortRun(byte[] data) throws IOException {
    check(data);
  }

  @FuzzTest(maxDuration = "10m")
  void longRun(byte[] data) throws IOException {
    check(data);
  }

  private static void check(byte[] data) throws IOException {
    Files.write(CATALOG.resolve("items/fuzz.yaml"), data);
    ValidationReport report = SVCAT.validate(CATALOG, ValidateOptions.DEFAULT.withLanguage("en"));
    for (Finding f : report.findings()) {
      assertThat(f.line()).isPositive();
      assertThat(f.column()).isPositive();
      assertThat(f.message()).isNotBlank();
    }
  }
}
