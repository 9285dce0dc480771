package org.svcat.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.load.LoadResult;
import org.svcat.core.synth.SyntheticCatalog;

/**
 * The synthetic catalogs the benchmarks run on, written by {@link SyntheticCatalog} from the
 * reference catalog (system property {@code svcat.template}, default {@code catalog}, so run from
 * the repository root) into a temporary folder that is removed at exit.
 */
public final class Corpus {
  private Corpus() {}

  /**
   * A catalog of {@code items} items for {@code seed}, with planted changes when {@code changed}.
   */
  public static Path catalog(int items, boolean changed) {
    try {
      Path dir = Files.createTempDirectory("svcat-bench-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      Path out = dir.resolve("catalog");
      SyntheticCatalog.write(
          Path.of(System.getProperty("svcat.template", "catalog")), out, items, 1, changed);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of every item file of {@code catalog}, in path order. */
  public static List<byte[]> itemFiles(Path catalog) {
    try (Stream<Path> files = Files.walk(catalog.resolve("items"))) {
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .sorted()
          .map(
              p -> {
                try {
                  return Files.readAllBytes(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static LoadResult load(Svcat svcat, Path catalog) {
    try {
      return svcat.load(catalog, ValidateOptions.DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder; the system cleans it eventually
    }
  }
}
