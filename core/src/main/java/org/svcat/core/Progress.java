package org.svcat.core;

/**
 * Told how far a long run has come: {@code done} of {@code total} files read (or rows, or files
 * written); {@code total} is negative while it is not known yet. Called from several threads at
 * once, so it must be thread-safe and cheap.
 */
@FunctionalInterface
public interface Progress {
  /** Tells nobody. */
  Progress NONE = (done, total) -> {};

  void update(long done, long total);
}
