package org.svcat.core.clock;

import org.svcat.core.model.TimeLimit;
import org.svcat.core.model.TimeUnit;

/**
 * The declared conversions between deadline units (reference/clock.md): for checks, 5 工作日 = 7 自然日
 * and 1 月 = 30 自然日; for ratios, 1 月 = 22 工作日 and 7 自然日 = 5 工作日. Every message that compares limits
 * in different units names the conversion it applied.
 */
public final class UnitConversion {
  /** The conversion used when comparing limits, as quoted in messages. */
  public static final String CHECK_CONVERSION = "5 工作日 = 7 自然日, 1 月 = 30 自然日";

  /** The conversion used for ratios (compression), as quoted in messages. */
  public static final String RATIO_CONVERSION = "7 自然日 = 5 工作日, 1 月 = 22 工作日";

  private UnitConversion() {}

  /** {@code limit} in calendar days under the check conversion. */
  public static double calendarDays(TimeLimit limit) {
    return switch (limit.unit()) {
      case WORKING_DAY -> limit.value() * 7.0 / 5.0;
      case CALENDAR_DAY -> limit.value();
      case MONTH -> limit.value() * 30.0;
    };
  }

  /** {@code limit} in working days under the ratio conversion. */
  public static double workingDays(TimeLimit limit) {
    return switch (limit.unit()) {
      case WORKING_DAY -> limit.value();
      case CALENDAR_DAY -> limit.value() * 5.0 / 7.0;
      case MONTH -> limit.value() * 22.0;
    };
  }

  /**
   * Compares two limits: by value when they share a unit, else in calendar days under {@link
   * #CHECK_CONVERSION}. Negative when {@code a} is shorter.
   */
  public static int compare(TimeLimit a, TimeLimit b) {
    if (a.unit() == b.unit()) {
      return Integer.compare(a.value(), b.value());
    }
    return Double.compare(calendarDays(a), calendarDays(b));
  }

  /** True when comparing {@code a} and {@code b} needs a conversion. */
  public static boolean needsConversion(TimeLimit a, TimeLimit b) {
    return a.unit() != b.unit();
  }

  /** Formats a calendar-day figure without a needless fraction: 14, 4.2. */
  public static String format(double days) {
    if (days == Math.rint(days)) {
      return Long.toString((long) days);
    }
    return String.format(java.util.Locale.ROOT, "%.1f", days);
  }

  /** The unit's label, for messages. */
  public static String label(TimeUnit unit) {
    return unit.label();
  }
}
