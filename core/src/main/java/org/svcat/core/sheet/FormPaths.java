package org.svcat.core.sheet;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.svcat.core.io.Trees;

/** Blank-form paths ({@code template}) resolved inside a directory, never outside it. */
final class FormPaths {
  private FormPaths() {}

  /**
   * {@code relative} inside {@code dir}, or null when absent or when it would leave {@code dir}.
   */
  static Path inside(Path dir, String relative) {
    if (relative == null
        || relative.isBlank()
        || relative.indexOf('\0') >= 0
        || relative.startsWith("/")
        || relative.startsWith("\\")
        || relative.matches("^[A-Za-z]:.*")) {
      return null;
    }
    try {
      Path resolved = Trees.inside(dir, relative.replace('\\', '/'));
      return resolved != null && !resolved.equals(dir.toAbsolutePath().normalize())
          ? resolved
          : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
