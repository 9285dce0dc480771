package org.svcat.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.svcat.core.baseline.Baseline;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Severity;
import org.svcat.core.load.LoadResult;
import org.svcat.core.load.SourceFile;
import org.svcat.core.model.Catalog;

/**
 * The result of validating a catalog: the loaded catalog, the files that were read, the findings
 * that stand after the policy and baseline (sorted by file, line, column, rule), how many were
 * suppressed, the findings the baseline accepted, how many findings items' suppressions and the
 * policy's exemptions took by the file of the item, and, for a report {@linkplain #within within}
 * part of the catalog, how many findings stand outside that part.
 */
public record ValidationReport(
    Catalog catalog,
    List<String> files,
    List<Finding> findings,
    int suppressed,
    List<Finding> baselined,
    Map<String, Integer> suppressedByFile,
    int outside) {
  public ValidationReport {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    baselined = List.copyOf(baselined);
    suppressedByFile = Map.copyOf(suppressedByFile);
  }

  /** A report of the whole catalog, without the suppressions by file. */
  public ValidationReport(
      Catalog catalog,
      List<String> files,
      List<Finding> findings,
      int suppressed,
      List<Finding> baselined) {
    this(catalog, files, findings, suppressed, baselined, Map.of(), 0);
  }

  /**
   * This report for {@code part} of the catalog {@code load} holds: its files, their findings,
   * their items and what was suppressed in them. The whole catalog was checked, since its files
   * refer to each other; {@link #outside} says how many findings stand elsewhere.
   */
  public ValidationReport within(LoadResult load, CatalogPart part) {
    if (part.whole()) {
      return this;
    }
    List<Finding> inside = findings.stream().filter(f -> part.contains(f.file())).toList();
    List<Finding> baselinedInside =
        baselined.stream().filter(f -> part.contains(f.file())).toList();
    Map<String, Integer> suppressedInside = new HashMap<>(suppressedByFile);
    suppressedInside.keySet().removeIf(file -> !part.contains(file));
    Catalog itemsInside =
        new Catalog(
            catalog.meta(),
            catalog.directory(),
            catalog.directoryPresent(),
            catalog.items().stream()
                .filter(
                    i -> {
                      SourceFile origin = load.origin(i);
                      return origin != null && part.contains(origin.path());
                    })
                .toList(),
            catalog.bundles(),
            catalog.calendars(),
            catalog.materials(),
            catalog.policy());
    return new ValidationReport(
        itemsInside,
        files.stream().filter(part::contains).toList(),
        inside,
        suppressedInside.values().stream().mapToInt(Integer::intValue).sum()
            + baselinedInside.size(),
        baselinedInside,
        suppressedInside,
        outside + findings.size() - inside.size());
  }

  /**
   * A baseline accepting every finding of this run, before any baseline was applied (stale-entry
   * findings excluded): what {@code --write-baseline} writes.
   */
  public Baseline toBaseline() {
    List<Finding> all = new java.util.ArrayList<>(findings);
    all.addAll(baselined);
    return Baseline.of(all.stream().filter(f -> !f.rule().equals("suppression-unused")).toList());
  }

  /** How many findings have exactly {@code severity}. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** True when some finding is at or above {@code threshold}. */
  public boolean fails(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
