package org.svcat.core.clock;

import java.time.LocalDate;
import java.util.List;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.model.TimeUnit;

/**
 * Due dates under the statutory clock (reference/clock.md; 民法典 第二百零一条 to 第二百零三条; 行政许可法 第八十二条): the
 * day of acceptance is not counted; 工作日 count working days only (make-up days included); a period
 * in 自然日 or 月 that ends on a rest day ends on the next working day; a month ends on the
 * corresponding day, or the month's last day. Days inside pauses are not counted.
 */
public final class DeadlineClock {
  /** A safety bound: no limit in a catalog runs for longer than this many days. */
  private static final int MAX_DAYS = 20 * 366;

  private final WorkingCalendar calendar;

  public DeadlineClock(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * The last day of {@code limit} counted from {@code accepted}, with the clock stopped during
   * {@code pauses}. A limit of 0 is due the day of acceptance (即办).
   *
   * @throws MissingCalendarException when the count reaches a year without a calendar
   */
  public LocalDate due(LocalDate accepted, TimeLimit limit, List<Pause> pauses) {
    return switch (limit.unit()) {
      case WORKING_DAY -> addWorkingDays(accepted, limit.value(), pauses);
      case CALENDAR_DAY ->
          calendar.workingDayOnOrAfter(addCountedDays(accepted, limit.value(), pauses));
      case MONTH -> {
        LocalDate end = accepted.plusMonths(limit.value());
        long paused = pausedDays(accepted, end, pauses);
        yield calendar.workingDayOnOrAfter(addCountedDays(end, (int) paused, pauses));
      }
    };
  }

  /** The last day of {@code limit} from {@code accepted}, without pauses. */
  public LocalDate due(LocalDate accepted, TimeLimit limit) {
    return due(accepted, limit, List.of());
  }

  /**
   * Working days left on {@code today} until {@code due}: the working days after today up to and
   * including the due day, pauses excepted. Negative when the due day has passed (how many working
   * days late), 0 on the due day itself.
   */
  public int remainingWorkingDays(LocalDate today, LocalDate due, List<Pause> pauses) {
    if (!today.isAfter(due)) {
      return countWorkingDays(today, due, pauses);
    }
    return -countWorkingDays(due, today, pauses);
  }

  /**
   * Calendar days left on {@code today} until {@code due} (negative when late), pauses excepted.
   */
  public long remainingCalendarDays(LocalDate today, LocalDate due, List<Pause> pauses) {
    if (!today.isAfter(due)) {
      return countCalendarDays(today, due, pauses);
    }
    return -countCalendarDays(due, today, pauses);
  }

  /** The remaining time in {@code unit} (months count as calendar days). */
  public long remaining(LocalDate today, LocalDate due, List<Pause> pauses, TimeUnit unit) {
    return unit == TimeUnit.WORKING_DAY
        ? remainingWorkingDays(today, due, pauses)
        : remainingCalendarDays(today, due, pauses);
  }

  private LocalDate addWorkingDays(LocalDate start, int days, List<Pause> pauses) {
    LocalDate d = start;
    int counted = 0;
    int steps = 0;
    while (counted < days) {
      d = d.plusDays(1);
      guard(++steps);
      if (calendar.isWorkingDay(d) && !paused(d, pauses)) {
        counted++;
      }
    }
    return d;
  }

  private LocalDate addCountedDays(LocalDate start, int days, List<Pause> pauses) {
    LocalDate d = start;
    int counted = 0;
    int steps = 0;
    while (counted < days) {
      d = d.plusDays(1);
      guard(++steps);
      if (!paused(d, pauses)) {
        counted++;
      }
    }
    return d;
  }

  private int countWorkingDays(LocalDate after, LocalDate upTo, List<Pause> pauses) {
    int n = 0;
    for (LocalDate d = after.plusDays(1); !d.isAfter(upTo); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d) && !paused(d, pauses)) {
        n++;
      }
    }
    return n;
  }

  private long countCalendarDays(LocalDate after, LocalDate upTo, List<Pause> pauses) {
    long n = 0;
    for (LocalDate d = after.plusDays(1); !d.isAfter(upTo); d = d.plusDays(1)) {
      if (!paused(d, pauses)) {
        n++;
      }
    }
    return n;
  }

  private static long pausedDays(LocalDate after, LocalDate upTo, List<Pause> pauses) {
    long n = 0;
    for (LocalDate d = after.plusDays(1); !d.isAfter(upTo); d = d.plusDays(1)) {
      if (paused(d, pauses)) {
        n++;
      }
    }
    return n;
  }

  private static boolean paused(LocalDate day, List<Pause> pauses) {
    for (Pause p : pauses) {
      if (p.contains(day)) {
        return true;
      }
    }
    return false;
  }

  private static void guard(int steps) {
    if (steps > MAX_DAYS) {
      throw new IllegalArgumentException("a limit longer than " + MAX_DAYS + " days");
    }
  }
}
