package org.svcat.core.diff;

/**
 * How serious a change is, ordered so that the worst wins: {@code INFO < WARN < ERR}. {@code ERR}
 * changes fail the diff at the default {@code --fail-on ERR} and require a major version bump.
 */
public enum ChangeLevel {
  INFO,
  WARN,
  ERR;

  /** True when this level is at or above {@code threshold}. */
  public boolean atLeast(ChangeLevel threshold) {
    return compareTo(threshold) >= 0;
  }
}
