package org.svcat.core.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import org.svcat.core.bundle.BundlePlan;
import org.svcat.core.bundle.BundlePlanner;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.Item;
import org.svcat.core.model.Situation;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.model.TimeUnit;

/**
 * Due dates and 红黄绿灯 status of cases, for items and bundles of one catalog, with the catalog's
 * working-day calendars and the policy's yellow threshold ({@code clock.yellowWithin}).
 *
 * <pre>{@code
 * CaseClock clock = CaseClock.of(catalog);
 * CaseDue due = clock.item("11510107MB1529310N4000125012000", null,
 *     LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-09"), List.of());
 * due.promised().due();   // 2026-10-10
 * due.light();            // YELLOW
 * }</pre>
 */
public final class CaseClock {
  private final Catalog catalog;
  private final DeadlineClock clock;

  private CaseClock(Catalog catalog) {
    this.catalog = catalog;
    this.clock = new DeadlineClock(WorkingCalendar.of(catalog.calendars()));
  }

  /** Where the catalog's calendars count days: China Standard Time. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /**
   * The day it is in China at {@code now}'s instant, whatever the zone of the machine: a server or
   * container on UTC is still on yesterday until 08:00 in China, when lights change.
   */
  public static LocalDate today(Clock now) {
    return LocalDate.ofInstant(now.instant(), CHINA);
  }

  /** The clock of {@code catalog}. */
  public static CaseClock of(Catalog catalog) {
    return new CaseClock(catalog);
  }

  public DeadlineClock deadlineClock() {
    return clock;
  }

  /** The item with this 实施编码. */
  public Item findItem(String code) {
    return catalog.items().stream()
        .filter(i -> i.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no item " + code));
  }

  /** The bundle with this id, if there is one. */
  public java.util.Optional<Bundle> findBundle(String id) {
    return catalog.bundles().stream().filter(b -> b.id().equals(id)).findFirst();
  }

  /**
   * The clock of a case of item {@code code} (in situation {@code situationId} when not null). On a
   * {@code today} before {@code accepted} the whole promise is left.
   *
   * @throws NoSuchElementException when there is no such item or situation
   * @throws MissingCalendarException when the promised due date, or the time left until it, needs a
   *     year without a calendar (a legal due date after the calendars is left uncounted instead:
   *     {@link CaseDue#missingCalendar})
   */
  public CaseDue item(
      String code, String situationId, LocalDate accepted, LocalDate today, List<Pause> pauses) {
    Item item = findItem(code);
    TimeLimit promised = item.deadline().promised();
    if (situationId != null) {
      Situation situation =
          item.situations().stream()
              .filter(s -> s.id().equals(situationId))
              .findFirst()
              .orElseThrow(
                  () ->
                      new NoSuchElementException(
                          "item " + code + " has no situation " + situationId));
      if (situation.promised() != null) {
        promised = situation.promised();
      }
    }
    LocalDate promisedDue = clock.due(accepted, promised, pauses);
    CaseDue.Due legal =
        item.deadline().legal() == null
            ? null
            : dueOrAfterCalendars(accepted, item.deadline().legal(), today, pauses);
    LocalDate from = started(accepted, today);
    int remaining = clock.remainingWorkingDays(from, promisedDue, pauses);
    return new CaseDue(
        item.code(),
        item.name(),
        situationId,
        accepted,
        today,
        pauses,
        new CaseDue.Due(promised, promisedDue),
        legal,
        remaining,
        light(from, promisedDue, pauses),
        legal != null && legal.due() != null && today.isAfter(legal.due()));
  }

  /**
   * The clock of a bundle case: its plan (critical path, saving, one set of materials) and the due
   * day of the bundle's promise.
   *
   * @throws MissingCalendarException as for {@link #item}; a critical path's due date after the
   *     calendars is left uncounted ({@link BundleDue#missingCalendar})
   */
  public BundleDue bundle(String id, LocalDate accepted, LocalDate today, List<Pause> pauses) {
    Bundle bundle = findBundle(id).orElseThrow(() -> new NoSuchElementException("no bundle " + id));
    BundlePlanner planner = new BundlePlanner(catalog.itemsByCode()::get);
    BundlePlan plan = planner.plan(bundle);
    LocalDate promisedDue = clock.due(accepted, bundle.promised(), pauses);
    TimeLimit critical =
        TimeLimit.of((int) Math.ceil(plan.criticalDays() - 1e-9), TimeUnit.WORKING_DAY);
    return new BundleDue(
        plan,
        BundlePlanner.materials(plan, catalog.materials()),
        accepted,
        today,
        pauses,
        new CaseDue.Due(bundle.promised(), promisedDue),
        dueOrAfterCalendars(accepted, critical, today, pauses),
        clock.remainingWorkingDays(started(accepted, today), promisedDue, pauses),
        light(started(accepted, today), promisedDue, pauses));
  }

  /**
   * {@code limit} and its due day, or no day when that falls in a year after {@code today}'s that
   * has no calendar: the status does not depend on it (a case is not past a day of a later year),
   * and a dashboard still shows the light of a case whose legal limit ends next year before the
   * State Council has published next year's holidays.
   */
  private CaseDue.Due dueOrAfterCalendars(
      LocalDate accepted, TimeLimit limit, LocalDate today, List<Pause> pauses) {
    try {
      return new CaseDue.Due(limit, clock.due(accepted, limit, pauses));
    } catch (MissingCalendarException e) {
      if (!today.isBefore(LocalDate.of(e.year(), 1, 1))) {
        throw e;
      }
      return new CaseDue.Due(limit, null, e.year());
    }
  }

  /**
   * The day the time left is counted from: {@code today}, or the day of acceptance when {@code
   * today} is before it (the clock has not started, so the whole promise is left).
   */
  private static LocalDate started(LocalDate accepted, LocalDate today) {
    return today.isBefore(accepted) ? accepted : today;
  }

  private Light light(LocalDate today, LocalDate due, List<Pause> pauses) {
    if (today.isAfter(due)) {
      return Light.RED;
    }
    TimeLimit yellow = catalog.policy().yellowWithin();
    long left = clock.remaining(today, due, pauses, yellow.unit());
    long threshold = yellow.unit() == TimeUnit.MONTH ? yellow.value() * 30L : yellow.value();
    return left <= threshold ? Light.YELLOW : Light.GREEN;
  }
}
