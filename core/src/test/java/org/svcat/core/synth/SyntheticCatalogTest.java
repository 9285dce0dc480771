package org.svcat.core.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.ValidationReport;
import org.svcat.core.codes.CreditCode;
import org.svcat.core.finding.Finding;
import org.svcat.core.testing.Fixtures;

class SyntheticCatalogTest {
  private static final Path TEMPLATE = Fixtures.repositoryRoot().resolve("catalog");

  @TempDir Path temp;

  @Test
  void aPartialLastDistrictIsStillAValidCatalog() throws Exception {
    SyntheticCatalog.Result r = SyntheticCatalog.write(TEMPLATE, temp.resolve("c"), 100, 7, false);
    assertThat(r.items()).isEqualTo(100);
    ValidationReport report =
        Svcat.create().validate(temp.resolve("c"), ValidateOptions.DEFAULT.withLanguage("en"));
    assertThat(report.findings()).isEmpty();
    assertThat(report.catalog().items()).hasSize(100);
    assertThat(report.catalog().items())
        .allSatisfy(i -> assertThat(CreditCode.isValid(i.authority().creditCode())).isTrue());
    assertThat(report.catalog().bundles()).isNotEmpty();
  }

  @Test
  void plantedFindingsAreReportedAndTheSeedFixesTheBytes() throws Exception {
    SyntheticCatalog.Result r = SyntheticCatalog.write(TEMPLATE, temp.resolve("a"), 500, 3, true);
    SyntheticCatalog.write(TEMPLATE, temp.resolve("b"), 500, 3, true);
    assertThat(r.plantedFindings()).isPositive();
    ValidationReport report = Svcat.create().validate(temp.resolve("a"), ValidateOptions.DEFAULT);
    assertThat(report.findings().stream().filter(f -> f.rule().equals("promised-exceeds-legal")))
        .hasSize(r.plantedFindings());
    assertThat(report.findings()).extracting(Finding::line).allMatch(line -> line > 0);
    assertThat(digests(temp.resolve("a"))).isEqualTo(digests(temp.resolve("b")));
  }

  private static Map<String, Integer> digests(Path dir) throws Exception {
    Map<String, Integer> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), java.util.Arrays.hashCode(Files.readAllBytes(p)));
      }
    }
    return files;
  }
}
