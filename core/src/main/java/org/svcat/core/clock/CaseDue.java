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
 * @param legal the legal limit and its due day, or null when no statute sets one
 * @param remainingWorkingDays working days left until the promised due day (negative: late)
 * @param light the 红黄绿灯 status
 * @param legalOverdue true past the legal due day
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

  /** A limit and the day it falls due. */
  public record Due(TimeLimit limit, LocalDate due) {}
}
