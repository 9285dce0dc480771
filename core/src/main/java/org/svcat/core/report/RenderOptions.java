package org.svcat.core.report;

import org.svcat.core.finding.Severity;

/**
 * How to render a report.
 *
 * @param language {@code zh} or {@code en}, for the prose of the report
 * @param color ANSI colours (text only, and only on a terminal)
 * @param pathPrefix prefix that turns catalog-relative file paths into paths relative to the
 *     repository (e.g. {@code catalog/}), for formats that CI systems resolve against the checkout:
 *     SARIF, GitHub annotations, JUnit, Markdown. Empty for none.
 * @param failOn the level at which findings fail the run (JUnit marks only those as failures)
 */
public record RenderOptions(String language, boolean color, String pathPrefix, Severity failOn) {
  public RenderOptions {
    if (language == null) {
      language = "zh";
    }
    if (pathPrefix == null) {
      pathPrefix = "";
    } else if (!pathPrefix.isEmpty() && !pathPrefix.endsWith("/")) {
      pathPrefix = pathPrefix + "/";
    }
    if (failOn == null) {
      failOn = Severity.ERROR;
    }
  }

  /** Plain options: no colour, no prefix, failing on errors. */
  public static RenderOptions plain(String language) {
    return new RenderOptions(language, false, "", Severity.ERROR);
  }

  /** A catalog-relative path as the repository sees it. */
  public String path(String file) {
    return pathPrefix + file;
  }
}
