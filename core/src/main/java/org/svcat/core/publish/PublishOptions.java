package org.svcat.core.publish;

import java.nio.file.Path;

/**
 * Options of {@code svcat publish}.
 *
 * @param dist the directory releases go to ({@code DIST/<id>/<version>/})
 * @param previous the previous catalog (a directory), for CHANGES.md and the version check; or null
 * @param signingKey an Ed25519 private key (PEM) to sign manifest.json with; or null
 * @param language language of CHANGES.md and of messages ({@code zh} by default)
 * @param sourceDateEpoch SOURCE_DATE_EPOCH (seconds), recorded as {@code created}; or null for none
 */
public record PublishOptions(
    Path dist, Path previous, Path signingKey, String language, Long sourceDateEpoch) {
  public PublishOptions {
    if (language == null) {
      language = "zh";
    }
  }

  /** The value of the SOURCE_DATE_EPOCH environment variable, if set to a number. */
  public static Long sourceDateEpochFromEnvironment() {
    String value = System.getenv("SOURCE_DATE_EPOCH");
    try {
      return value == null || value.isBlank() ? null : Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
