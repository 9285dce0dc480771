package org.svcat.core.publish;

import org.svcat.core.ValidationReport;
import org.svcat.core.diff.DiffReport;

/** Why a catalog was not published. Nothing was written, and earlier releases are untouched. */
public final class PublishException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The reasons publish refuses. */
  public enum Reason {
    /** The catalog has error-level findings. */
    FINDINGS,
    /** The version exists in DIST with different content. */
    VERSION_EXISTS,
    /** ERR-level changes since --previous without a major version bump. */
    VERSION_BUMP_REQUIRED,
    /** DIST or a directory in it is a symbolic link, or not a directory. */
    UNSAFE_TARGET
  }

  private final Reason reason;
  private final String subject;
  private final transient ValidationReport findings;
  private final transient DiffReport diff;

  PublishException(
      Reason reason, String message, String subject, ValidationReport findings, DiffReport diff) {
    super(message);
    this.reason = reason;
    this.subject = subject;
    this.findings = findings;
    this.diff = diff;
  }

  public Reason reason() {
    return reason;
  }

  /**
   * What the refusal is about, for a message in the user's language: the release's folder ({@link
   * Reason#VERSION_EXISTS}), DIST or DIST/&lt;id&gt;, a link or no folder ({@link
   * Reason#UNSAFE_TARGET}), the previous version ({@link Reason#VERSION_BUMP_REQUIRED}); null for
   * {@link Reason#FINDINGS}. {@link #getMessage()} says the same in English.
   */
  public String subject() {
    return subject;
  }

  /** The validation report, when the reason is {@link Reason#FINDINGS}. */
  public ValidationReport findings() {
    return findings;
  }

  /** The changes since --previous, when the reason is {@link Reason#VERSION_BUMP_REQUIRED}. */
  public DiffReport diff() {
    return diff;
  }
}
