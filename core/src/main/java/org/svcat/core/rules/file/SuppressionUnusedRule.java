package org.svcat.core.rules.file;

import org.svcat.core.finding.Severity;
import org.svcat.core.rules.PassiveRule;
import org.svcat.core.rules.SvcatRule;

/**
 * A {@code suppress} entry of an item, an exemption of the policy, or an entry of the baseline
 * matched no finding: it is stale and can go. Reported by {@link org.svcat.core.rules.RuleEngine}.
 */
@SvcatRule(id = "suppression-unused", severity = Severity.INFO)
public final class SuppressionUnusedRule extends PassiveRule {}
