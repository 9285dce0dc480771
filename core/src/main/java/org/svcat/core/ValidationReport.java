package org.svcat.core;

import java.util.List;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Catalog;

/**
 * The result of validating a catalog: the loaded catalog, how many files were read, the findings
 * that stand after the policy (sorted by file, line, column, rule) and how many were suppressed.
 */
public record ValidationReport(Catalog catalog, int files, List<Finding> findings, int suppressed) {
  public ValidationReport {
    findings = List.copyOf(findings);
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
