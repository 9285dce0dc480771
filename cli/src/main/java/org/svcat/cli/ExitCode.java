package org.svcat.cli;

/** The exit codes of every svcat command (§8 of the catalog format). */
public final class ExitCode {
  /** Clean: nothing at or above the fail level. */
  public static final int OK = 0;

  /** Findings, changes or a failed verification at or above the fail level. */
  public static final int FINDINGS = 1;

  /** Usage error: a bad flag or a missing path. */
  public static final int USAGE = 2;

  /** Internal error: a bug in svcat. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
