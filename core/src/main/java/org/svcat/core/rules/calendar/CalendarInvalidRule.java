package org.svcat.core.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.CalendarYear;
import org.svcat.core.rules.Rule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * A working-day calendar contradicts itself (§6a of the catalog format): a date in both lists, a
 * date outside the file's year, a weekday listed as a make-up working day, or two files for one
 * year. Due dates computed from such a calendar would be wrong.
 */
@SvcatRule(id = "calendar-invalid", severity = Severity.ERROR)
public final class CalendarInvalidRule implements Rule {
  @Override
  public void check(RuleContext context) {
    Map<Integer, CalendarYear> years = new HashMap<>();
    for (CalendarYear year : context.catalog().calendars()) {
      CalendarYear first = years.putIfAbsent(year.year(), year);
      if (first != null) {
        context.reportVariant(
            year, "/year", "duplicate-year", year.year(), context.index().origin(first).path());
      }
      Set<LocalDate> rest = new HashSet<>(year.rest());
      check(context, year, year.rest(), "rest");
      check(context, year, year.work(), "work");
      for (int i = 0; i < year.work().size(); i++) {
        LocalDate day = year.work().get(i);
        if (rest.contains(day)) {
          context.reportVariant(year, "/work/" + i, "both", day);
        } else if (day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
          context.reportVariant(year, "/work/" + i, "weekday-work", day);
        }
      }
    }
  }

  private static void check(
      RuleContext context, CalendarYear year, List<LocalDate> days, String list) {
    for (int i = 0; i < days.size(); i++) {
      if (days.get(i).getYear() != year.year()) {
        context.reportVariant(year, "/" + list + "/" + i, "outside-year", days.get(i), year.year());
      }
    }
  }
}
