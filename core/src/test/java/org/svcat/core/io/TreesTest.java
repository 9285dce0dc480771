package org.svcat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TreesTest {
  private static final Path HERE = Path.of("").toAbsolutePath().normalize();

  @Test
  void aPathBelowTheFolderIsResolvedAbsoluteAndNormalised() {
    assertThat(Trees.inside(Path.of("cat"), "items/./a/../b.yaml"))
        .isEqualTo(HERE.resolve("cat/items/b.yaml"));
  }

  @Test
  void theCurrentFolderHoldsItsFilesToo() {
    // "." normalises to the empty path, which no other path starts with
    assertThat(Trees.inside(Path.of("."), "items/b.yaml")).isEqualTo(HERE.resolve("items/b.yaml"));
    assertThat(Trees.inside(Path.of("./cat/."), "b.yaml")).isEqualTo(HERE.resolve("cat/b.yaml"));
  }

  @Test
  void theFolderItselfCountsAsInside() {
    assertThat(Trees.inside(Path.of("cat"), ".")).isEqualTo(HERE.resolve("cat"));
  }

  @Test
  void aPathLeadingOutIsNull() {
    assertThat(Trees.inside(Path.of("cat"), "../other/b.yaml")).isNull();
    assertThat(Trees.inside(Path.of("cat"), "items/../../b.yaml")).isNull();
    assertThat(Trees.inside(Path.of("."), "..")).isNull();
    assertThat(Trees.inside(Path.of("cat"), HERE.resolve("elsewhere").toString())).isNull();
    // a sibling whose name starts with the folder's is not inside it
    assertThat(Trees.inside(Path.of("cat"), "../catalog/b.yaml")).isNull();
  }
}
