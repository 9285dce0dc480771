package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.svcat.cli.Console;
import org.svcat.cli.UsageException;

/** Resolves the catalog directory argument of a command. */
final class CatalogDirs {
  private CatalogDirs() {}

  /**
   * {@code given} when set; else {@code ./catalog} when it exists, or {@code .} when it holds a
   * catalog.yaml; else a usage error.
   */
  static Path resolve(Path given, String language) {
    if (given != null) {
      return given;
    }
    Path catalog = Path.of("catalog");
    if (Files.isDirectory(catalog)) {
      return catalog;
    }
    if (Files.isRegularFile(Path.of("catalog.yaml"))) {
      return Path.of(".");
    }
    throw new UsageException(Console.messages(language).format("error.no-catalog"));
  }

  /** True when {@code dir} is a directory with nothing in it. */
  static boolean isEmptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
