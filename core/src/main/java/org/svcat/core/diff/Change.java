package org.svcat.core.diff;

import java.util.Comparator;
import tools.jackson.databind.JsonNode;

/**
 * One change between two catalogs.
 *
 * @param type what changed (its stable id and default level)
 * @param level the level after the policy
 * @param item the 实施编码 (or 基本编码, or bundle id) it is about; null for the catalog
 * @param pointer JSON pointer inside the item (materials by id: {@code /materials/M03})
 * @param oldValue the old value, or null
 * @param newValue the new value, or null
 * @param message what changed, in the report's language
 * @param file the file of the new value (else of the old), relative to its catalog; may be null
 * @param line 1-based line of the value in that file (1 when unknown)
 * @param department the department of the item, for summaries; may be null
 */
public record Change(
    ChangeType type,
    ChangeLevel level,
    String item,
    String pointer,
    JsonNode oldValue,
    JsonNode newValue,
    String message,
    String file,
    int line,
    String department)
    implements Comparable<Change> {

  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::level, Comparator.reverseOrder())
          .thenComparing(c -> c.item == null ? "" : c.item)
          .thenComparing(Change::pointer)
          .thenComparing(c -> c.type.id());

  public ChangeKind kind() {
    return type.kind();
  }

  @Override
  public int compareTo(Change other) {
    return ORDER.compare(this, other);
  }
}
