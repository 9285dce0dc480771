package org.svcat.core.report;

import java.util.Locale;

/** The output formats of {@code svcat validate}. */
public enum ReportFormat {
  TEXT,
  JSON;

  /** The format's id on the command line: {@code text}, {@code json}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
