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
  private final boolean outsideRepository;

  GitException(Kind kind, Throwable cause, String... args) {
    this(kind, cause, List.of(args), false);
  }

  private GitException(Kind kind, Throwable cause, List<String> args, boolean outsideRepository) {
    super(describe(Messages.forLanguage("en"), kind, args), cause);
    this.kind = kind;
    this.args = args;
    this.outsideRepository = outsideRepository;
  }

  /** This failure, known to have happened outside any git repository (git said so by its exit). */
  GitException outside() {
    return new GitException(kind, getCause(), args, true);
  }

  public Kind kind() {
    return kind;
  }

  /**
   * Whether git was run outside any repository: asked of git by its exit code, since its words are
   * in its locale's language.
   */
  public boolean outsideRepository() {
    return outsideRepository;
  }

  /** The message in the language of {@code messages}. */
  public String describe(Messages messages) {
    return describe(messages, kind, args);
  }

  private static String describe(Messages messages, Kind kind, List<String> args) {
    return messages.format("git." + kind.name().toLowerCase(java.util.Locale.ROOT), args.toArray());
  }
}
