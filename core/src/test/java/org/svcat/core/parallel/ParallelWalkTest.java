package org.svcat.core.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parallel listing finds what a plain walk finds, whatever the shape of the tree. */
class ParallelWalkTest {
  @TempDir Path root;

  private static void file(Path path) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(path, "x: 1\n");
  }

  private List<String> found() throws IOException {
    return ParallelWalk.files(
            root, (file, attrs) -> attrs != null ? root.relativize(file).toString() : null)
        .stream()
        .sorted()
        .toList();
  }

  private List<String> walked() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void aTreeOfFoldersOfFoldersIsOpenedLevelByLevelAndWalkedWhole() throws IOException {
    file(root.resolve("catalog.yaml"));
    file(root.resolve("bundles/b.yaml"));
    Files.createDirectories(root.resolve("calendars"));
    for (int d = 0; d < 100; d++) {
      file(root.resolve("items/d" + d + "/eco/a.yaml"));
      file(root.resolve("items/d" + d + "/eco/deeper/b.yaml"));
      file(root.resolve("items/d" + d + "/c.yaml"));
    }

    assertThat(found()).hasSize(302).containsExactlyElementsOf(walked());
  }

  @Test
  void aFolderOfFilesOnlyAndAnEmptyFolder() throws IOException {
    for (int i = 0; i < 5; i++) {
      file(root.resolve("f" + i + ".yaml"));
    }
    assertThat(found()).containsExactly("f0.yaml", "f1.yaml", "f2.yaml", "f3.yaml", "f4.yaml");

    Path empty = Files.createDirectory(root.resolve("empty"));
    assertThat(ParallelWalk.files(empty, (file, attrs) -> file)).isEmpty();
  }

  @Test
  void aLinkIsVisitedAsAFileAndNotFollowed() throws IOException {
    file(root.resolve("real/a.yaml"));
    try {
      Files.createSymbolicLink(root.resolve("link"), root.resolve("real"));
    } catch (IOException | UnsupportedOperationException e) {
      assumeTrue(false, "no symbolic links here: " + e);
    }

    List<String> links =
        ParallelWalk.files(
            root,
            (file, attrs) -> attrs.isSymbolicLink() ? root.relativize(file).toString() : null);

    assertThat(links).containsExactly("link");
    assertThat(found()).containsExactly("link", Path.of("real", "a.yaml").toString());
  }
}
