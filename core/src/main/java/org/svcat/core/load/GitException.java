package org.svcat.core.load;

import java.io.IOException;
import java.util.List;
import org.svcat.core.finding.Messages;

/**
 * git could not give svcat a revision's files: it is missing, the revision or the path at it does
 * not exist, it failed (with its own first line of error output, in git's language), it took too
 * long, or it answered what svcat did not expect. {@link #getMessage()} is in English; {@link
 * #describe} says the same in the user's language.
 */
public final class GitException extends IOException {
  private static final long serialVersionUID = 1L;

  /** What went wrong; each is worded by {@code git.<kind>} in core's messages. */
  public enum Kind {
    /** git could not be started (not installed, or not on the PATH). */
    NOT_RUNNABLE,
    /** git ran and failed: the command and git's own first line. */
    FAILED,
    /** git did not finish in time: the command and the seconds waited. */
    TIMEOUT,
    /** svcat was interrupted while git ran: the command. */
    INTERRUPTED,
    /** git answered something svcat could not read: the answer. */
    UNEXPECTED,
    /** The repository has no such revision: the revision. */
    NO_REVISION,
    /** The revision has no such path: the revision and the path. */
    NO_PATH
  }

  private final Kind kind;
  private final List<String> args;

  GitException(Kind kind, Throwable cause, String... args) {
    super(describe(Messages.forLanguage("en"), kind, List.of(args)), cause);
    this.kind = kind;
    this.args = List.of(args);
  }

  public Kind kind() {
    return kind;
  }

  /** For {@link Kind#FAILED}: git's own words, as it wrote them; otherwise null. */
  public String gitMessage() {
    return kind == Kind.FAILED ? args.get(1) : null;
  }

  /** The message in the language of {@code messages}. */
  public String describe(Messages messages) {
    return describe(messages, kind, args);
  }

  private static String describe(Messages messages, Kind kind, List<String> args) {
    return messages.format("git." + kind.name().toLowerCase(java.util.Locale.ROOT), args.toArray());
  }
}
