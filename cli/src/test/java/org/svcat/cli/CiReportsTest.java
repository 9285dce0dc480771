package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.cli.CliRunner.Run;

/** The formats CI reads, several at once, and baselines, through the command line. */
class CiReportsTest {
  @TempDir Path temp;

  @Test
  void everyFormatToItsOwnFileInOneRun() throws IOException {
    Path catalog = CliRunner.sampleCatalog(temp.resolve("c"));
    Path out = temp.resolve("reports");
    Run run =
        CliRunner.run(
            "validate", catalog.toString(),
            "--output-json", out.resolve("r.json").toString(),
            "--output-sarif", out.resolve("r.sarif").toString(),
            "--output-junit", out.resolve("r.xml").toString(),
            "--output-github", out.resolve("r.github").toString(),
            "--output-markdown", out.resolve("r.md").toString());
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out.resolve("r.sarif"), StandardCharsets.UTF_8))
        .contains("\"version\": \"2.1.0\"");
    assertThat(Files.readString(out.resolve("r.xml"), StandardCharsets.UTF_8))
        .contains("<testsuites")
        .contains("<failure");
    assertThat(Files.readString(out.resolve("r.github"), StandardCharsets.UTF_8))
        .startsWith("::error file=");
    assertThat(Files.readString(out.resolve("r.md"), StandardCharsets.UTF_8))
        .startsWith("## svcat: 8 error(s)");
    assertThat(Files.readString(out.resolve("r.json"), StandardCharsets.UTF_8))
        .contains("\"findings\"");
  }

  @Test
  void formatsToStdoutAndPathsRelativeToTheWorkingDirectory() throws IOException {
    Path catalog = CliRunner.sampleCatalog(temp.resolve("c"));
    Run run = CliRunner.run("validate", "--format", "github", catalog.toString());
    String expectedPrefix =
        Path.of("")
            .toAbsolutePath()
            .relativize(catalog.toAbsolutePath())
            .toString()
            .replace('\\', '/');
    assertThat(run.out())
        .contains(
            "::error file="
                + expectedPrefix
                + "/items/food.yaml,line=1,col=7,title=svcat [code-format]::");
  }

  @Test
  void aBaselineWrittenTodayMakesTomorrowsRunExitZeroUntilSomethingNewAppears() throws IOException {
    Path catalog = CliRunner.sampleCatalog(temp.resolve("c"));
    Path baseline = temp.resolve("baseline.json");
    Run today =
        CliRunner.run("validate", catalog.toString(), "--write-baseline", baseline.toString());
    assertThat(today.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(baseline).exists();

    Run tomorrow = CliRunner.run("validate", catalog.toString(), "--baseline", baseline.toString());
    assertThat(tomorrow.code()).isZero();
    assertThat(tomorrow.out()).contains("0 error(s)").contains("9 suppressed");

    Path company = catalog.resolve("items/company.yaml");
    Files.writeString(
        company, Files.readString(company).replace("conditions: [住所真实合法]", "conditions: [待定]"));
    Run next =
        CliRunner.run(
            "validate",
            catalog.toString(),
            "--baseline",
            baseline.toString(),
            "--fail-on",
            "warning");
    assertThat(next.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(next.out()).contains("[text-placeholder]").doesNotContain("[code-format]");

    Path bogus = Files.writeString(temp.resolve("bogus.json"), "[]");
    Run bad = CliRunner.run("validate", catalog.toString(), "--baseline", bogus.toString());
    assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("not a svcat baseline");
    assertThat(
            CliRunner.run(
                "validate", catalog.toString(), "--baseline", bogus.toString(), "--lang", "zh"))
        .extracting(Run::code, Run::err)
        .containsExactly(
            ExitCode.USAGE, "svcat: " + bogus + ": 不是 svcat 基线文件（应由 --write-baseline 生成）\n");
    assertThat(
            CliRunner.run(
                    "validate",
                    catalog.toString(),
                    "--baseline",
                    temp.resolve("none.json").toString())
                .code())
        .isEqualTo(ExitCode.USAGE);
  }
}
