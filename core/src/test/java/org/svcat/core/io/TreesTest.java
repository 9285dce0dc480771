package org.svcat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void aWriteThatFailsLeavesTheOldFileAndNothingElse(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("wuhou.xlsx"), "yesterday's workbook");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Trees.writeAtomically(
                    file,
                    out -> {
                      out.write("half of it".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        // the stream's own failure names no file; the one thrown names the file being written
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessage(file + ": disk full")
        .hasCauseInstanceOf(IOException.class);

    assertThat(Files.readString(file)).isEqualTo("yesterday's workbook");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aWriteThatFailsCreatesNoFile(@TempDir Path dir) {
    Path file = dir.resolve("new.xlsx");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Trees.writeAtomically(
                    file,
                    out -> {
                      throw new IOException("no");
                    }))
        .isInstanceOf(IOException.class);

    assertThat(file).doesNotExist();
  }

  @Test
  void aFolderIsNeverReplacedAndNothingIsWritten(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(folder.resolve("kept.txt"), "kept");
    boolean[] written = {false};

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Trees.writeAtomically(folder, out -> written[0] = true))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageContaining(folder.toString());

    assertThat(written[0]).as("content asked for").isFalse();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(folder);
    }
    assertThat(Files.readString(folder.resolve("kept.txt"))).isEqualTo("kept");
  }

  @Test
  void aLinkIsWrittenThroughAndStaysALink(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("report.json"), "old");
    Path link = dir.resolve("latest.json");
    try {
      Files.createSymbolicLink(link, target.getFileName());
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("no symbolic links here: " + e);
    }

    Trees.writeAtomically(link, "new");

    assertThat(link).isSymbolicLink();
    assertThat(Files.readString(target)).isEqualTo("new");
  }

  /** A pipe (a shell's {@code >(...)}, or {@code /dev/stdout} on a pipe) gets the content. */
  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "named pipes are made by mkfifo")
  void aPipeIsWrittenIntoNotReplaced(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("fifo");
    Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    CompletableFuture<String> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });

    Trees.writeAtomically(fifo, "through the pipe");

    assertThat(fifo).satisfies(p -> assertThat(Files.isRegularFile(p)).isFalse()).exists();
    assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe");
  }

  @Test
  @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
  void aReplacedFileKeepsItsPermissionsAndANewOneGetsTheFoldersDefault(@TempDir Path dir)
      throws IOException {
    Path shared = Files.writeString(dir.resolve("shared.yaml"), "old");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
    Trees.writeAtomically(shared, "new");
    assertThat(Files.readString(shared)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
        .isEqualTo("rw-rw-r--");

    // a temporary file would be its owner's alone (rw-------)
    Path plain = Files.createFile(dir.resolve("plain"));
    Path made = dir.resolve("made.yaml");
    Trees.writeAtomically(made, "text");
    assertThat(Files.getPosixFilePermissions(made)).isEqualTo(Files.getPosixFilePermissions(plain));
  }
}
