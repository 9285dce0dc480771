package org.svcat.core.report.diff;

import java.io.IOException;
import java.io.Writer;
import org.svcat.core.diff.Change;
import org.svcat.core.diff.DiffReport;
import org.svcat.core.report.GithubRenderer;
import org.svcat.core.report.RenderOptions;

/** GitHub workflow annotations on the new files' lines, one per change. */
final class DiffGithubRenderer implements DiffFormat.Renderer {
  private final RenderOptions options;

  DiffGithubRenderer(RenderOptions options) {
    this.options = options;
  }

  @Override
  public void render(DiffReport report, Writer out) throws IOException {
    for (Change c : report.changes()) {
      String command =
          switch (c.level()) {
            case ERR -> "error";
            case WARN -> "warning";
            case INFO -> "notice";
          };
      String file = c.file() == null ? "catalog.yaml" : c.file();
      out.write(
          "::"
              + command
              + " file="
              + GithubRenderer.property(options.path(file))
              + ",line="
              + c.line()
              + ",title="
              + GithubRenderer.property("svcat diff [" + c.type().id() + "] " + c.kind().id())
              + "::"
              + GithubRenderer.data(c.message())
              + "\n");
    }
  }
}
