package org.svcat.core.clock;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A period, both ends included, during which the clock stops: a special procedure (行政许可法 第四十五条) or
 * time waiting for the applicant's corrections (补正).
 */
public record Pause(LocalDate from, LocalDate to) {
  public Pause {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a pause ends before it starts: " + from + ".." + to);
    }
  }

  /** Parses {@code FROM..TO}, e.g. {@code 2026-10-12..2026-10-14}. */
  public static Pause parse(String text) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException(
          "a pause is FROM..TO, e.g. 2026-10-12..2026-10-14: " + text);
    }
    try {
      return new Pause(
          IsoDay.parse(text.substring(0, dots).trim()),
          IsoDay.parse(text.substring(dots + 2).trim()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "a pause is FROM..TO with dates as YYYY-MM-DD: " + text, e);
    }
  }

  /** True when {@code day} falls in this pause. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
