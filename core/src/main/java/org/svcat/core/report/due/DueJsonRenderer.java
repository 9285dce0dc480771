package org.svcat.core.report.due;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.svcat.core.bundle.BundleMaterial;
import org.svcat.core.clock.BundleDue;
import org.svcat.core.clock.CaseDue;
import org.svcat.core.clock.Pause;
import org.svcat.core.model.Item;
import org.svcat.core.report.PrettyJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code due} JSON of §8.1 of the catalog format (more keys may be added, none removed). */
final class DueJsonRenderer implements DueFormat.Renderer {
  @Override
  public void render(CaseDue due, Writer out) throws IOException {
    ObjectNode root = PrettyJson.object();
    root.put("item", due.item());
    root.put("name", due.name());
    root.put("situation", due.situation());
    root.put("accepted", due.accepted().toString());
    root.put("today", due.today().toString());
    limit(root.putObject("promised"), due.promised());
    if (due.legal() == null) {
      root.putNull("legal");
    } else {
      limit(root.putObject("legal"), due.legal());
    }
    root.putObject("remaining").put("value", due.remainingWorkingDays()).put("unit", "工作日");
    root.put("status", due.light().id());
    root.put("legalOverdue", due.legalOverdue());
    pauses(root.putArray("pauses"), due.pauses());
    out.write(PrettyJson.write(root));
  }

  @Override
  public void render(BundleDue due, Writer out) throws IOException {
    ObjectNode root = PrettyJson.object();
    root.put("bundle", due.plan().bundle().id());
    root.put("name", due.plan().bundle().name());
    root.put("mode", due.plan().bundle().mode().label());
    root.put("accepted", due.accepted().toString());
    root.put("today", due.today().toString());
    limit(root.putObject("promised"), due.promised());
    ObjectNode critical = root.putObject("criticalPath");
    critical.put("days", round(due.plan().criticalDays()));
    day(critical, due.criticalPath());
    ArrayNode path = critical.putArray("items");
    for (Item item : due.plan().criticalPath()) {
      path.addObject()
          .put("code", item.code())
          .put("name", item.name())
          .put("promised", item.deadline().promised().toString());
    }
    root.put("serialDays", round(due.plan().serialDays()));
    root.put("savedDays", round(due.plan().savedDays()));
    root.put("savedRatio", round(due.plan().savedRatio()));
    root.putObject("remaining").put("value", due.remainingWorkingDays()).put("unit", "工作日");
    root.put("status", due.light().id());
    ArrayNode materials = root.putArray("materials");
    for (BundleMaterial m : due.materials()) {
      ObjectNode node = materials.addObject().put("name", m.name()).put("ref", m.ref());
      node.put("necessity", m.necessity().label()).put("shared", m.shared());
      m.items().forEach(node.putArray("items")::add);
    }
    ArrayNode missing = root.putArray("missing");
    due.plan().missing().forEach(missing::add);
    pauses(root.putArray("pauses"), due.pauses());
    out.write(PrettyJson.write(root));
  }

  private static void limit(ObjectNode node, CaseDue.Due due) {
    node.put("value", due.limit().value()).put("unit", due.limit().unit().label());
    day(node, due);
  }

  /** {@code "due"}, null with the year in {@code "missingCalendar"} when it was not counted. */
  private static void day(ObjectNode node, CaseDue.Due due) {
    if (due.due() != null) {
      node.put("due", due.due().toString());
    } else {
      node.putNull("due").put("missingCalendar", due.missingCalendar());
    }
  }

  private static void pauses(ArrayNode array, java.util.List<Pause> pauses) {
    for (Pause p : pauses) {
      array.addObject().put("from", p.from().toString()).put("to", p.to().toString());
    }
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
