package org.svcat.core.format;

import java.util.List;
import java.util.function.Function;
import org.svcat.core.model.AuthorityNature;
import org.svcat.core.model.CodedLabel;
import org.svcat.core.model.Deadline;
import org.svcat.core.model.FeeItem;
import org.svcat.core.model.Fees;
import org.svcat.core.model.Item;
import org.svcat.core.model.LegalBasis;
import org.svcat.core.model.Material;
import org.svcat.core.model.Situation;
import org.svcat.core.model.SpecialProcedure;
import org.svcat.core.model.Status;
import org.svcat.core.model.Suppression;
import org.svcat.core.model.TimeLimit;

/**
 * Writes an item as canonical YAML: the key order of the catalog format (§4), codes and phone
 * numbers quoted, label lists and time limits in flow style, everything else in block style, and
 * each prerequisite followed by a comment with the name of the item it names. Writing what was read
 * gives the same text, so {@code svcat fmt} and {@code svcat import} produce small diffs.
 */
public final class ItemYamlWriter {
  private final Function<String, String> nameOfCode;

  /** A writer that names prerequisites with {@code nameOfCode} (null when unknown). */
  public ItemYamlWriter(Function<String, String> nameOfCode) {
    this.nameOfCode = nameOfCode;
  }

  /** {@code item} as YAML, after the {@code header} lines (a modeline, comments), if any. */
  public String write(Item item, String header) {
    StringBuilder y = new StringBuilder();
    if (header != null && !header.isEmpty()) {
      y.append(header.endsWith("\n") ? header : header + "\n");
    }
    line(y, 0, "code", YamlText.quoted(item.code()));
    line(y, 0, "basicCode", YamlText.quoted(item.basicCode()));
    line(y, 0, "name", text(item.name()));
    line(y, 0, "type", item.type().label());
    line(y, 0, "level", item.level().label());
    y.append("authority:\n");
    line(y, 1, "name", text(item.authority().name()));
    line(y, 1, "creditCode", YamlText.quoted(item.authority().creditCode()));
    if (item.authority().nature() != AuthorityNature.STATUTORY) {
      line(y, 1, "nature", item.authority().nature().label());
    }
    if (item.department() != null) {
      line(y, 0, "department", text(item.department()));
    }
    legalBasis(y, item.legalBasis());
    line(y, 0, "serviceObjects", labels(item.serviceObjects()));
    blockList(y, "conditions", item.conditions(), true);
    line(y, 0, "handling", item.handling().label());
    deadline(y, item.deadline());
    line(y, 0, "visits", Integer.toString(item.visits()));
    if (item.visitReason() != null) {
      line(y, 0, "visitReason", text(item.visitReason()));
    }
    line(y, 0, "channels", labels(item.channels()));
    if (!item.onlineDepth().isEmpty()) {
      line(y, 0, "onlineDepth", labels(item.onlineDepth()));
    }
    fees(y, item.fees());
    materials(y, item.materials());
    situations(y, item.situations());
    if (!item.prerequisites().isEmpty()) {
      y.append("prerequisites:\n");
      for (String code : item.prerequisites()) {
        y.append("  - ").append(YamlText.quoted(code));
        String name = nameOfCode.apply(code);
        if (name != null && !name.contains("\n")) {
          y.append("  # ").append(name);
        }
        y.append('\n');
      }
    }
    if (!item.coHandlers().isEmpty()) {
      line(y, 0, "coHandlers", YamlText.flowList(item.coHandlers()));
    }
    if (item.result() != null) {
      line(
          y,
          0,
          "result",
          "{name: "
              + YamlText.scalar(item.result().name(), true)
              + ", type: "
              + item.result().type().label()
              + "}");
    }
    y.append("contacts:\n");
    line(y, 1, "consult", YamlText.quotedList(item.contacts().consult()));
    line(y, 1, "complaint", YamlText.quotedList(item.contacts().complaint()));
    if (item.status() != Status.ACTIVE) {
      line(y, 0, "status", item.status().label());
    }
    if (item.effectiveFrom() != null) {
      line(y, 0, "effectiveFrom", YamlText.quoted(item.effectiveFrom()));
    }
    if (!item.suppress().isEmpty()) {
      y.append("suppress:\n");
      for (Suppression s : item.suppress()) {
        y.append("  - {rule: ")
            .append(YamlText.scalar(s.rule(), true))
            .append(", reason: ")
            .append(YamlText.scalar(s.reason(), true))
            .append("}\n");
      }
    }
    return y.toString();
  }

