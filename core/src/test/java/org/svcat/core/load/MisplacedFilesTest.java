package org.svcat.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.finding.Finding;
import org.svcat.core.testing.Fixtures;

/**
 * What rule {@code file-misplaced} says of each kind of file that svcat would not read, in the
 * reference catalog with files added, and that it leaves the other YAML of a repository alone.
 */
class MisplacedFilesTest {
  private static final Svcat SVCAT = Svcat.create();

  @TempDir Path catalog;

  private String item;

  @BeforeEach
  void copyTheReferenceCatalog() throws IOException {
    Fixtures.copyTree(Fixtures.repositoryRoot().resolve("catalog"), catalog);
    item = Files.readString(catalog.resolve("items/market/food-business-licence.yaml"));
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(catalog.resolve(path).getParent());
    Files.writeString(catalog.resolve(path), text);
  }

  private String misplaced(String language) throws IOException {
    return SVCAT
        .validate(catalog, ValidateOptions.DEFAULT.withLanguage(language))
        .findings()
        .stream()
        .filter(f -> f.rule().equals("file-misplaced"))
        .map(f -> f.file() + ":" + f.line() + ": " + f.severity().id() + ": " + message(f))
        .reduce("", (a, b) -> a + b + "\n");
  }

  private static String message(Finding f) {
    return f.message() + " | " + f.hint();
  }

  @Test
  void eachKindOfMisplacedFileIsReportedWithWhatToDo() throws IOException {
    write("itmes/market/food.yaml", item);
    write("policy.yml", "rules:\n  material-vague: off\n");
    write("food.yaml", item);
    write(
        "elderly.yaml",
        Files.readString(catalog.resolve("directory/elderly-preferential-card.yaml")));
    write("open-company.yaml", Files.readString(catalog.resolve("bundles/open-company.yaml")));
    assertThat(misplaced("en"))
        .isEqualTo(
            "elderly.yaml:1: error: elderly.yaml holds a directory entry, but svcat reads them only"
                + " under directory/, so it is not checked or published | Move the file into"
                + " directory/.\n"
                + "food.yaml:1: error: food.yaml holds an item, but svcat reads items only under"
                + " items/, so it is not checked or published | Move the file into items/ (a"
                + " sub-folder per department is usual).\n"
                + "itmes/market/food.yaml:1: error: svcat reads no folder itmes/, so this file is"
                + " not checked or published; did you mean items/? | Rename the folder itmes/ to"
                + " items/.\n"
                + "open-company.yaml:1: error: open-company.yaml holds a bundle, but svcat reads"
                + " bundles only under bundles/, so it is not checked or published | Move the file"
                + " into bundles/.\n"
                + "policy.yml:1: error: policy.yml is not read: svcat reads policy.yaml here |"
                + " Rename the file to policy.yaml; until then nothing in it counts.\n");
    assertThat(misplaced("zh"))
        .contains(
            "itmes/market/food.yaml:1: error: svcat 不读取文件夹 itmes/，该文件不会被检查或发布；是否应为 items/？"
                + " | 请把文件夹 itmes/ 改名为 items/。");
  }

  @Test
  void theCatalogsOwnPolicyFileIsReadWhateverItsName() throws IOException {
    Files.move(catalog.resolve("policy.yaml"), catalog.resolve("policy.yml"));
    write(
        "catalog.yaml", Files.readString(catalog.resolve("catalog.yaml")) + "policy: policy.yml\n");
    assertThat(misplaced("en")).isEmpty();
  }

  @Test
  void otherYamlOfARepositoryIsLeftAlone() throws IOException {
    write("mkdocs.yml", "site_name: 武侯区政务服务事项目录\n");
    write(".github/workflows/catalog.yml", "on: [pull_request]\n");
    write("docs/example-item.yaml", item);
    write("forms/sample.yaml", item);
    write("schemas/notes.yaml", "a: b\n");
    write("README.yaml", "- not a mapping\n");
    write("temp/draft.yaml", item);
    write("tests/item.yaml", item);
    assertThat(misplaced("en")).isEmpty();
  }

  @Test
  void aFolderIsTakenForOneOfSvcatsOnlyWhenPlainlyMeantAsIt() {
    for (String name :
        List.of("item", "Items", "itmes", "itms", "bundle", "calender", "directories")) {
      assertThat(MisplacedFiles.meant(name)).as(name).isPresent();
    }
    assertThat(MisplacedFiles.meant("directories")).hasValue("directory");
    for (String name : List.of("temp", "tests", "docs", "dist", "data", "site", "forms", "dir")) {
      assertThat(MisplacedFiles.meant(name)).as(name).isEmpty();
    }
  }
}
