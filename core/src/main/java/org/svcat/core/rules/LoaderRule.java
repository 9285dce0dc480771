package org.svcat.core.rules;

/**
 * A rule whose findings the loader reports while it reads files ({@code yaml-syntax}, {@code
 * schema}); it is registered like any other rule so that it has an id, a severity the policy can
 * change, messages and a doc page, but it has nothing to check on a loaded catalog.
 */
public abstract class LoaderRule implements Rule {
  @Override
  public final void check(RuleContext context) {
    // Reported by org.svcat.core.load.CatalogLoader while reading files.
  }
}
