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
    return nearest(misspelt, names, Math.max(2, misspelt.codePointCount(0, misspelt.length()) / 3));
  }

  /**
   * Like {@link #of}, for the values of a code list, which are short Chinese words: one character
   * in three may differ, and one in a word of up to five ({@code 承诺} for {@code 承诺件}, {@code 工作天}
   * for {@code 工作日}), so that a word that differs in two of four ({@code 行政审批}) is not taken for
   * another ({@code 行政处罚}) that means something else.
   */
  public static Optional<String> ofValue(String misspelt, Collection<String> values) {
    return nearest(
        misspelt, values, Math.max(1, misspelt.codePointCount(0, misspelt.length()) / 3));
  }

  /**
   * Like {@link #of}, for codes and ids typed by hand (a 31-character 实施编码): at most two characters
   * may differ, since most codes of a catalog share their first 18 (the authority's credit code)
   * and a looser match would name another item of the same authority.
   */
  public static Optional<String> ofCode(String misspelt, Collection<String> codes) {
    return nearest(misspelt, codes, 2);
  }

  private static Optional<String> nearest(
      String misspelt, Collection<String> names, int threshold) {
    LevenshteinDistance distance = new LevenshteinDistance(threshold);
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
