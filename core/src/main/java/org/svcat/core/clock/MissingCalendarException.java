package org.svcat.core.clock;

/**
 * A computation reached a year for which the catalog has no working-day calendar. svcat never
 * guesses weekends-only for such a year: only the official calendar tells the holidays.
 */
public final class MissingCalendarException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int year;

  public MissingCalendarException(int year) {
    super("no working-day calendar for " + year + ": add calendars/CN-" + year + ".yaml");
    this.year = year;
  }

  /** The message in the user's language. */
  public String describe(org.svcat.core.finding.Messages messages) {
    return describe(messages, year);
  }

  /** That {@code year} has no calendar, in the language of {@code messages}. */
  public static String describe(org.svcat.core.finding.Messages messages, int year) {
    return messages.format("error.missing-calendar", year);
  }

  /** The year without a calendar. */
  public int year() {
    return year;
  }
}
