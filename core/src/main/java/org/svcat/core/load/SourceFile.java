package org.svcat.core.load;

import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.CRC32C;
import org.svcat.core.yaml.SourceMap;

/**
 * A file of the catalog: its path relative to the catalog directory (with {@code /} separators), a
 * fingerprint of the bytes that were read and checked (and their sha256 when the load was asked for
 * it), and where each of its values stands.
 *
 * <p>The positions of a file that read cleanly are worked out only when something asks for them (a
 * finding or a change in it): a catalog of 100,000 items would otherwise hold a hundred million
 * pointers nobody reads. Nor are its bytes kept meanwhile (170 MB for 100,000 items): the file is
 * read again, and its positions are worked out only if it still holds the bytes that were checked
 * (the same length and CRC-32C). A file changed or removed since has no positions (everything in it
 * stands at line 1, column 1), so a position never points into text that svcat did not check. A
 * release's digest of its source is made of the sha256s.
 */
public final class SourceFile {
  private final String path;
  private final long fingerprint;
  private final byte[] sha256;
  private volatile SourceMap sourceMap;
  private Function<SourceFile, SourceMap> positions;

  /** A file whose positions are already known, and whose bytes are not known. */
  public SourceFile(String path, SourceMap sourceMap) {
    this(path, null, sourceMap);
  }

  /** A file read as bytes of digest {@code sha256} (or null), whose positions are already known. */
  SourceFile(String path, byte[] sha256, SourceMap sourceMap) {
    this.path = path;
    this.fingerprint = -1;
    this.sha256 = sha256;
    this.sourceMap = sourceMap;
  }

  /**
   * A file read as {@code bytes} (of which only a fingerprint is kept) of digest {@code sha256} (or
   * null), whose positions {@code positions} works out on first use (from the file read again: see
   * the class comment).
   */
  SourceFile(String path, byte[] bytes, byte[] sha256, Function<SourceFile, SourceMap> positions) {
    this.path = path;
    this.fingerprint = fingerprint(bytes);
    this.sha256 = sha256;
    this.positions = positions;
  }

  /** The length and CRC-32C of {@code bytes}, in one number (never negative). */
  private static long fingerprint(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return ((long) bytes.length << 32) | crc.getValue();
  }

  public String path() {
    return path;
  }

  /**
   * The sha256 (lower-case hex) of the bytes that were read and checked; empty unless the load kept
   * source digests ({@link org.svcat.core.ValidateOptions#sourceDigests}).
   */
  public Optional<String> sha256() {
    return sha256 == null ? Optional.empty() : Optional.of(HexFormat.of().formatHex(sha256));
  }

  /** Whether {@code bytes} are the bytes that were read and checked (by their fingerprint). */
  boolean checked(byte[] bytes) {
    return fingerprint >= 0 && fingerprint == fingerprint(bytes);
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
