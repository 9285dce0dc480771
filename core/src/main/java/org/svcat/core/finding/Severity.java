package org.svcat.core.finding;

import java.util.Locale;

/** How serious a finding is. {@link #OFF} only appears in configuration: a rule turned off. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  OFF;

  /** The lower-case id used in files, flags and JSON: {@code error}, {@code warning}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when a finding of this severity is at or above {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return this != OFF && ordinal() <= threshold.ordinal();
  }

  /** Parses {@code error}, {@code warning}, {@code info} or {@code off} (any case). */
  public static Severity parse(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }
}
