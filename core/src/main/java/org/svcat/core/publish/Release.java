package org.svcat.core.publish;

import java.nio.file.Path;
import java.util.Map;

/**
 * A published release.
 *
 * @param directory {@code DIST/<id>/<version>}
 * @param files sha256 of every file, by path relative to the release
 * @param manifestSha256 sha256 of manifest.json
 * @param unchanged true when an identical release was already there (nothing written)
 * @param signed true when manifest.sig was written
 */
public record Release(
    Path directory,
    Map<String, String> files,
    String manifestSha256,
    boolean unchanged,
    boolean signed) {
  public Release {
    files = Map.copyOf(files);
  }
}
