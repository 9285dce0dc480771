package org.svcat.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.svcat.core.load.SourceFile;
import org.svcat.core.model.Exemption;
import org.svcat.core.model.Item;
import org.svcat.core.model.Policy;
import org.svcat.core.model.Suppression;

/**
 * The per-item suppressions and the policy's exemptions of one run, and which of them were used.
 * Rules ask before they build a finding, so a suppressed finding costs neither a message nor a
 * position (a provincial catalog can carry tens of thousands). Thread-safe: rules run in parallel.
 */
final class Suppressions {
  private final CatalogIndex index;
  private final Policy policy;
  private final Set<Suppression> usedSuppressions =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
  private final Set<Exemption> usedExemptions =
      Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
  private final AtomicInteger count = new AtomicInteger();
  private final Map<String, Integer> byFile = new ConcurrentHashMap<>();

  /**
   * The entries of each of the policy's exemptions, made once: an exemption may list thousands of
   * codes, and each finding asks.
   */
  private final List<Exemption.Matcher> matchers = new ArrayList<>();

  /** The suppressions of the items of {@code index} and the exemptions of {@code policy}. */
  Suppressions(CatalogIndex index, Policy policy) {
    this.index = index;
    this.policy = policy;
    policy.exemptions().forEach(e -> matchers.add(e.matcher()));
  }

  /**
   * True, and the suppression or exemption counted as used, when a finding of {@code rule} about
   * the item with code {@code itemCode} is suppressed (the item's own suppression first, then the
   * policy's exemptions).
   */
  boolean absorb(String rule, String itemCode) {
    Item item = itemCode == null ? null : index.item(itemCode).orElse(null);
    if (item == null) {
      return false;
    }
    for (Suppression s : item.suppress()) {
      if (s.rule().equals(rule)) {
        usedSuppressions.add(s);
        counted(item);
        return true;
      }
    }
    for (int i = 0; i < matchers.size(); i++) {
      Exemption e = policy.exemptions().get(i);
      if (e.rule().equals(rule) && matchers.get(i).covers(item.code(), item.basicCode())) {
        usedExemptions.add(e);
        counted(item);
        return true;
      }
    }
    return false;
  }

  private void counted(Item item) {
    count.incrementAndGet();
    SourceFile origin = index.origin(item);
    byFile.merge(origin == null ? "" : origin.path(), 1, Integer::sum);
  }

  boolean used(Suppression s) {
    return usedSuppressions.contains(s);
  }

  boolean used(Exemption e) {
    return usedExemptions.contains(e);
  }

  /** How many findings were suppressed so far. */
  int count() {
    return count.get();
  }

  /** How many findings were suppressed so far, by the file of their item. */
  Map<String, Integer> countsByFile() {
    return Map.copyOf(byFile);
  }
}
