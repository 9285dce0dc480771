package org.svcat.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective rule policy: per-rule settings (already merged with the built-in profile named by
 * {@code extendsProfile}), exemptions, the 红黄绿灯 clock threshold, and the levels of diff change ids
 * ({@code changes}: id to {@code ERR}, {@code WARN}, {@code INFO} or {@code off}).
 */
public record Policy(
    String extendsProfile,
    Map<String, RuleSetting> rules,
    List<Exemption> exemptions,
    TimeLimit yellowWithin,
    Map<String, String> changes) {
  /** The default policy: the {@code national} profile with no settings of its own. */
  public static final Policy NATIONAL =
      new Policy("national", Map.of(), List.of(), TimeLimit.of(2, TimeUnit.WORKING_DAY), Map.of());

  public Policy {
    rules = Lists.copy(rules);
    exemptions = Lists.copy(exemptions);
    changes = Lists.copy(changes);
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
