package org.svcat.core.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDayTest {
  @ParameterizedTest
  @ValueSource(strings = {"2026-09-30", "2028-02-29", "0001-01-01", "9999-12-31"})
  void aDayWrittenYyyyMmDdIsThatDay(String text) {
    assertThat(IsoDay.parse(text)).isEqualTo(LocalDate.parse(text));
  }

  /** LocalDate.parse takes the first one, after which a clock cannot count a day (a crash once). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "+999999999-12-31",
        "-0001-01-01",
        "+10000-01-01",
        "2026-1-5",
        "2026-02-30",
        "2027-02-29",
        "2026-09-30 ",
        "20260930"
      })
  void anythingElseIsRefused(String text) {
    assertThatThrownBy(() -> IsoDay.parse(text)).isInstanceOf(DateTimeParseException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-10-01..+999999999-12-31", "2026-10-01..2026-10-1"})
  void aPauseTakesItsDaysTheSameWay(String text) {
    assertThatThrownBy(() -> Pause.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
