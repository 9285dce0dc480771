package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.svcat.cli.Console;
import org.svcat.cli.UsageException;
import org.svcat.core.CatalogPart;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Severity;
import org.svcat.core.load.LoadResult;

/** Resolves the catalog directory argument of a command, and notes a catalog's file errors. */
public final class CatalogDirs {
  private CatalogDirs() {}

  /** A catalog and the part of it a command was asked about. */
  record Part(Path catalog, CatalogPart part) {}

  /**
   * The catalog and part that {@code given} name ({@code svcat validate|fmt [PATH...]}): none, the
   * default catalog ({@link #resolve}); a catalog folder, all of it; files or folders inside a
   * catalog ({@code items/market}, {@code items/market/food.yaml}), the catalog they lie in and
   * those paths. A single path that lies in no catalog is taken for a catalog folder, as before, so
   * that what is wrong with it is said as for any command; several must lie in one catalog.
   */
  static Part part(List<Path> given, String language) throws IOException {
    if (given.isEmpty()) {
      return new Part(resolve(null, language), CatalogPart.WHOLE);
    }
    Path here = Path.of("").toAbsolutePath();
    Path catalog = null;
    List<String> paths = new ArrayList<>();
    for (Path path : given) {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString());
      }
      Path absolute = here.resolve(path).normalize();
      Path owner = absolute;
      if (!Files.isRegularFile(absolute.resolve("catalog.yaml"))) {
        // a part is looked for from where it really is: a link to a catalog's items/ is in it
        absolute = path.toRealPath();
        owner = owner(absolute);
      }
      if (owner == null) {
        if (given.size() == 1) {
          return new Part(path, CatalogPart.WHOLE);
        }
        throw new UsageException(Console.messages(language).format("error.part.no-catalog", path));
      }
      if (catalog != null && !catalog.equals(owner)) {
        throw new UsageException(
            Console.messages(language)
                .format("error.part.two-catalogs", shown(catalog), shown(owner)));
      }
      catalog = owner;
      paths.add(owner.relativize(absolute).toString().replace('\\', '/'));
    }
    return new Part(shown(catalog), new CatalogPart(paths));
  }

  /**
   * The catalog {@code path} lies in (the nearest folder above it with a catalog.yaml), as seen
   * from the working directory, or null.
   */
  public static Path owningCatalog(Path path) {
    Path owner = owner(Path.of("").toAbsolutePath().resolve(path).normalize());
    return owner == null ? null : shown(owner);
  }

  private static Path owner(Path absolute) {
    for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("catalog.yaml"))) {
        return dir;
      }
    }
    return null;
  }

  /** {@code absolute} as seen from the working directory ({@code .} for it). */
  private static Path shown(Path absolute) {
    Path relative = Path.of("").toAbsolutePath().relativize(absolute);
    return relative.toString().isEmpty() ? Path.of(".") : relative;
  }

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
