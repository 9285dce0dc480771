package org.svcat.core.report;

import java.util.Locale;

/** The output formats of {@code svcat validate}; one {@link ReportRenderer} each. */
public enum ReportFormat {
  TEXT,
  JSON,
  SARIF,
  JUNIT,
  GITHUB,
  MARKDOWN;

  /** The format's id on the command line: {@code text}, {@code json}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The renderer of this format. */
  public ReportRenderer renderer(RenderOptions options) {
    return switch (this) {
      case TEXT -> new TextRenderer(options);
      case JSON -> new JsonRenderer();
      case SARIF -> new SarifRenderer(options);
      case JUNIT -> new JunitRenderer(options);
      case GITHUB -> new GithubRenderer(options);
      case MARKDOWN -> new MarkdownRenderer(options);
    };
  }
}
