package org.svcat.core.clock;

import java.util.Locale;

/** 红黄绿灯: the supervision light of a case against its promised due date. */
public enum Light {
  /** In progress with time left. */
  GREEN,
  /** The promised due date is near (within the policy's clock.yellowWithin). */
  YELLOW,
  /** Past the promised due date. */
  RED;

  /** {@code green}, {@code yellow} or {@code red}, as in the JSON output. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
