package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.svcat.core.Progress;

class ProgressBarTest {
  private final StringWriter err = new StringWriter();
  private final AtomicLong nanos = new AtomicLong();
  private final ProgressBar bar = new ProgressBar(new PrintWriter(err), nanos::get, "files");

  @Test
  void quietDuringTheFirstSecondThenThrottledThenErased() {
    bar.update(10, 100);
    nanos.set(900_000_000L);
    bar.update(20, 100);
    assertThat(err.toString()).as("a run under a second shows nothing").isEmpty();

    nanos.set(1_100_000_000L);
    bar.update(50, 100);
    assertThat(err.toString()).isEqualTo("\r[###############               ]  50% 50/100 files");
    nanos.set(1_150_000_000L);
    bar.update(60, 100);
    assertThat(err.toString()).as("at most ten redraws a second").endsWith("50/100 files");
    nanos.set(1_250_000_000L);
    bar.update(70, 100);
    assertThat(err.toString()).endsWith("70/100 files");

    bar.update(100, 100);
    String line = "[#####################         ]  70% 70/100 files";
    assertThat(err.toString()).endsWith(line + "\r" + " ".repeat(line.length()) + "\r");
  }

  @Test
  void aCountWhileTheTotalIsUnknownThenTheBarAndEachLineCoversTheLast() {
    ProgressBar rows = new ProgressBar(new PrintWriter(err), nanos::get, "rows");
    nanos.set(1_100_000_000L);
    rows.update(120_000, -1);
    assertThat(err.toString()).isEqualTo("\r120,000 rows");
    nanos.set(1_300_000_000L);
    rows.update(3, -1);
    assertThat(err.toString())
        .as("a shorter line blanks the rest")
        .endsWith("\r3 rows" + " ".repeat(6));
    rows.update(3, -1);
    nanos.set(1_500_000_000L);
    rows.update(0, 10);
    assertThat(err.toString()).endsWith("\r[                              ]   0% 0/10 rows");
    rows.update(10, 10);
    assertThat(err.toString()).endsWith("\r" + " ".repeat(47) + "\r");
  }

  @Test
  void aQuickRunNeverDrawsNorErases() {
    bar.update(100, 100);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void pipesAndCiGetNoBar() {
    Console piped = new Console(new PrintWriter(err), new PrintWriter(err), false, "en");
    assertThat(piped.progress()).isSameAs(Progress.NONE);
    Console watched = new Console(new PrintWriter(err), new PrintWriter(err), true, "en", true);
    assertThat(watched.progress()).isInstanceOf(ProgressBar.class);
  }
}
