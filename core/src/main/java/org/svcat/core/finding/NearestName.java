package org.svcat.core.finding;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean": the name nearest a misspelt one, when one is near enough to be what was meant (at
 * most a third of its letters different, and two for a short one).
 */
public final class NearestName {
  private NearestName() {}

  /** The name of {@code names} nearest {@code misspelt} (the first in order of a tie), if near. */
  public static Optional<String> of(String misspelt, Collection<String> names) {
    LevenshteinDistance distance =
        new LevenshteinDistance(Math.max(2, misspelt.codePointCount(0, misspelt.length()) / 3));
    String nearest = null;
    int best = Integer.MAX_VALUE;
    for (String name : new TreeSet<>(names)) {
      int d = distance.apply(misspelt, name); // -1 beyond the threshold
      if (d >= 0 && d < best) {
        nearest = name;
        best = d;
      }
    }
    return Optional.ofNullable(nearest);
  }
}
