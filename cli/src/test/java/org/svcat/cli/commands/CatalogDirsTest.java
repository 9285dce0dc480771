package org.svcat.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.cli.UsageException;

/** The catalog a command takes when it is given none, from the folder it runs in. */
class CatalogDirsTest {
  @TempDir Path temp;

  private Path catalogAt(String folder) throws IOException {
    Path dir = Files.createDirectories(temp.resolve(folder));
    Files.writeString(dir.resolve("catalog.yaml"), "id: x\n");
    return dir;
  }

  @Test
  void aGivenFolderIsTakenAsItIs() {
    assertThat(CatalogDirs.resolve(Path.of("elsewhere"), "en", temp))
        .isEqualTo(Path.of("elsewhere"));
  }

  @Test
  void aCatalogFolderHereComesFirst() throws IOException {
    Path repo = catalogAt("repo");
    catalogAt("repo/catalog");
    assertThat(CatalogDirs.resolve(null, "en", repo)).isEqualTo(Path.of("catalog"));
  }

  @Test
  void theCurrentFolderWhenItIsACatalog() throws IOException {
    assertThat(CatalogDirs.resolve(null, "en", catalogAt("wuhou"))).isEqualTo(Path.of("."));
  }

  @Test
  void fromInsideACatalogTheCatalogItIsIn() throws IOException {
    Path root = catalogAt("wuhou");
    Path civil = Files.createDirectories(root.resolve("items/civil"));
    assertThat(CatalogDirs.resolve(null, "en", civil)).isEqualTo(Path.of("../.."));
  }

  @Test
  void fromAnotherFolderOfTheRepositoryTheCatalogFolderAbove() throws IOException {
    catalogAt("repo/catalog");
    Path docs = Files.createDirectories(temp.resolve("repo/docs/guide"));
    assertThat(CatalogDirs.resolve(null, "en", docs)).isEqualTo(Path.of("../../catalog"));
  }

  @Test
  void noCatalogHereOrAboveIsAUsageErrorInEitherLanguage() throws IOException {
    for (Path above = temp; above != null; above = above.getParent()) {
      assumeFalse(
          Files.exists(above.resolve("catalog.yaml"))
              || Files.exists(above.resolve("catalog/catalog.yaml")),
          "the temporary folder lies in a catalog");
    }
    Path plain = Files.createDirectories(temp.resolve("plain/deeper"));
    assertThatThrownBy(() -> CatalogDirs.resolve(null, "en", plain))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("here or in a folder above");
    assertThatThrownBy(() -> CatalogDirs.resolve(null, "zh", plain))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("上级文件夹");
  }
}
