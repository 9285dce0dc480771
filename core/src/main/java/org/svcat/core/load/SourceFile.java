package org.svcat.core.load;

import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.function.Function;
import org.svcat.core.yaml.SourceMap;

/**
 * A file of the catalog: its path relative to the catalog directory (with {@code /} separators),
 * the bytes that were read and checked, and where each of its values stands.
 *
 * <p>The positions of a file that read cleanly are worked out only when something asks for them (a
 * finding or a change in it): a catalog of 100,000 items would otherwise hold a hundred million
 * pointers nobody reads. They are worked out from the bytes that were checked, so the positions
 * always describe that text, even if the file has changed on disk since; a release's digest of its
 * source is taken from the same bytes.
 */
public final class SourceFile {
  private final String path;
  private final byte[] content;
  private volatile SourceMap sourceMap;
  private Function<byte[], SourceMap> positions;

  /** A file whose positions are already known and whose bytes are not kept. */
  public SourceFile(String path, SourceMap sourceMap) {
    this(path, null, sourceMap);
  }

  /** A file read as {@code content}, whose positions are already known. */
  SourceFile(String path, byte[] content, SourceMap sourceMap) {
    this.path = path;
    this.content = content;
    this.sourceMap = sourceMap;
  }

  /** A file read as {@code content}, whose positions {@code positions} works out on first use. */
  SourceFile(String path, byte[] content, Function<byte[], SourceMap> positions) {
    this.path = path;
    this.content = content;
    this.positions = positions;
  }

  public String path() {
    return path;
  }

  /** The bytes that were read and checked, read-only; empty when they were not kept. */
  public Optional<ByteBuffer> content() {
    return content == null
        ? Optional.empty()
        : Optional.of(ByteBuffer.wrap(content).asReadOnlyBuffer());
  }

  /** Where each value of the file stands. */
  public SourceMap sourceMap() {
    SourceMap map = sourceMap;
    if (map == null) {
      synchronized (this) {
        map = sourceMap;
        if (map == null) {
          map = positions.apply(content);
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
