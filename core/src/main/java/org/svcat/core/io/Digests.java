package org.svcat.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, which every JVM has. */
public final class Digests {
  /**
   * One digest per thread: the loader hashes every file of a catalog, and looking the algorithm up
   * among the security providers cost more than hashing a file.
   */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(Digests::newSha256);

  private Digests() {}

  /** A new SHA-256 digest. */
  public static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SHA-256 of {@code bytes}. */
  public static byte[] sha256(byte[] bytes) {
    return SHA256.get().digest(bytes);
  }

  /** The SHA-256 of {@code file}, read in blocks: a file of any size, in little memory. */
  public static byte[] sha256(Path file) throws IOException {
    MessageDigest digest = SHA256.get();
    digest.reset();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] block = new byte[64 * 1024];
      for (int n = in.read(block); n >= 0; n = in.read(block)) {
        digest.update(block, 0, n);
      }
    }
    return digest.digest();
  }
}
