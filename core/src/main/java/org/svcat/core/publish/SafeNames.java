package org.svcat.core.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.svcat.core.io.Digests;

/**
 * File names made from codes and ids that can never leave their directory: a code of letters,
 * digits, {@code _} and {@code -} is used as it is; anything else (a {@code ../}, a drive letter, a
 * NUL, a dot at the start, Chinese characters) becomes {@code x-} and a hash of it.
 */
final class SafeNames {
  private SafeNames() {}

  static String of(String code) {
    return safe(code) ? code : "x-" + sha256(code).substring(0, 24);
  }

  /**
   * Whether {@code code} is 1 to 128 ASCII letters, digits, {@code _} and {@code -}, starting with
   * a letter or digit ({@code [A-Za-z0-9][A-Za-z0-9_-]{0,127}}; a loop rather than a regular
   * expression, since publish names two files by each item's code).
   */
  static boolean safe(String code) {
    int n = code.length();
    if (n == 0 || n > 128) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      boolean alnum = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      if (!alnum && (i == 0 || c != '_' && c != '-')) {
        return false;
      }
    }
    return true;
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
