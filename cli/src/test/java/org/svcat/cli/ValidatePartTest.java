package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.cli.CliRunner.Run;

/**
 * {@code svcat validate PATH...} with files or folders inside a catalog: the whole catalog is
 * checked, only their findings are reported, and stderr says how many stand elsewhere.
 */
class ValidatePartTest {
  @TempDir Path temp;

  private Path catalog;
  private String civil;
  private String market;

  @BeforeEach
  void aCatalogWithAnErrorInTwoFolders() throws IOException {
    catalog = temp.resolve("catalog");
    CliRunner.copy(Path.of(CliRunner.catalog()), catalog);
    Path c = catalog.resolve("items/civil/disability-subsidies.yaml");
    Files.writeString(c, Files.readString(c) + "notes: x\n");
    Path m = catalog.resolve("items/market/food-business-licence.yaml");
    Files.writeString(m, Files.readString(m) + "remarks: x\n");
    civil = catalog.resolve("items/civil").toString();
    market = m.toString();
  }

  @Test
  void aFolderOfTheCatalogGetsItsOwnFindings() {
    Run run = CliRunner.run("validate", civil, "--lang", "en");

    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out())
        .contains("items/civil/disability-subsidies.yaml:")
        .contains("unknown key \"notes\"")
        .doesNotContain("items/market")
        .endsWith("1 error(s), 0 warning(s), 0 info in 5 file(s), 5 item(s); 1 suppressed\n");
    assertThat(run.err())
        .isEqualTo(
            "note: 1 finding(s) in other files of "
                + shown(catalog)
                + " are not shown (svcat validate "
                + shown(catalog)
                + " shows them all)\n");
  }

  /** A link to a folder of a catalog is a part of that catalog, where the link leads. */
  @Test
  void aLinkToAFolderOfTheCatalogIsThatFolder() throws IOException {
    Path link = temp.resolve("civil-link");
    try {
      Files.createSymbolicLink(link, catalog.resolve("items/civil"));
    } catch (UnsupportedOperationException | IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symbolic links here: " + e);
    }

    Run run = CliRunner.run("validate", link.toString(), "--lang", "en");

    assertThat(run.out())
        .contains("items/civil/disability-subsidies.yaml:")
        .endsWith("1 error(s), 0 warning(s), 0 info in 5 file(s), 5 item(s); 1 suppressed\n");
  }

  @Test
  void filesAndFoldersOfOneCatalogTogether() {
    Run run = CliRunner.run("validate", civil, market, "--lang", "en", "--format", "json");

    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("\"files\": 6", "\"error\": 2");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theCatalogFolderAmongThemIsTheWholeCatalog() {
    Run run = CliRunner.run("validate", civil, catalog.toString(), "--lang", "en");

    assertThat(run.out()).contains("2 error(s)", "in 70 file(s), 31 item(s); 7 suppressed");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void whatCannotBeDoneWithAPartIsAUsageError() throws IOException {
    Path other = temp.resolve("other");
    CliRunner.copy(Path.of(CliRunner.catalog()), other);
    Path outside = Files.writeString(temp.resolve("loose.yaml"), "id: x\n");

    Run two = CliRunner.run("validate", civil, other.resolve("items").toString(), "--lang", "en");
    Run loose = CliRunner.run("validate", civil, outside.toString(), "--lang", "zh");
    Run baseline =
        CliRunner.run(
            "validate",
            civil,
            "--write-baseline",
            temp.resolve("b.json").toString(),
            "--lang",
            "en");

    assertThat(two.code()).isEqualTo(ExitCode.USAGE);
    assertThat(two.err())
        .isEqualTo(
            "svcat: the paths given lie in two catalogs, "
                + shown(catalog)
                + " and "
                + shown(other)
                + "; name files and folders of one catalog at a time\n");
    assertThat(loose.code()).isEqualTo(ExitCode.USAGE);
    assertThat(loose.err()).startsWith("svcat: " + outside + " 不属于任何目录");
    assertThat(baseline.code()).isEqualTo(ExitCode.USAGE);
    assertThat(baseline.err())
        .contains("--write-baseline records the findings of the whole catalog");
    assertThat(temp.resolve("b.json")).doesNotExist();
  }

  private static String shown(Path dir) {
    return Path.of("").toAbsolutePath().relativize(dir.toAbsolutePath().normalize()).toString();
  }
}
