package org.svcat.core.report.due;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.svcat.core.clock.BundleDue;
import org.svcat.core.clock.CaseDue;

/** The output formats of {@code svcat due}: a clerk's text, or the JSON of the contract. */
public enum DueFormat {
  TEXT,
  JSON;

  /** Renders the clock of a case. */
  public interface Renderer {
    void render(CaseDue due, Writer out) throws IOException;

    void render(BundleDue due, Writer out) throws IOException;
  }

  /** {@code text} or {@code json}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The renderer of this format. */
  public Renderer renderer(String language, boolean color) {
    return this == TEXT ? new DueTextRenderer(language, color) : new DueJsonRenderer();
  }
}
