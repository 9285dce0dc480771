package org.svcat.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.svcat.core.Progress;

/**
 * A one-line progress bar on standard error, for runs on a terminal: it appears only once the run
 * has taken a second, redraws at most ten times a second, and erases itself when the last file (or
 * row) is done, so that what follows starts on a clean line. While the total is not known yet it
 * shows the count alone. Thread-safe.
 */
final class ProgressBar implements Progress {
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final LongSupplier clock;
  private final String unit;
  private final long start;
  private long lastDraw;
  private int drawn;

  /** A bar counting {@code unit} (files, rows). */
  ProgressBar(PrintWriter err, LongSupplier clock, String unit) {
    this.err = err;
    this.clock = clock;
    this.unit = unit;
    this.start = clock.getAsLong();
    this.lastDraw = start - REDRAW_NANOS;
  }

  @Override
  public synchronized void update(long done, long total) {
    long now = clock.getAsLong();
    if (total >= 0 && done >= total) {
      if (drawn > 0) {
        err.print("\r" + " ".repeat(drawn) + "\r");
        err.flush();
        drawn = 0;
      }
      return;
    }
    if (now - start < SHOW_AFTER_NANOS || now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    String line;
    if (total < 0) {
      line = String.format("%,d %s", done, unit);
    } else {
      int filled = (int) (WIDTH * done / Math.max(1, total));
      line =
          String.format(
              "[%s%s] %3d%% %,d/%,d %s",
              "#".repeat(filled),
              " ".repeat(WIDTH - filled),
              100 * done / Math.max(1, total),
              done,
              total,
              unit);
    }
    // a shorter line than the last one drawn covers the rest of it with blanks
    err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
    err.flush();
    drawn = Math.max(drawn, line.length());
  }
}
