package org.svcat.core.model;

import java.util.Objects;

/**
 * A time limit: a value in a unit, e.g. 20 工作日. {@code basis} names the statute that sets it, where
 * the catalog gives one.
 */
public record TimeLimit(int value, TimeUnit unit, String basis) {
  public TimeLimit {
    Objects.requireNonNull(unit, "unit");
    if (value < 0) {
      throw new IllegalArgumentException("a time limit cannot be negative: " + value);
    }
  }

  /** A limit without a cited basis. */
  public static TimeLimit of(int value, TimeUnit unit) {
    return new TimeLimit(value, unit, null);
  }

  @Override
  public String toString() {
    return value + " " + unit.label();
  }
}
