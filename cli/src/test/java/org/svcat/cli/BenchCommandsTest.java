package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The hidden commands bench/run uses: generate and parse. */
class BenchCommandsTest {
  @TempDir Path temp;

  @Test
  void generateWritesACatalogThatParsesAndValidatesClean() {
    Path out = temp.resolve("c");
    CliRunner.Run generated =
        CliRunner.run("generate", "--from", CliRunner.catalog(), "--items", "40", out.toString());
    assertThat(generated.code()).as(generated.err()).isZero();
    assertThat(generated.out()).startsWith("40 items in 2 districts, 0 planted findings");

    CliRunner.Run parsed = CliRunner.run("parse", out.toString());
    assertThat(parsed.code()).isZero();
    assertThat(parsed.out()).matches("(?s)\\d+ files parsed, 0 problems\\R");

    CliRunner.Run validated = CliRunner.run("validate", out.toString());
    assertThat(validated.code()).as(validated.out()).isZero();
  }

  /**
   * A catalog named through a symbolic link (bench/run's folder may be one) is parsed from its
   * target, as validate reads it: the floor once listed no file there and was timed at a third of
   * its time.
   */
  @Test
  @DisabledOnOs(OS.WINDOWS)
  void parseReadsACatalogNamedThroughALink() throws IOException {
    Path link = Files.createSymbolicLink(temp.resolve("link"), Path.of(CliRunner.catalog()));
    CliRunner.Run direct = CliRunner.run("parse", CliRunner.catalog());
    CliRunner.Run linked = CliRunner.run("parse", link.toString());
    assertThat(direct.out()).doesNotStartWith("0 files");
    assertThat(linked.out()).isEqualTo(direct.out());
  }

  @Test
  void generateRefusesANonEmptyTargetAndABadTemplate() {
    CliRunner.Run intoCatalog =
        CliRunner.run(
            "generate", "--items", "5", "--from", CliRunner.catalog(), CliRunner.catalog());
    assertThat(intoCatalog.code()).isEqualTo(ExitCode.USAGE);
    CliRunner.Run badTemplate =
        CliRunner.run(
            "generate", "--items", "5", "--from", temp.toString(), temp.resolve("x").toString());
    assertThat(badTemplate.code()).isEqualTo(ExitCode.USAGE);
    assertThat(CliRunner.run("--help").out()).doesNotContain("generate").doesNotContain("parse ");
  }
}
