package org.svcat.core.publish;

import java.util.Locale;
import org.svcat.core.ValidationReport;
import org.svcat.core.diff.DiffReport;
import org.svcat.core.finding.Messages;

/**
 * Why a catalog was not published. Nothing was written, and earlier releases are untouched. {@link
 * #getMessage()} says why in English; {@link #describe} says it in the user's language.
 */
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

  PublishException(Reason reason, String subject, ValidationReport findings, DiffReport diff) {
    super(describe(Messages.forLanguage("en"), reason, subject));
    this.reason = reason;
    this.subject = subject;
    this.findings = findings;
    this.diff = diff;
  }

  public Reason reason() {
    return reason;
  }

  /**
   * What the refusal is about: the release's folder ({@link Reason#VERSION_EXISTS}), DIST or
   * DIST/&lt;id&gt;, a link or no folder ({@link Reason#UNSAFE_TARGET}), the previous version
   * ({@link Reason#VERSION_BUMP_REQUIRED}); null for {@link Reason#FINDINGS}.
   */
  public String subject() {
    return subject;
  }

  /** The refusal in the language of {@code messages}. */
  public String describe(Messages messages) {
    return describe(messages, reason, subject);
  }

  private static String describe(Messages messages, Reason reason, String subject) {
    return messages.format("publish.refused." + reason.name().toLowerCase(Locale.ROOT), subject);
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
