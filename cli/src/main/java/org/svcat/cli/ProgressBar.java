package org.svcat.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.svcat.core.Progress;

/**
 * A one-line progress bar on standard error, for runs on a terminal: it appears only once the run
 * has taken a second, redraws at most ten times a second, and erases itself when the last file is
 * read, so that what follows starts on a clean line. Thread-safe.
 */
final class ProgressBar implements Progress {
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final LongSupplier clock;
  private final long start;
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err, LongSupplier clock) {
    this.err = err;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastDraw = start - REDRAW_NANOS;
  }

  @Override
  public synchronized void update(long done, long total) {
    long now = clock.getAsLong();
    if (done >= total) {
      if (drawn) {
        err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
        err.flush();
        drawn = false;
      }
      return;
    }
    if (now - start < SHOW_AFTER_NANOS || now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    int filled = (int) (WIDTH * done / Math.max(1, total));
    err.printf(
        "\r[%s%s] %3d%% %,d/%,d files",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        100 * done / Math.max(1, total),
        done,
        total);
    err.flush();
    drawn = true;
  }
}
