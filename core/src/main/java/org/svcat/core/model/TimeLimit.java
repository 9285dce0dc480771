package org.svcat.core.model;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit: a value in a unit, e.g. 20 工作日. {@code basis} names the statute that sets it, where
 * the catalog gives one.
 */
public record TimeLimit(int value, TimeUnit unit, String basis) {
  private static final Pattern TEXT = Pattern.compile("(\\d{1,5})个?(工作日|自然日|日|天|月)");
  private static final Pattern IMMEDIATE = Pattern.compile("即办|即时办结|当场办结|立即办结|当场办理");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,5}");

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

  /**
   * A limit as people write it in a service guide or a workbook: {@code 20个工作日}, {@code 20工作日},
   * {@code 15日} or {@code 15天} (calendar days), {@code 3个月}, {@code 即办} (0 working days), a bare
   * number (working days); full-width digits and spaces are read as ASCII ones (Unicode NFKC).
   */
  public static Optional<TimeLimit> parse(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
    if (IMMEDIATE.matcher(t).matches()) {
      return Optional.of(of(0, TimeUnit.WORKING_DAY));
    }
    if (NUMBER.matcher(t).matches()) {
      return Optional.of(of(Integer.parseInt(t), TimeUnit.WORKING_DAY));
    }
    Matcher m = TEXT.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    TimeUnit unit =
        switch (m.group(2)) {
          case "工作日" -> TimeUnit.WORKING_DAY;
          case "月" -> TimeUnit.MONTH;
          default -> TimeUnit.CALENDAR_DAY;
        };
    return Optional.of(of(Integer.parseInt(m.group(1)), unit));
  }

  @Override
  public String toString() {
    return value + " " + unit.label();
  }
}
