package org.svcat.core;

import java.util.List;

/**
 * Part of a catalog a command is asked about: files and folders relative to the catalog folder,
 * {@code /} between names ({@code items/market}, {@code items/market/food.yaml}); none for the
 * whole catalog. The whole catalog is still read, since its files refer to each other.
 */
public record CatalogPart(List<String> paths) {
  /** The whole catalog. */
  public static final CatalogPart WHOLE = new CatalogPart(List.of());

  public CatalogPart {
    paths = paths.contains("") ? List.of() : List.copyOf(paths);
  }

  /** True for the whole catalog. */
  public boolean whole() {
    return paths.isEmpty();
  }

  /** Whether {@code file} (relative to the catalog folder) is one of the paths or under one. */
  public boolean contains(String file) {
    return whole() || paths.stream().anyMatch(p -> file.equals(p) || file.startsWith(p + "/"));
  }
}
