package org.svcat.cli;

/** A usage error found while running a command (a missing path, a non-empty target): exit 2. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
