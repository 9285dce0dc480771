package org.svcat.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Severity;
import org.svcat.core.testing.Fixtures;

/**
 * Every report format of a sample catalog against its golden file under {@code golden/}. After an
 * intended change, regenerate with {@code ./mvnw -pl core test -Dtest=ReportGoldenTest
 * -Dsvcat.golden.update=true} and review the diff.
 */
public class ReportGoldenTest {
  @TempDir Path temp;

  @ParameterizedTest
  @CsvSource({
    "TEXT,en,sample.text.en.txt",
    "TEXT,zh,sample.text.zh.txt",
    "JSON,en,sample.en.json",
    "JSON,zh,sample.zh.json",
    "SARIF,en,sample.en.sarif",
    "JUNIT,en,sample.en.junit.xml",
    "GITHUB,en,sample.en.github.txt",
    "MARKDOWN,en,sample.en.md",
    "MARKDOWN,zh,sample.zh.md"
  })
  void matchesGolden(ReportFormat format, String language, String golden) throws IOException {
    Path catalog = Fixtures.catalogWith(Fixtures.resource("golden/sample"), temp);
    ValidationReport report =
        Svcat.create().validate(catalog, ValidateOptions.DEFAULT.withLanguage(language));
    StringWriter out = new StringWriter();
    format
        .renderer(new RenderOptions(language, false, "catalog", Severity.ERROR))
        .render(report, out);
    Golden.assertMatches(golden, out.toString());
  }

  /** Golden-file comparison shared by the report tests. */
  public static final class Golden {
    private Golden() {}

    public static void assertMatches(String name, String actual) throws IOException {
      Path source =
          Fixtures.repositoryRoot().resolve("core/src/test/resources/golden").resolve(name);
      if (Boolean.getBoolean("svcat.golden.update")) {
        Files.writeString(source, actual, StandardCharsets.UTF_8);
      }
      assertThat(Files.exists(source))
          .as("golden file %s exists (run with -Dsvcat.golden.update=true)", source)
          .isTrue();
      assertThat(actual).isEqualTo(Files.readString(source, StandardCharsets.UTF_8));
    }
  }
}
