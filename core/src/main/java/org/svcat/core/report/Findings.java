package org.svcat.core.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;

/** Counts of findings by rule and by department, for the summary formats. */
final class Findings {
  private Findings() {}

  /** Counts per key, each an array indexed by {@link Severity#ordinal()}, sorted by key. */
  static Map<String, long[]> byRule(List<Finding> findings) {
    Map<String, long[]> counts = new TreeMap<>();
    findings.forEach(
        f -> counts.computeIfAbsent(f.rule(), k -> new long[3])[f.severity().ordinal()]++);
    return counts;
  }

  /** Counts per department of the finding's item; findings without an item under {@code none}. */
  static Map<String, long[]> byDepartment(ValidationReport report, String none) {
    Map<String, String> departments = new HashMap<>();
    for (Item item : report.catalog().items()) {
      departments.putIfAbsent(item.code(), item.departmentOrAuthority());
    }
    Map<String, long[]> counts = new TreeMap<>();
    for (Finding f : report.findings()) {
      String key = f.item() == null ? none : departments.getOrDefault(f.item(), none);
      counts.computeIfAbsent(key, k -> new long[3])[f.severity().ordinal()]++;
    }
    return counts;
  }
}
