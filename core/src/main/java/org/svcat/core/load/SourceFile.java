package org.svcat.core.load;

import java.util.function.Supplier;
import org.svcat.core.yaml.SourceMap;

/**
 * A file of the catalog: its path relative to the catalog directory (with {@code /} separators) and
 * where each of its values stands.
 *
 * <p>The positions of a file that read cleanly are worked out only when something asks for them (a
 * finding or a change in it): a catalog of 100,000 items would otherwise hold a hundred million
 * pointers nobody reads. Until then the file keeps its bytes, so the positions always describe the
 * text that was checked, even if the file has changed on disk since.
 */
public final class SourceFile {
  private final String path;
  private volatile SourceMap sourceMap;
  private Supplier<SourceMap> positions;

  /** A file whose positions are already known. */
  public SourceFile(String path, SourceMap sourceMap) {
    this.path = path;
    this.sourceMap = sourceMap;
  }

  /** A file whose positions {@code positions} works out on first use. */
  SourceFile(String path, Supplier<SourceMap> positions) {
    this.path = path;
    this.positions = positions;
  }

  public String path() {
    return path;
  }

  /** Where each value of the file stands. */
  public SourceMap sourceMap() {
    SourceMap map = sourceMap;
    if (map == null) {
      synchronized (this) {
        map = sourceMap;
        if (map == null) {
          map = positions.get();
          sourceMap = map;
          positions = null;
        }
      }
    }
    return map;
  }

  @Override
  public String toString() {
    return "SourceFile[" + path + "]";
  }
}
