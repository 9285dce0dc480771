package org.svcat.core.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.model.Catalog;
import org.svcat.core.report.due.DueFormat;
import org.svcat.core.testing.Fixtures;

/**
 * Cases whose dates reach a year the catalog has no calendar for (the reference catalog has 2025
 * and 2026): what can be counted is, and the status with it.
 */
class CaseClockTest {
  /** 10 工作日 promised, 20 法定. */
  private static final String SUBSIDY = "11510107MB152928814000508017000";

  private static Catalog load(Path dir) throws IOException {
    return Svcat.create().load(dir, ValidateOptions.DEFAULT).catalog();
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void todayIsTheDayInChinaWhateverTheMachinesZone() {
    ZoneId utc = ZoneOffset.UTC;
    // 20:00 UTC on 6 December is 04:00 on 7 December in China
    assertThat(CaseClock.today(Clock.fixed(Instant.parse("2026-12-06T20:00:00Z"), utc)))
        .isEqualTo(d("2026-12-07"));
    assertThat(CaseClock.today(Clock.fixed(Instant.parse("2026-12-06T15:59:59Z"), utc)))
        .isEqualTo(d("2026-12-06"));
    assertThat(
            CaseClock.today(
                Clock.fixed(Instant.parse("2026-12-06T16:00:00Z"), ZoneId.of("America/New_York"))))
        .isEqualTo(d("2026-12-07"));
  }

  @Test
  void aLegalDueDayInAYearWithoutACalendarIsLeftUncountedAndTheLightStillShows()
      throws IOException {
    CaseClock clock = CaseClock.of(load(Fixtures.repositoryRoot().resolve("catalog")));
    CaseDue due = clock.item(SUBSIDY, null, d("2026-12-04"), d("2026-12-17"), List.of());

    assertThat(due.promised().due()).isEqualTo(d("2026-12-18"));
    assertThat(due.remainingWorkingDays()).isEqualTo(1);
    assertThat(due.light()).isEqualTo(Light.YELLOW);
    assertThat(due.legal().limit().value()).isEqualTo(20);
    assertThat(due.legal().due()).isNull();
    assertThat(due.missingCalendar()).isEqualTo(2027);
    assertThat(due.legalOverdue()).as("a day of 2027 is after 2026-12-17").isFalse();

    CaseDue counted = clock.item(SUBSIDY, null, d("2026-11-02"), d("2026-11-03"), List.of());
    assertThat(counted.legal().due()).isEqualTo(d("2026-11-30"));
    assertThat(counted.missingCalendar()).isNull();
  }

  @Test
  void thePromisedDueDayOrTodayInAYearWithoutACalendarStillFails() throws IOException {
    CaseClock clock = CaseClock.of(load(Fixtures.repositoryRoot().resolve("catalog")));
    // the light needs the promised due day
    assertThatThrownBy(() -> clock.item(SUBSIDY, null, d("2026-12-21"), d("2026-12-22"), List.of()))
        .isInstanceOf(MissingCalendarException.class);
    // on a day of 2027 the legal due day may be past: it is not taken as not overdue
    assertThatThrownBy(() -> clock.item(SUBSIDY, null, d("2026-12-04"), d("2027-01-04"), List.of()))
        .isInstanceOf(MissingCalendarException.class)
        .satisfies(e -> assertThat(((MissingCalendarException) e).year()).isEqualTo(2027));
  }

  @Test
  void aBundlesCriticalPathDueInAYearWithoutACalendarIsLeftUncounted(@TempDir Path temp)
      throws IOException {
    Fixtures.copyTree(Fixtures.repositoryRoot().resolve("catalog"), temp);
    // a promise shorter than the critical path of 5 工作日 (bundle-promise-infeasible)
    Path bundle = temp.resolve("bundles/open-restaurant.yaml");
    String text = Files.readString(bundle);
    assertThat(text).contains("promised: {value: 5, unit: 工作日}");
    Files.writeString(
        bundle, text.replace("promised: {value: 5, unit: 工作日}", "promised: {value: 3, unit: 工作日}"));
    CaseClock clock = CaseClock.of(load(temp));

    // accepted Friday 2026-12-25: 12-28, 12-29, 12-30 promised; the path's 5th day is in 2027
    BundleDue due = clock.bundle("open-restaurant", d("2026-12-25"), d("2026-12-28"), List.of());
    assertThat(due.promised().due()).isEqualTo(d("2026-12-30"));
    assertThat(due.light()).isNotNull();
    assertThat(due.criticalPath().due()).isNull();
    assertThat(due.missingCalendar()).isEqualTo(2027);

    StringWriter json = new StringWriter();
    DueFormat.JSON.renderer("en", false).render(due, json);
    assertThat(json.toString())
        .contains("\"due\": \"2026-12-30\"")
        .containsPattern(
            "\"criticalPath\": \\{\\s+\"days\": 5,\\s+\"due\": null,\\s+\"missingCalendar\": 2027");
    StringWriter clerk = new StringWriter();
    DueFormat.TEXT.renderer("zh", false).render(due, clerk);
    assertThat(clerk.toString()).contains("关键路径  5 工作日    2027 年或之后：缺少该年工作日历，未计算");
  }
}
