package org.svcat.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Time limits as people write them in a service guide or a workbook. */
class TimeLimitTest {
  @Test
  void aLimitIsReadAsAServiceGuideWritesIt() {
    assertThat(TimeLimit.parse("20个工作日")).contains(TimeLimit.of(20, TimeUnit.WORKING_DAY));
    assertThat(TimeLimit.parse("20 工作日")).contains(TimeLimit.of(20, TimeUnit.WORKING_DAY));
    assertThat(TimeLimit.parse("１５日")).contains(TimeLimit.of(15, TimeUnit.CALENDAR_DAY));
    assertThat(TimeLimit.parse("15天")).contains(TimeLimit.of(15, TimeUnit.CALENDAR_DAY));
    assertThat(TimeLimit.parse("3个月")).contains(TimeLimit.of(3, TimeUnit.MONTH));
    assertThat(TimeLimit.parse("即办")).contains(TimeLimit.of(0, TimeUnit.WORKING_DAY));
    assertThat(TimeLimit.parse("5")).contains(TimeLimit.of(5, TimeUnit.WORKING_DAY));
  }

  @Test
  void whatIsNoLimitIsNotGuessedAt() {
    assertThat(TimeLimit.parse("很快")).isEmpty();
    assertThat(TimeLimit.parse("二十个工作日")).isEmpty();
    assertThat(TimeLimit.parse("20个工作日（不含专家评审）")).isEmpty();
    assertThat(TimeLimit.parse("123456个工作日")).isEmpty();
    assertThat(TimeLimit.parse("")).isEmpty();
  }
}
