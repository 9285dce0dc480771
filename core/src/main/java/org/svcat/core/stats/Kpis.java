package org.svcat.core.stats;

import java.util.Collection;
import org.svcat.core.clock.UnitConversion;
import org.svcat.core.model.Handling;
import org.svcat.core.model.Item;
import org.svcat.core.model.OnlineDepth;

/**
 * The KPIs of a set of items (§8.1 of the catalog format), over its active items (状态 在用):
 *
 * @param items active items
 * @param immediateRate 即办件 / active (即办率)
 * @param compressionRatio (Σlegal − Σpromised) / Σlegal over active items with both deadlines, in
 *     working days after conversion (承诺时限压缩比); null when no item has both
 * @param zeroVisitRate items needing no visit / active (跑零次率)
 * @param averageVisits visits per active item
 * @param fullyOnlineRate items whose online depth includes 互联网办理 / active (全程网办率)
 * @param materialsPerItem materials per active item
 * @param legalDays Σlegal in working days (items with both deadlines)
 * @param promisedDays Σpromised in working days (items with both deadlines)
 */
public record Kpis(
    int items,
    double immediateRate,
    Double compressionRatio,
    double zeroVisitRate,
    double averageVisits,
    double fullyOnlineRate,
    double materialsPerItem,
    double legalDays,
    double promisedDays) {

  /** The KPIs of {@code items} (inactive ones are left out). */
  public static Kpis of(Collection<Item> items) {
    int active = 0;
    int immediate = 0;
    int zeroVisits = 0;
    int online = 0;
    long visits = 0;
    long materials = 0;
    double legal = 0;
    double promised = 0;
    for (Item item : items) {
      if (!item.isActive()) {
        continue;
      }
      active++;
      if (item.handling() == Handling.IMMEDIATE) {
        immediate++;
      }
      if (item.visits() == 0) {
        zeroVisits++;
      }
      if (item.onlineDepth().contains(OnlineDepth.HANDLE)) {
        online++;
      }
      visits += item.visits();
      materials += item.materials().size();
      if (item.deadline().legal() != null) {
        legal += UnitConversion.workingDays(item.deadline().legal());
        promised += UnitConversion.workingDays(item.deadline().promised());
      }
    }
    return new Kpis(
        active,
        rate(immediate, active),
        legal > 0 ? (legal - promised) / legal : null,
        rate(zeroVisits, active),
        rate(visits, active),
        rate(online, active),
        rate(materials, active),
        legal,
        promised);
  }

  private static double rate(double part, int whole) {
    return whole == 0 ? 0 : part / whole;
  }
}
