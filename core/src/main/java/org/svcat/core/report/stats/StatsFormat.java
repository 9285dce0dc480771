package org.svcat.core.report.stats;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.svcat.core.stats.CatalogStats;

/** The output formats of {@code svcat stats}; one renderer each. */
public enum StatsFormat {
  TEXT,
  JSON,
  CSV,
  MARKDOWN;

  /** Renders catalog statistics in one format. */
  public interface Renderer {
    void render(CatalogStats stats, Writer out) throws IOException;
  }

  /** {@code text}, {@code json}, {@code csv}, {@code markdown}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The renderer of this format, with prose in {@code language}. */
  public Renderer renderer(String language) {
    return switch (this) {
      case TEXT -> new StatsTextRenderer(language);
      case JSON -> new StatsJsonRenderer();
      case CSV -> new StatsCsvRenderer();
      case MARKDOWN -> new StatsMarkdownRenderer(language);
    };
  }
}
