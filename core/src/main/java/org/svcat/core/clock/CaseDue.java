package org.svcat.core.clock;

import java.time.LocalDate;
import java.util.List;
import org.svcat.core.model.TimeLimit;

/**
 * The clock of one case: an item (or a situation of it) accepted on a day, as of another day.
 *
 * @param item the item's 实施编码
 * @param name the item's name
 * @param situation the situation's id, or null
 * @param accepted the day of acceptance (not counted)
 * @param today the day of the status
 * @param pauses periods when the clock stopped
 * @param promised the promised limit and its due day
 * @param legal the legal limit and its due day, or null when no statute sets one; its day is null
 *     when it falls in a year after the catalog's calendars (see {@link Due#missingCalendar})
 * @param remainingWorkingDays working days left until the promised due day (negative: late)
 * @param light the 红黄绿灯 status
 * @param legalOverdue true past the legal due day (false when that day lies in a year after the
 *     calendars: it is after today)
 */
public record CaseDue(
    String item,
    String name,
    String situation,
    LocalDate accepted,
    LocalDate today,
    List<Pause> pauses,
    Due promised,
    Due legal,
    int remainingWorkingDays,
    Light light,
    boolean legalOverdue) {
  public CaseDue {
    pauses = List.copyOf(pauses);
  }

  /** The year whose calendar the legal due day needs, or null when it was counted. */
  public Integer missingCalendar() {
    return legal == null ? null : legal.missingCalendar();
  }

  /**
   * A limit and the day it falls due.
   *
   * @param due the due day, or null when it falls in a year the catalog has no calendar for
   * @param missingCalendar that year, or null when the day was counted
   */
  public record Due(TimeLimit limit, LocalDate due, Integer missingCalendar) {
    public Due(TimeLimit limit, LocalDate due) {
      this(limit, due, null);
    }
  }
}
