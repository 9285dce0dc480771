package org.svcat.core.report.diff;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.svcat.core.diff.DiffReport;
import org.svcat.core.report.RenderOptions;

/**
 * The output formats of {@code svcat diff}; one renderer each. CHANGELOG is what publish writes.
 */
public enum DiffFormat {
  TEXT,
  JSON,
  MARKDOWN,
  GITHUB,
  CHANGELOG;

  /** Renders a diff in one format. */
  public interface Renderer {
    void render(DiffReport report, Writer out) throws IOException;
  }

  /** {@code text}, {@code json}, {@code markdown}, {@code github}, {@code changelog}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The renderer of this format. */
  public Renderer renderer(RenderOptions options) {
    return switch (this) {
      case TEXT -> new DiffTextRenderer(options);
      case JSON -> new DiffJsonRenderer();
      case MARKDOWN -> new DiffMarkdownRenderer(options);
      case GITHUB -> new DiffGithubRenderer(options);
      case CHANGELOG -> new ChangelogRenderer(options.language());
    };
  }
}
