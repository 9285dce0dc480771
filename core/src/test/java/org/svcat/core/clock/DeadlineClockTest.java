package org.svcat.core.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.model.TimeUnit;
import org.svcat.core.testing.Fixtures;

/**
 * The worked examples of reference/clock.md and holidays-CN.md, on the reference catalog's
 * calendars.
 */
class DeadlineClockTest {
  private static Catalog catalog;
  private static DeadlineClock clock;

  @BeforeAll
  static void load() throws IOException {
    catalog =
        Svcat.create()
            .load(Fixtures.repositoryRoot().resolve("catalog"), ValidateOptions.DEFAULT)
            .catalog();
    clock = new DeadlineClock(WorkingCalendar.of(catalog.calendars()));
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @ParameterizedTest(name = "{0} + {1} {2} = {3}")
  @CsvSource({
    // accepted 2026-09-30 + 3 工作日: 10-01..10-07 rest, 10-08, 10-09, 10-10 (Saturday worked by 调休)
    "2026-09-30, 3, 工作日, 2026-10-10",
    // accepted Friday 2026-09-18 + 2 工作日: 09-19 Saturday rest, 09-20 Sunday worked, 09-21 Monday
    "2026-09-18, 2, 工作日, 2026-09-21",
    // 15 自然日 from 2026-02-03 end on 02-18, inside the Spring Festival: moved to 02-24
    "2026-02-03, 15, 自然日, 2026-02-24",
    // 1 月 from 2026-01-31 ends on 2026-02-28 (no 02-31), a Saturday worked by 调休
    "2026-01-31, 1, 月, 2026-02-28",
    // 1 月 from 2025-12-31 ends 2026-01-31, a Saturday rest day: moved to Monday 02-02
    "2025-12-31, 1, 月, 2026-02-02",
    // the acceptance day is not counted, even on a working day
    "2026-03-02, 1, 工作日, 2026-03-03",
    // 即办: due the day of acceptance
    "2026-03-02, 0, 工作日, 2026-03-02",
    // across the New Year of 2026: 12-31 is a working day, 01-01..01-03 rest, 01-04 (Sunday) worked
    "2025-12-30, 2, 工作日, 2026-01-04",
    // 20 工作日 over the National Day holidays of 2025, counted by hand: 09-28 (Sunday worked) 1,
    // 09-29 2, 09-30 3, 10-01..10-08 rest, 10-09 4, 10-10 5, 10-11 (Saturday worked) 6, 10-13..17
    // 7-11, 10-20..24 12-16, 10-27..30 17-20
    "2025-09-26, 20, 工作日, 2025-10-30",
  })
  void workedExamples(String accepted, int value, String unit, String due) {
    TimeLimit limit = TimeLimit.of(value, TimeUnit.of(unit));
    assertThat(clock.due(d(accepted), limit)).isEqualTo(d(due));
  }

  @Test
  void aPauseOfThreeWorkingDaysMovesTheDueDateByThreeWorkingDays() {
    TimeLimit five = TimeLimit.of(5, TimeUnit.WORKING_DAY);
    LocalDate without = clock.due(d("2026-03-02"), five);
    LocalDate with =
        clock.due(d("2026-03-02"), five, List.of(Pause.parse("2026-03-04..2026-03-06")));
    assertThat(without).isEqualTo(d("2026-03-09"));
    assertThat(with).isEqualTo(d("2026-03-12"));
    assertThat(clock.remainingWorkingDays(without, with, List.of())).isEqualTo(3);
  }

  @Test
  void pausesOnRestDaysDoNotCountForWorkingDaysButDoForCalendarDays() {
    Pause weekend = Pause.parse("2026-03-07..2026-03-08");
    assertThat(clock.due(d("2026-03-02"), TimeLimit.of(5, TimeUnit.WORKING_DAY), List.of(weekend)))
        .isEqualTo(d("2026-03-09"));
    assertThat(clock.due(d("2026-03-02"), TimeLimit.of(7, TimeUnit.CALENDAR_DAY), List.of(weekend)))
        .isEqualTo(d("2026-03-11"));
  }

  @Test
  void aYearWithoutACalendarFailsNamingTheYear() {
    assertThatThrownBy(() -> clock.due(d("2026-12-20"), TimeLimit.of(20, TimeUnit.WORKING_DAY)))
        .isInstanceOf(MissingCalendarException.class)
        .hasMessageContaining("2027")
        .satisfies(e -> assertThat(((MissingCalendarException) e).year()).isEqualTo(2027));
    assertThatThrownBy(() -> clock.calendar().isWorkingDay(d("2024-06-03")))
        .isInstanceOf(MissingCalendarException.class)
        .hasMessageContaining("2024");
  }

  @Test
  void remainingDaysAndLights() {
    CaseClock cases = CaseClock.of(catalog);
    String food = "11510107MB1529310N4000125012000";
    CaseDue yellow = cases.item(food, null, d("2026-09-30"), d("2026-10-09"), List.of());
    assertThat(yellow.promised().due()).isEqualTo(d("2026-10-10"));
    assertThat(yellow.legal().due()).isEqualTo(d("2026-11-03"));
    assertThat(yellow.remainingWorkingDays()).isEqualTo(1);
    assertThat(yellow.light()).isEqualTo(Light.YELLOW);
    assertThat(yellow.legalOverdue()).isFalse();

    assertThat(cases.item(food, null, d("2026-09-30"), d("2026-09-30"), List.of()).light())
        .isEqualTo(Light.GREEN);
    assertThat(
            cases
                .item(food, null, d("2026-09-30"), d("2026-10-10"), List.of())
                .remainingWorkingDays())
        .isZero();
    CaseDue red = cases.item(food, null, d("2026-09-30"), d("2026-10-13"), List.of());
    assertThat(red.light()).isEqualTo(Light.RED);
    assertThat(red.remainingWorkingDays()).isEqualTo(-2);
    assertThat(red.legalOverdue()).isFalse();
    assertThat(cases.item(food, null, d("2026-09-30"), d("2026-11-04"), List.of()).legalOverdue())
        .isTrue();
  }

  @Test
  void beforeAcceptanceTheWholePromiseIsLeft() {
    CaseClock cases = CaseClock.of(catalog);
    String food = "11510107MB1529310N4000125012000";
    CaseDue onTheDay = cases.item(food, null, d("2026-09-30"), d("2026-09-30"), List.of());
    CaseDue before = cases.item(food, null, d("2026-09-30"), d("2026-09-01"), List.of());
    assertThat(before.today()).isEqualTo(d("2026-09-01"));
    assertThat(before.promised()).isEqualTo(onTheDay.promised());
    assertThat(before.remainingWorkingDays())
        .isEqualTo(onTheDay.remainingWorkingDays())
        .isEqualTo(onTheDay.promised().limit().value());
    assertThat(before.light()).isEqualTo(onTheDay.light());
    assertThat(before.legalOverdue()).isFalse();

    BundleDue bundleOnTheDay =
        cases.bundle("open-restaurant", d("2026-09-30"), d("2026-09-30"), List.of());
    BundleDue bundleBefore =
        cases.bundle("open-restaurant", d("2026-09-30"), d("2026-08-03"), List.of());
    assertThat(bundleBefore.remainingWorkingDays())
        .isEqualTo(bundleOnTheDay.remainingWorkingDays())
        .isEqualTo(bundleOnTheDay.promised().limit().value());
    assertThat(bundleBefore.light()).isEqualTo(bundleOnTheDay.light());
  }

  @Test
  void aSituationUsesItsOwnPromise() {
    CaseDue change =
        CaseClock.of(catalog)
            .item(
                "11510107MB1529310N4000125012000",
                "S2",
                d("2026-09-30"),
                d("2026-09-30"),
                List.of());
    assertThat(change.promised().limit().value()).isEqualTo(2);
    assertThat(change.promised().due()).isEqualTo(d("2026-10-09"));
  }
}
