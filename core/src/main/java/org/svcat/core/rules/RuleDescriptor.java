package org.svcat.core.rules;

import java.util.List;
import org.svcat.core.finding.Severity;

/** What {@link SvcatRule} declares about a rule class. */
public record RuleDescriptor(
    String id, Severity defaultSeverity, List<String> aliases, List<String> params) {
  public RuleDescriptor {
    aliases = List.copyOf(aliases);
    params = List.copyOf(params);
  }

  /** Reads the declaration of {@code type}. */
  public static RuleDescriptor of(Class<?> type) {
    SvcatRule rule = type.getAnnotation(SvcatRule.class);
    if (rule == null) {
      throw new IllegalStateException(type.getName() + " lacks @SvcatRule");
    }
    return new RuleDescriptor(
        rule.id(), rule.severity(), List.of(rule.aliases()), List.of(rule.params()));
  }
}
