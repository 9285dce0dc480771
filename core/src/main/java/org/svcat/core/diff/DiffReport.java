package org.svcat.core.diff;

import java.util.List;
import org.svcat.core.model.CatalogMeta;

/** The changes from an old catalog to a new one, worst first. */
public record DiffReport(CatalogMeta oldMeta, CatalogMeta newMeta, List<Change> changes) {
  public DiffReport {
    changes = List.copyOf(changes);
  }

  /** How many changes have {@code level}. */
  public long count(ChangeLevel level) {
    return changes.stream().filter(c -> c.level() == level).count();
  }

  /** True when some change is at or above {@code threshold}. */
  public boolean fails(ChangeLevel threshold) {
    return changes.stream().anyMatch(c -> c.level().atLeast(threshold));
  }
}
