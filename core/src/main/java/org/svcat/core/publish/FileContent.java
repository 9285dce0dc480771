package org.svcat.core.publish;

import java.io.IOException;
import java.io.OutputStream;

/**
 * What a file of a release holds, written to its stream: a release's largest files (catalog.json,
 * the guide's index page) are written as they are made, never held in memory whole.
 */
@FunctionalInterface
interface FileContent {
  void writeTo(OutputStream out) throws IOException;

  /** Content that is already in memory (most files of a release: an item's JSON, a page). */
  static FileContent of(byte[] bytes) {
    return new Bytes(bytes);
  }

  /** Content in memory, which is written and hashed in one piece. */
  record Bytes(byte[] bytes) implements FileContent {
    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(bytes);
    }
  }
}
