package org.svcat.core.publish;

import java.nio.file.Path;
import org.svcat.core.Progress;

/**
 * Options of {@code svcat publish}.
 *
 * @param dist the directory releases go to ({@code DIST/<id>/<version>/})
 * @param previous the previous catalog (a directory), for CHANGES.md and the version check; or null
 * @param signingKey an Ed25519 private key (PEM) to sign manifest.json with; or null
 * @param language language of CHANGES.md and of messages ({@code zh} by default)
 * @param sourceDateEpoch SOURCE_DATE_EPOCH (seconds), recorded as {@code created}; or null for none
 * @param progress told as the catalog's files are read and again as the release's files are written
 */
public record PublishOptions(
    Path dist,
    Path previous,
    Path signingKey,
    String language,
    Long sourceDateEpoch,
    Progress progress) {
  public PublishOptions {
    if (language == null) {
      language = "zh";
    }
    if (progress == null) {
      progress = Progress.NONE;
    }
  }

  /** Options without a progress bar. */
  public PublishOptions(
      Path dist, Path previous, Path signingKey, String language, Long sourceDateEpoch) {
    this(dist, previous, signingKey, language, sourceDateEpoch, Progress.NONE);
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
