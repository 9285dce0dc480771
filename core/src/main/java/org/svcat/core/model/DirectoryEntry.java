package org.svcat.core.model;

import java.util.List;

/**
 * An entry of the basic directory (基本目录): the item as unified across levels, keyed by its
 * 12-character 基本编码.
 */
public record DirectoryEntry(
    String basicCode,
    String name,
    ItemType type,
    List<Level> levels,
    List<LegalBasis> legalBasis,
    Status status) {
  public DirectoryEntry {
    levels = Lists.copy(levels);
    legalBasis = Lists.copy(legalBasis);
    if (status == null) {
      status = Status.ACTIVE;
    }
  }
}
