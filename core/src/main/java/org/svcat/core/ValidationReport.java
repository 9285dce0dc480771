package org.svcat.core;

import java.util.List;
import org.svcat.core.baseline.Baseline;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Catalog;

/**
 * The result of validating a catalog: the loaded catalog, the files that were read, the findings
 * that stand after the policy and baseline (sorted by file, line, column, rule), how many were
 * suppressed, and the findings the baseline accepted.
 */
public record ValidationReport(
    Catalog catalog,
    List<String> files,
    List<Finding> findings,
    int suppressed,
    List<Finding> baselined) {
  public ValidationReport {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    baselined = List.copyOf(baselined);
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
