package org.svcat.core.bundle;

import java.util.List;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.Item;

/**
 * How long a bundle (一件事) takes: its critical path in working days (the longest chain of member
 * promises through prerequisites among members for 并联, their sum for 串联), the serial sum, and the
 * saving of running members in parallel. Deadlines in other units are converted to working days (7
 * 自然日 = 5 工作日, 1 月 = 22 工作日).
 *
 * @param bundle the bundle
 * @param members the members that exist, in the bundle's order
 * @param missing member codes that name no item
 * @param criticalPath the members on the longest chain, in order
 * @param criticalDays working days of the critical path
 * @param serialDays working days of all members one after another
 */
public record BundlePlan(
    Bundle bundle,
    List<Item> members,
    List<String> missing,
    List<Item> criticalPath,
    double criticalDays,
    double serialDays) {
  public BundlePlan {
    members = List.copyOf(members);
    missing = List.copyOf(missing);
    criticalPath = List.copyOf(criticalPath);
  }

  /** Working days saved by running members in parallel rather than one after another. */
  public double savedDays() {
    return serialDays - criticalDays;
  }

  /** The saving as a share of the serial time (0 when the serial time is 0). */
  public double savedRatio() {
    return serialDays == 0 ? 0 : savedDays() / serialDays;
  }
}
