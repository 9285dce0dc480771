package org.svcat.core.rules.material;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.svcat.core.finding.Severity;
import org.svcat.core.io.Trees;
import org.svcat.core.model.Item;
import org.svcat.core.model.Material;
import org.svcat.core.rules.CatalogIndex;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * A material's {@code template} points outside the catalog (an absolute path, a drive letter,
 * {@code ..}, a NUL, or a link leading out) or to no file.
 */
@SvcatRule(id = "material-template-missing", severity = Severity.ERROR)
public final class MaterialTemplateMissingRule extends ItemRule {
  /**
   * Where each template leads, for the run that asked last: a catalog names a few template files
   * thousands of times, and each answer costs several file-system calls. Slices of a run check on
   * several threads at once; a run has its own index, so a later run (the files may have changed)
   * starts afresh.
   */
  private volatile Located last = new Located(null, Map.of());

  private record Located(CatalogIndex run, Map<String, Where> byTemplate) {}

  @Override
  protected void checkItem(Item item, RuleContext context) {
    Located located = last;
    if (located.run() != context.index()) {
      located = new Located(context.index(), new ConcurrentHashMap<>());
      last = located;
    }
    for (int i = 0; i < item.materials().size(); i++) {
      Material m = item.materials().get(i);
      if (m.template() == null) {
        continue;
      }
      String pointer = "/materials/" + i + "/template";
      Path root = context.index().directory();
      switch (located.byTemplate().computeIfAbsent(m.template(), t -> locate(root, t))) {
        case OUTSIDE -> context.reportVariant(item, pointer, "outside", m.template());
        case MISSING -> context.reportVariant(item, pointer, "missing", m.template());
        case OK -> {
          // the template is a file inside the catalog
        }
      }
    }
  }

  enum Where {
    OK,
    MISSING,
    OUTSIDE
  }

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
  private static final Pattern PARENT = Pattern.compile("(^|.*/)\\.\\.(/.*|$)");

  /** Where {@code template} leads from the catalog directory {@code root}. */
  static Where locate(Path root, String template) {
    if (template.indexOf('\0') >= 0
        || template.startsWith("/")
        || template.startsWith("\\")
        || DRIVE.matcher(template).matches()
        || PARENT.matcher(template.replace('\\', '/')).matches()) {
      return Where.OUTSIDE;
    }
    try {
      Path file = Trees.inside(root, template.replace('\\', '/'));
      if (file == null) {
        return Where.OUTSIDE;
      }
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return Where.MISSING;
      }
      if (!file.toRealPath().startsWith(root.toRealPath())) {
        return Where.OUTSIDE;
      }
      return Files.isRegularFile(file) ? Where.OK : Where.MISSING;
    } catch (InvalidPathException | IOException e) {
      return Where.MISSING;
    }
  }
}
