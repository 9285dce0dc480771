package org.svcat.core.load;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import org.svcat.core.yaml.SourceMap;

/**
 * A file of the catalog: its path relative to the catalog directory (with {@code /} separators),
 * the sha256 of the bytes that were read and checked, and where each of its values stands.
 *
 * <p>The positions of a file that read cleanly are worked out only when something asks for them (a
 * finding or a change in it): a catalog of 100,000 items would otherwise hold a hundred million
 * pointers nobody reads. Nor are its bytes kept meanwhile (170 MB for 100,000 items): the file is
 * read again, and its positions are worked out only if it still holds the bytes that were checked.
 * A file changed or removed since has no positions (everything in it stands at line 1, column 1),
 * so a position never points into text that svcat did not check. A release's digest of its source
 * is made of the same sha256s.
 */
public final class SourceFile {
  private final String path;
  private final byte[] sha256;
  private volatile SourceMap sourceMap;
  private Function<SourceFile, SourceMap> positions;

  /** A file whose positions are already known, and whose bytes are not known. */
  public SourceFile(String path, SourceMap sourceMap) {
    this(path, null, sourceMap);
  }

  /** A file read as bytes of digest {@code sha256}, whose positions are already known. */
  SourceFile(String path, byte[] sha256, SourceMap sourceMap) {
    this.path = path;
    this.sha256 = sha256;
    this.sourceMap = sourceMap;
  }

  /**
   * A file read as bytes of digest {@code sha256}, whose positions {@code positions} works out on
   * first use (from the file read again: see the class comment).
   */
  SourceFile(String path, byte[] sha256, Function<SourceFile, SourceMap> positions) {
    this.path = path;
    this.sha256 = sha256;
    this.positions = positions;
  }

  public String path() {
    return path;
  }

  /** The sha256 (lower-case hex) of the bytes that were read and checked; empty when not known. */
  public Optional<String> sha256() {
    return sha256 == null ? Optional.empty() : Optional.of(HexFormat.of().formatHex(sha256));
  }

  /** Whether {@code digest} is the sha256 of the bytes that were read and checked. */
  boolean checked(byte[] digest) {
    return sha256 != null && Arrays.equals(sha256, digest);
  }

  /** Where each value of the file stands. */
  public SourceMap sourceMap() {
    SourceMap map = sourceMap;
    if (map == null) {
      synchronized (this) {
        map = sourceMap;
        if (map == null) {
          map = positions.apply(this);
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
