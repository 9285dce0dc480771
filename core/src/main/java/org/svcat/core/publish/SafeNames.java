package org.svcat.core.publish;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

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
    return sha256(ByteBuffer.wrap(bytes));
  }

  static String sha256(ByteBuffer bytes) {
    MessageDigest digest = sha256Digest();
    digest.update(bytes);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A new SHA-256 digest (every JVM has one). */
  static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
