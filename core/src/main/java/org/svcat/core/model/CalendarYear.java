package org.svcat.core.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of the official working-day calendar: weekdays that are rest days, and weekend days that
 * are working days (调休上班).
 */
public record CalendarYear(int year, List<LocalDate> rest, List<LocalDate> work) {
  public CalendarYear {
    rest = Lists.copy(rest);
    work = Lists.copy(work);
  }
}
