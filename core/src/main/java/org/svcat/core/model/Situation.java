package org.svcat.core.model;

import java.util.List;

/** A situation (情形): a variant of an item with its own materials and, optionally, promise. */
public record Situation(String id, String name, List<String> materials, TimeLimit promised) {
  public Situation {
    materials = Lists.copy(materials);
  }
}
