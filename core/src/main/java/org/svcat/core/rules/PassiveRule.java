package org.svcat.core.rules;

/**
 * A rule whose findings are produced outside the rule pass: by the loader while it reads files
 * ({@code yaml-syntax}, {@code schema}) or by the engine once every rule has run ({@code
 * suppression-unused}). It is registered like any other rule so that it has an id, a severity the
 * policy can change, messages and a doc page, but it has nothing to check itself.
 */
public abstract class PassiveRule implements Rule {
  @Override
  public final void check(RuleContext context) {
    // Reported by CatalogLoader or RuleEngine.
  }
}
