package org.svcat.core.report.stats;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.svcat.core.report.PrettyJson;
import org.svcat.core.stats.CatalogStats;
import org.svcat.core.stats.Kpis;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON shape of §8.1 of the catalog format; ratios rounded to 4 decimals. */
final class StatsJsonRenderer implements StatsFormat.Renderer {
  @Override
  public void render(CatalogStats stats, Writer out) throws IOException {
    ObjectNode root = PrettyJson.object();
    root.putObject("catalog").put("id", stats.meta().id()).put("version", stats.meta().version());
    put(root.putObject("overall"), stats.overall());
    stats
        .groups()
        .forEach(
            (dimension, groups) -> {
              ArrayNode array = root.putArray(dimension.jsonKey());
              for (CatalogStats.Group g : groups) {
                put(array.addObject().put("key", g.key()), g.kpis());
              }
            });
    out.write(PrettyJson.write(root));
  }

  private static void put(ObjectNode node, Kpis k) {
    node.put("items", k.items());
    node.put("immediateRate", round(k.immediateRate()));
    if (k.compressionRatio() == null) {
      node.putNull("compressionRatio");
    } else {
      node.put("compressionRatio", round(k.compressionRatio()));
    }
    node.put("zeroVisitRate", round(k.zeroVisitRate()));
    node.put("averageVisits", round(k.averageVisits()));
    node.put("fullyOnlineRate", round(k.fullyOnlineRate()));
    node.put("materialsPerItem", round(k.materialsPerItem()));
  }

  static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
