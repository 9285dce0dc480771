package org.svcat.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective rule policy: per-rule settings (already merged with the built-in profile named by
 * {@code extendsProfile}), exemptions, and the 红黄绿灯 clock threshold.
 */
public record Policy(
    String extendsProfile,
    Map<String, RuleSetting> rules,
    List<Exemption> exemptions,
    TimeLimit yellowWithin) {
  /** The default policy: the {@code national} profile with no settings of its own. */
  public static final Policy NATIONAL =
      new Policy("national", Map.of(), List.of(), TimeLimit.of(2, TimeUnit.WORKING_DAY));

  public Policy {
    rules = Lists.copy(rules);
    exemptions = Lists.copy(exemptions);
    if (yellowWithin == null) {
      yellowWithin = TimeLimit.of(2, TimeUnit.WORKING_DAY);
    }
  }

  /** The setting for {@code ruleId}, if the policy has one. */
  public Optional<RuleSetting> setting(String ruleId) {
    return Optional.ofNullable(rules.get(ruleId));
  }

  /** True when an exemption for {@code ruleId} covers the item. */
  public boolean exempts(String ruleId, String code, String basicCode) {
    return exemptions.stream().anyMatch(e -> e.rule().equals(ruleId) && e.covers(code, basicCode));
  }
}
