package org.svcat.core.rules;

/**
 * A check over a loaded catalog. Every implementation is annotated with {@link SvcatRule}, listed
 * in {@link BuiltInRules}, documented in {@code docs/rules/<id>.md} and has a fixture under the
 * test resources {@code rules/<id>/}.
 */
public interface Rule {
  /** Reports what this rule finds through {@code context}. */
  void check(RuleContext context);

  /** The rule's declaration. */
  default RuleDescriptor descriptor() {
    return RuleDescriptor.of(getClass());
  }
}
