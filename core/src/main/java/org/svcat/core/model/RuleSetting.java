package org.svcat.core.model;

import java.util.Map;
import org.svcat.core.finding.Severity;

/**
 * A policy's setting for one rule: a severity override ({@code null} keeps the rule's default;
 * {@link Severity#OFF} turns it off) and rule parameters such as {@code minRatio}.
 */
public record RuleSetting(Severity severity, Map<String, Object> params) {
  public RuleSetting {
    params = Lists.copy(params);
  }

  /** This setting with {@code other}'s severity (when set) and parameters laid over it. */
  public RuleSetting overlay(RuleSetting other) {
    var merged = new java.util.HashMap<>(params);
    merged.putAll(other.params);
    return new RuleSetting(other.severity != null ? other.severity : severity, merged);
  }
}
