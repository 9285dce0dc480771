package org.svcat.core.load;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
  private final Path directory;
  private final Catalog catalog;
  private final Map<Object, SourceFile> origins;
  private final Map<String, SourceFile> sources;
  private final Set<String> unboundCodes;
  private final List<String> files;
  private final List<Finding> findings;

  LoadResult(
      Path directory,
      Catalog catalog,
      IdentityHashMap<Object, SourceFile> origins,
      Map<String, SourceFile> sources,
      Set<String> unboundCodes,
      List<String> files,
      List<Finding> findings) {
    this.directory = directory;
    this.catalog = catalog;
    this.origins = Collections.unmodifiableMap(origins);
    this.sources = Collections.unmodifiableMap(sources);
    this.unboundCodes = Set.copyOf(unboundCodes);
    this.files = List.copyOf(files);
    this.findings = List.copyOf(findings);
  }

  /** The catalog directory that was read. */
  public Path directory() {
    return directory;
  }

  public Catalog catalog() {
    return catalog;
  }

  /**
   * The file a model record (item, directory entry, bundle, calendar, shared material, the policy)
   * was read from; null for records no file holds (the built-in default policy).
   */
  public SourceFile origin(Object record) {
    return origins.get(record);
  }

  /**
   * The file {@code file} (a path of {@link #files()}) as it was read, when it could be bound to
   * the model; empty for a file that could not be.
   */
  public Optional<SourceFile> source(String file) {
    return Optional.ofNullable(sources.get(file));
  }

  /**
   * Codes and basic codes of item and directory files that exist but could not be read or bound
   * (for a file YAML could not read, those on its top-level {@code code:} and {@code basicCode:}
   * lines).
   */
  public Set<String> unboundCodes() {
    return unboundCodes;
  }

  /** The files that were read, relative to the catalog directory, in reading order. */
  public List<String> files() {
    return files;
  }

  /** Findings of reading the files. */
  public List<Finding> findings() {
    return findings;
  }
}
