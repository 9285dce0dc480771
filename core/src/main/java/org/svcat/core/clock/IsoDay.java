package org.svcat.core.clock;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * A day as a clerk types it: {@code YYYY-MM-DD}, with a year of four digits. {@link
 * LocalDate#parse} also takes {@code +999999999-12-31}, the last day {@link LocalDate} holds, from
 * which no clock can count a single day on.
 */
public final class IsoDay {
  private static final DateTimeFormatter FORMAT =
      new DateTimeFormatterBuilder()
          .appendValue(ChronoField.YEAR, 4)
          .appendLiteral('-')
          .appendValue(ChronoField.MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .toFormatter()
          .withResolverStyle(ResolverStyle.STRICT);

  private IsoDay() {}

  /**
   * The day {@code text} names.
   *
   * @throws java.time.format.DateTimeParseException when it is not a day written YYYY-MM-DD
   */
  public static LocalDate parse(CharSequence text) {
    return LocalDate.parse(text, FORMAT);
  }
}