  private static void legalBasis(StringBuilder y, List<LegalBasis> bases) {
    if (bases.isEmpty()) {
      return;
    }
    y.append("legalBasis:\n");
    for (LegalBasis b : bases) {
      y.append("  - title: ").append(text(b.title())).append('\n');
      if (b.article() != null) {
        line(y, 2, "article", text(b.article()));
      }
      if (b.text() != null) {
        line(y, 2, "text", text(b.text()));
      }
    }
  }

  private static void deadline(StringBuilder y, Deadline d) {
    y.append("deadline:\n");
    if (d.legal() != null) {
      line(y, 1, "legal", limit(d.legal()));
    }
    line(y, 1, "promised", limit(d.promised()));
    if (!d.specialProcedures().isEmpty()) {
      y.append("  specialProcedures:\n");
      for (SpecialProcedure p : d.specialProcedures()) {
        y.append("    - {name: ").append(YamlText.scalar(p.name(), true));
        if (p.limit() != null) {
          y.append(", limit: ").append(limit(p.limit()));
        }
        y.append("}\n");
      }
    }
  }

  private static void fees(StringBuilder y, Fees fees) {
    if (!fees.charged() && fees.items().isEmpty() && fees.onlinePayment() == null) {
      y.append("fees: {charged: false}\n");
      return;
    }
    y.append("fees:\n");
    line(y, 1, "charged", Boolean.toString(fees.charged()));
    if (!fees.items().isEmpty()) {
      y.append("  items:\n");
      for (FeeItem f : fees.items()) {
        y.append("    - name: ").append(text(f.name())).append('\n');
        line(y, 3, "standard", text(f.standard()));
        if (f.amount() != null) {
          line(y, 3, "amount", f.amountText());
        }
        if (f.basis() != null) {
          line(y, 3, "basis", text(f.basis()));
        }
        if (f.waivable() != null) {
          line(y, 3, "waivable", f.waivable().toString());
        }
      }
    }
    if (fees.onlinePayment() != null) {
      line(y, 1, "onlinePayment", fees.onlinePayment().toString());
    }
  }

  private static void materials(StringBuilder y, List<Material> materials) {
    if (materials.isEmpty()) {
      y.append("materials: []\n");
      return;
    }
    y.append("materials:\n");
    for (Material m : materials) {
      y.append("  - id: ").append(text(m.id())).append('\n');
      line(y, 2, "name", text(m.name()));
      line(y, 2, "necessity", m.necessity().label());
      if (m.condition() != null) {
        line(y, 2, "condition", text(m.condition()));
      }
      if (!m.forms().isEmpty()) {
        line(y, 2, "forms", labels(m.forms()));
      }
      line(y, 2, "originals", Integer.toString(m.originals()));
      line(y, 2, "copies", Integer.toString(m.copies()));
      if (m.source() != null) {
        line(y, 2, "source", m.source().label());
      }
      if (m.issuer() != null) {
        line(y, 2, "issuer", text(m.issuer()));
      }
      if (m.shared()) {
        line(y, 2, "shared", "true");
      }
      if (m.ref() != null) {
        line(y, 2, "ref", text(m.ref()));
      }
      if (m.template() != null) {
        line(y, 2, "template", text(m.template()));
      }
      if (m.basis() != null) {
        line(y, 2, "basis", text(m.basis()));
      }
    }
  }

  private static void situations(StringBuilder y, List<Situation> situations) {
    if (situations.isEmpty()) {
      return;
    }
    y.append("situations:\n");
    for (Situation s : situations) {
      y.append("  - id: ").append(text(s.id())).append('\n');
      line(y, 2, "name", text(s.name()));
      line(y, 2, "materials", YamlText.flowList(s.materials()));
      if (s.promised() != null) {
        line(y, 2, "promised", limit(s.promised()));
      }
    }
  }

  private static void blockList(
      StringBuilder y, String key, List<String> values, boolean required) {
    if (values.isEmpty()) {
      if (required) {
        y.append(key).append(": []\n");
      }
      return;
    }
    y.append(key).append(":\n");
    for (String v : values) {
      y.append("  - ").append(text(v)).append('\n');
    }
  }

  /** A time limit in flow style: {@code {value: 20, unit: 工作日, basis: ...}}. */
  public static String limit(TimeLimit limit) {
    String s = "{value: " + limit.value() + ", unit: " + limit.unit().label();
    if (limit.basis() != null) {
      s += ", basis: " + YamlText.scalar(limit.basis(), true);
    }
    return s + "}";
  }

  private static String labels(List<? extends CodedLabel> values) {
    return YamlText.flowList(values.stream().map(CodedLabel::label).toList());
  }

  private static String text(String value) {
    return YamlText.scalar(value, false);
  }

  private static void line(StringBuilder y, int indent, String key, String value) {
    y.append("  ".repeat(indent)).append(key).append(": ").append(value).append('\n');
  }
}
