package org.svcat.core.load;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.svcat.core.finding.Finding;
import org.svcat.core.model.Catalog;

/**
 * A catalog as read from disk: the model of every file that could be read and matched its schema,
 * the file each model record came from, the codes of item files that could not be bound (so that
 * references to them are not reported as unknown), the number of files read, and the findings of
 * reading ({@code yaml-syntax}, {@code schema}).
 */
public final class LoadResult {
  private final Catalog catalog;
  private final Map<Object, SourceFile> origins;
  private final Set<String> unboundCodes;
  private final int files;
  private final List<Finding> findings;

  LoadResult(
      Catalog catalog,
      IdentityHashMap<Object, SourceFile> origins,
      Set<String> unboundCodes,
      int files,
      List<Finding> findings) {
    this.catalog = catalog;
    this.origins = Collections.unmodifiableMap(origins);
    this.unboundCodes = Set.copyOf(unboundCodes);
    this.files = files;
    this.findings = List.copyOf(findings);
  }

  public Catalog catalog() {
    return catalog;
  }

  /** The file a model record (item, directory entry, bundle, calendar...) was read from. */
  public SourceFile origin(Object record) {
    return origins.get(record);
  }

  /** Codes and basic codes of item and directory files that exist but could not be bound. */
  public Set<String> unboundCodes() {
    return unboundCodes;
  }

  /** How many files were read. */
  public int files() {
    return files;
  }

  /** Findings of reading the files. */
  public List<Finding> findings() {
    return findings;
  }
}
