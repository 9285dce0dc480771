package org.svcat.core.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.svcat.core.io.Digests;

/**
 * File names made from codes and ids that can never leave their directory: a code of letters,
 * digits, {@code _} and {@code -} is used as it is; anything else (a {@code ../}, a drive letter, a
 * NUL, a dot at the start, Chinese characters) becomes {@code x-} and a hash of it.
 */
final class SafeNames {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

  private SafeNames() {}

  static String of(String code) {
    if (SAFE.matcher(code).matches()) {
      return code;
    }
    return "x-" + sha256(code).substring(0, 24);
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(Digests.sha256(bytes));
  }

  /** The sha256 of {@code file} in hex, read in blocks. */
  static String sha256(Path file) throws IOException {
    return HexFormat.of().formatHex(Digests.sha256(file));
  }
}
