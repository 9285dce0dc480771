package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.svcat.cli.Console;
import org.svcat.cli.UsageException;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Severity;
import org.svcat.core.load.LoadResult;

/** Resolves the catalog directory argument of a command, and notes a catalog's file errors. */
final class CatalogDirs {
  private CatalogDirs() {}

  /**
   * {@code given} when set; else {@code ./catalog} when it exists, or {@code .} when it holds a
   * catalog.yaml; else, as git finds its repository, the nearest folder above that holds a
   * catalog.yaml, or a {@code catalog} folder that does ({@code ../..} from {@code items/civil},
   * {@code ../catalog} from {@code docs}); else a usage error.
   */
  static Path resolve(Path given, String language) {
    return resolve(given, language, Path.of("").toAbsolutePath());
  }

  /** {@link #resolve(Path, String)} from the folder {@code here} (absolute). */
  static Path resolve(Path given, String language, Path here) {
    if (given != null) {
      return given;
    }
    if (Files.isDirectory(here.resolve("catalog"))) {
      return Path.of("catalog");
    }
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      for (Path candidate : List.of(dir, dir.resolve("catalog"))) {
        if (Files.isRegularFile(candidate.resolve("catalog.yaml"))) {
          Path relative = here.relativize(candidate);
          return relative.toString().isEmpty() ? Path.of(".") : relative;
        }
      }
    }
    throw new UsageException(Console.messages(language).format("error.no-catalog"));
  }

  /**
   * A line on stderr when {@code load} (of {@code spec}) has files with errors: what those files
   * hold is left out of what the command does, which the message {@code key} says ("items in
   * unreadable files are not counted").
   */
  static void noteErrors(
      Console console, String language, String spec, LoadResult load, String key) {
    List<String> files = filesWithErrors(load, "");
    if (!files.isEmpty()) {
      console.err().println(Console.messages(language).format(key, spec, files.size()));
    }
  }

  /** The files under {@code prefix} (a folder with its slash, or "") that have errors. */
  static List<String> filesWithErrors(LoadResult load, String prefix) {
    return load.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR && f.file().startsWith(prefix))
        .map(Finding::file)
        .distinct()
        .sorted()
        .toList();
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
