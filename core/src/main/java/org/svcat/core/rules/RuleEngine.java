package org.svcat.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.Severity;
import org.svcat.core.load.LoadResult;
import org.svcat.core.model.Item;
import org.svcat.core.model.Policy;
import org.svcat.core.model.RuleSetting;
import org.svcat.core.model.Suppression;

/**
 * Runs rules over a loaded catalog and applies the policy: effective severity per rule (the
 * policy's, else the rule's default), rules turned off, policy exemptions and per-item
 * suppressions. The loader's findings go through the same policy as the rules'.
 */
public final class RuleEngine {
  private final List<Rule> rules;

  public RuleEngine(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** An engine with every built-in rule. */
  public static RuleEngine builtIn() {
    return new RuleEngine(BuiltInRules.all());
  }

  /** The outcome of a run: findings that stand (sorted) and how many were suppressed. */
  public record Outcome(List<Finding> findings, int suppressed) {
    public Outcome {
      findings = List.copyOf(findings);
    }
  }

  /** Runs every rule that the catalog's policy does not turn off. */
  public Outcome run(LoadResult load, Messages messages) {
    Policy policy = load.catalog().policy();
    CatalogIndex index = new CatalogIndex(load);
    Map<String, Severity> severities = new HashMap<>();
    for (Rule rule : rules) {
      RuleDescriptor d = rule.descriptor();
      severities.put(d.id(), effectiveSeverity(d, policy));
    }
    List<Finding> raw =
        rules.parallelStream()
            .filter(rule -> severities.get(rule.descriptor().id()) != Severity.OFF)
            .flatMap(
                rule -> {
                  RuleDescriptor d = rule.descriptor();
                  List<Finding> sink = new ArrayList<>();
                  RuleSetting setting =
                      policy.setting(d.id()).orElse(new RuleSetting(null, Map.of()));
                  rule.check(
                      new RuleContext(index, d, severities.get(d.id()), setting, messages, sink));
                  return sink.stream();
                })
            .collect(Collectors.toCollection(ArrayList::new));
    for (Finding f : load.findings()) {
      Severity s = severities.getOrDefault(f.rule(), f.severity());
      if (s != Severity.OFF) {
        raw.add(f.withSeverity(s));
      }
    }
    Map<String, Set<String>> suppressedRules = new HashMap<>();
    Map<String, String> basicCodes = new HashMap<>();
    for (Item item : load.catalog().items()) {
      basicCodes.putIfAbsent(item.code(), item.basicCode());
      for (Suppression s : item.suppress()) {
        suppressedRules.computeIfAbsent(item.code(), k -> new java.util.HashSet<>()).add(s.rule());
      }
    }
    List<Finding> kept = new ArrayList<>();
    int suppressed = 0;
    for (Finding f : raw) {
      boolean bySuppression =
          f.item() != null && suppressedRules.getOrDefault(f.item(), Set.of()).contains(f.rule());
      boolean byExemption =
          f.item() != null && policy.exempts(f.rule(), f.item(), basicCodes.get(f.item()));
      if (bySuppression || byExemption) {
        suppressed++;
      } else {
        kept.add(f);
      }
    }
    kept.sort(null);
    return new Outcome(kept, suppressed);
  }

  /** The policy's severity for the rule, else its declared default. */
  public static Severity effectiveSeverity(RuleDescriptor rule, Policy policy) {
    Severity s = null;
    RuleSetting setting = policy.rules().get(rule.id());
    if (setting == null) {
      for (String alias : rule.aliases()) {
        setting = policy.rules().get(alias);
        if (setting != null) {
          break;
        }
      }
    }
    if (setting != null) {
      s = setting.severity();
    }
    return s != null ? s : rule.defaultSeverity();
  }
}
