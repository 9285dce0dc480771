package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.cli.CliRunner.Run;

/** fmt --diff as CI runs it: the patch on standard output, the notes on standard error. */
class FmtCliTest {
  private static final Path GOLDEN =
      CliRunner.root().resolve("core/src/test/resources/golden/fmt.diff");
  private static final String FOOD = "items/market/food-business-licence.yaml";
  private static final String SUBSIDIES = "items/civil/disability-subsidies.yaml";

  @TempDir Path temp;

  /**
   * The reference catalog with two item files out of shape: one with its name last, a comment after
   * a value and no line end at its end; one with CRLF line ends (a Windows checkout) and its basic
   * code last.
   */
  private Path unformatted() throws IOException {
    Path catalog = temp.resolve("catalog");
    CliRunner.copy(Path.of(CliRunner.catalog()), catalog);
    List<String> food = new ArrayList<>(Files.readAllLines(catalog.resolve(FOOD)));
    food.add(food.remove(3));
    food.replaceAll(l -> l.equals("visits: 1") ? "visits: 1  # 需现场核验" : l);
    Files.writeString(catalog.resolve(FOOD), String.join("\n", food));
    List<String> subsidies = new ArrayList<>(Files.readAllLines(catalog.resolve(SUBSIDIES)));
    subsidies.add(subsidies.remove(2));
    Files.writeString(catalog.resolve(SUBSIDIES), String.join("\r\n", subsidies) + "\r\n");
    return catalog;
  }

  /** A file or folder of the catalog: only its files are formatted, the others left as they are. */
  @Test
  void aFolderOfTheCatalogIsFormattedAlone() throws IOException {
    Path catalog = unformatted();
    String subsidies = Files.readString(catalog.resolve(SUBSIDIES));

    Run check = CliRunner.run("fmt", "--check", catalog.resolve("items/market").toString());
    Run run = CliRunner.run("fmt", catalog.resolve(FOOD).toString(), "--lang", "en");

    assertThat(check.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(check.out()).contains(FOOD).doesNotContain(SUBSIDIES);
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEqualTo("formatted " + FOOD + "\n1 file(s) formatted, 0 left alone\n");
    assertThat(Files.readString(catalog.resolve(SUBSIDIES))).isEqualTo(subsidies);
    assertThat(CliRunner.run("fmt", "--check", catalog.toString()).out())
        .doesNotContain(FOOD)
        .contains(SUBSIDIES);
  }

  @Test
  void theDiffIsOnStandardOutputAloneAndNothingIsWritten() throws IOException {
    Path catalog = unformatted();
    String food = Files.readString(catalog.resolve(FOOD));

    Run run = CliRunner.run("fmt", "--diff", catalog.toString(), "--lang", "en");

    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.err())
        .contains("would reformat: " + FOOD)
        .contains("would reformat: " + SUBSIDIES)
        .contains("2 file(s) would be reformatted, 0 left alone");
    assertThat(run.out()).startsWith("--- a/" + SUBSIDIES + "\n").doesNotContain("would reformat");
    assertThat(Files.readString(catalog.resolve(FOOD))).isEqualTo(food);
    if (Boolean.getBoolean("svcat.golden.update")) {
      Files.writeString(GOLDEN, run.out(), StandardCharsets.UTF_8);
    }
    assertThat(run.out()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void gitApplyTakesTheDiffAndGivesWhatFmtWrites() throws Exception {
    Path catalog = unformatted();
    Path patch =
        Files.writeString(
            temp.resolve("fmt.patch"), CliRunner.run("fmt", "--diff", catalog.toString()).out());
    Path formatted = temp.resolve("formatted");
    CliRunner.copy(catalog, formatted);
    assertThat(CliRunner.run("fmt", formatted.toString()).code()).isZero();

    // outside a repository git apply patches the files under the folder it runs in
    Process git;
    try {
      ProcessBuilder apply =
          new ProcessBuilder("git", "apply", patch.toString())
              .directory(catalog.toFile())
              .redirectErrorStream(true);
      // not a repository above the temporary folder, should there be one
      apply.environment().put("GIT_CEILING_DIRECTORIES", temp.toString());
      git = apply.start();
    } catch (IOException e) {
      assumeTrue(false, "git is not installed");
      return;
    }
    String said = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(git.waitFor()).as(said).isZero();

    for (String file : List.of(FOOD, SUBSIDIES)) {
      assertThat(Files.readString(catalog.resolve(file)))
          .isEqualTo(Files.readString(formatted.resolve(file)));
    }
    assertThat(Files.readString(catalog.resolve(FOOD))).contains("visits: 1  # 需现场核验\n");
    assertThat(Files.readString(catalog.resolve(SUBSIDIES))).contains("\r\nbasicCode: ");
    assertThat(CliRunner.run("fmt", "--diff", catalog.toString()).out()).isEmpty();
  }
}
