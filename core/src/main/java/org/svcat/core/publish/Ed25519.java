package org.svcat.core.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.svcat.core.io.UnusableFileException;

/**
 * Ed25519 keys in PEM (PKCS#8 private key, X.509 public key) and signatures, with the JDK's own
 * EdDSA. Signatures are deterministic: the same manifest and key give the same signature.
 */
public final class Ed25519 {
  private static final String ALGORITHM = "Ed25519";

  private Ed25519() {}

  /** A new key pair. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes {@code pair} as {@code name.key} (private) and {@code name.pub} (public) in {@code dir}.
   */
  public static void write(KeyPair pair, Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    Path privateKey = dir.resolve(name + ".key");
    Files.writeString(
        privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
    try {
      Files.setPosixFilePermissions(
          privateKey, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system (Windows): the file inherits the folder's permissions
    }
    Files.writeString(
        dir.resolve(name + ".pub"),
        pem("PUBLIC KEY", pair.getPublic().getEncoded()),
        StandardCharsets.US_ASCII);
  }

  public static PrivateKey readPrivate(Path file) throws IOException {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePrivate(new PKCS8EncodedKeySpec(der(file, "PRIVATE KEY")));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new UnusableFileException("error.not-a-private-key", file, 0, 0, null, e);
    }
  }

  public static PublicKey readPublic(Path file) throws IOException {
    try {
      return KeyFactory.getInstance(ALGORITHM)
          .generatePublic(new X509EncodedKeySpec(der(file, "PUBLIC KEY")));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new UnusableFileException("error.not-a-public-key", file, 0, 0, null, e);
    }
  }

  public static byte[] sign(PrivateKey key, byte[] data) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initSign(key);
      s.update(data);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
    try {
      Signature s = Signature.getInstance(ALGORITHM);
      s.initVerify(key);
      s.update(data);
      return s.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  /** The bytes of the PEM block {@code type}; IllegalArgumentException when there is none. */
  private static byte[] der(Path file, String type) throws IOException {
    // ISO-8859-1 reads any bytes: a file that is no key (or is in UTF-16) has no block, no crash
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("no " + begin + " block");
    }
    return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
  }
}
