package org.svcat.core.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.svcat.core.model.CalendarYear;

/**
 * The official working-day calendar: Monday to Friday are working days and weekends rest days,
 * except the statutory holidays (rest) and the weekend days worked by 调休 (work) of each year's
 * State Council notice. Asking about a year without a calendar throws {@link
 * MissingCalendarException}.
 */
public final class WorkingCalendar {
  private final Map<Integer, YearDays> years = new HashMap<>();

  private record YearDays(Set<LocalDate> rest, Set<LocalDate> work) {}

  private WorkingCalendar() {}

  /** The calendar of these years (one entry per year; later duplicates are ignored). */
  public static WorkingCalendar of(Collection<CalendarYear> calendars) {
    WorkingCalendar calendar = new WorkingCalendar();
    for (CalendarYear year : calendars) {
      calendar.years.putIfAbsent(
          year.year(), new YearDays(new HashSet<>(year.rest()), new HashSet<>(year.work())));
    }
    return calendar;
  }

  /** True when the calendar knows {@code year}. */
  public boolean covers(int year) {
    return years.containsKey(year);
  }

  /** True when {@code day} is a working day. */
  public boolean isWorkingDay(LocalDate day) {
    YearDays y = years.get(day.getYear());
    if (y == null) {
      throw new MissingCalendarException(day.getYear());
    }
    if (y.work.contains(day)) {
      return true;
    }
    if (y.rest.contains(day)) {
      return false;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /** True when {@code day} is a weekend day worked by 调休. */
  public boolean isMakeUpWorkingDay(LocalDate day) {
    YearDays y = years.get(day.getYear());
    return y != null && y.work.contains(day);
  }

  /** The first working day on or after {@code day}. */
  public LocalDate workingDayOnOrAfter(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
