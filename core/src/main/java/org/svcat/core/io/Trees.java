package org.svcat.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Directory trees on disk. */
public final class Trees {
  private Trees() {}

  /**
   * {@code relative} resolved in {@code dir} and normalised, or null when it would lead out of
   * {@code dir} (by {@code ..} or as an absolute path); {@code dir} itself counts as inside. Both
   * are made absolute first: {@code .} normalises to the empty path, which no other path starts
   * with. Links are not followed.
   *
   * @throws java.nio.file.InvalidPathException when {@code relative} is no path on this system
   */
  public static Path inside(Path dir, String relative) {
    Path base = dir.toAbsolutePath().normalize();
    Path resolved = base.resolve(relative).normalize();
    return resolved.startsWith(base) ? resolved : null;
  }

  /**
   * Replaces {@code file} with {@code text} (UTF-8) in one step: the text goes to a temporary file
   * beside it, which is then moved over it, so a crash or a full disk leaves the old file or the
   * new one, never half of it.
   */
  public static void writeAtomically(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, ".svcat-", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /**
   * Deletes {@code dir} and everything in it. Symbolic links are deleted, never followed, so a link
   * inside the tree cannot make this delete anything outside it.
   */
  public static void delete(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
