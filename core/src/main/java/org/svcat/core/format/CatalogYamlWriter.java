package org.svcat.core.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.BundleMode;
import org.svcat.core.model.CalendarYear;
import org.svcat.core.model.CatalogMeta;
import org.svcat.core.model.CodedLabel;
import org.svcat.core.model.DirectoryEntry;
import org.svcat.core.model.LegalBasis;
import org.svcat.core.model.SharedMaterial;
import org.svcat.core.model.Status;

/**
 * Writes the other catalog files in the same canonical style as {@link ItemYamlWriter}:
 * catalog.yaml, directory entries, bundles, the material dictionary and calendars.
 */
public final class CatalogYamlWriter {
  private CatalogYamlWriter() {}

  public static String catalog(CatalogMeta meta, String header) {
    StringBuilder y = start(header);
    y.append("id: ").append(YamlText.scalar(meta.id(), false)).append('\n');
    y.append("title: ").append(YamlText.scalar(meta.title(), false)).append('\n');
    y.append("region: ").append(YamlText.quoted(meta.region())).append('\n');
    y.append("version: ").append(YamlText.scalar(meta.version(), false)).append('\n');
    y.append("language: ").append(meta.language()).append('\n');
    if (!"policy.yaml".equals(meta.policy())) {
      y.append("policy: ").append(YamlText.scalar(meta.policy(), false)).append('\n');
    }
    if (!meta.strictCodes()) {
      y.append("codeScheme: ").append(meta.codeScheme()).append('\n');
    }
    return y.toString();
  }

  public static String directoryEntry(DirectoryEntry e, String header) {
    StringBuilder y = start(header);
    y.append("basicCode: ").append(YamlText.quoted(e.basicCode())).append('\n');
    y.append("name: ").append(YamlText.scalar(e.name(), false)).append('\n');
    y.append("type: ").append(e.type().label()).append('\n');
    y.append("levels: ")
        .append(YamlText.flowList(e.levels().stream().map(CodedLabel::label).toList()))
        .append('\n');
    y.append("legalBasis:").append(e.legalBasis().isEmpty() ? " []" : "").append('\n');
    for (LegalBasis b : e.legalBasis()) {
      y.append("  - title: ").append(YamlText.scalar(b.title(), false)).append('\n');
      if (b.article() != null) {
        y.append("    article: ").append(YamlText.scalar(b.article(), false)).append('\n');
      }
      if (b.text() != null) {
        y.append("    text: ").append(YamlText.scalar(b.text(), false)).append('\n');
      }
    }
    if (e.status() != Status.ACTIVE) {
      y.append("status: ").append(e.status().label()).append('\n');
    }
    return y.toString();
  }

  public static String bundle(Bundle b, Map<String, String> names, String header) {
    StringBuilder y = start(header);
    y.append("id: ").append(YamlText.scalar(b.id(), false)).append('\n');
    y.append("name: ").append(YamlText.scalar(b.name(), false)).append('\n');
    y.append("mode: ")
        .append((b.mode() == null ? BundleMode.PARALLEL : b.mode()).label())
        .append('\n');
    y.append("items:\n");
    for (String code : b.items()) {
      y.append("  - ").append(YamlText.quoted(code));
      if (names.containsKey(code)) {
        y.append("  # ").append(names.get(code));
      }
      y.append('\n');
    }
    y.append("promised: ").append(ItemYamlWriter.limit(b.promised())).append('\n');
    if (b.leadAuthority() != null) {
      y.append("leadAuthority: ").append(YamlText.scalar(b.leadAuthority(), false)).append('\n');
    }
    return y.toString();
  }

  public static String materials(List<SharedMaterial> materials, String header) {
    StringBuilder y = start(header);
    for (SharedMaterial m : materials) {
      y.append(m.ref()).append(":\n");
      y.append("  name: ").append(YamlText.scalar(m.name(), false)).append('\n');
      if (m.source() != null) {
        y.append("  source: ").append(m.source().label()).append('\n');
      }
      if (m.issuer() != null) {
        y.append("  issuer: ").append(YamlText.scalar(m.issuer(), false)).append('\n');
      }
      y.append("  shared: ").append(m.shared()).append('\n');
      if (!m.forms().isEmpty()) {
        y.append("  forms: ")
            .append(YamlText.flowList(m.forms().stream().map(CodedLabel::label).toList()))
            .append('\n');
      }
      if (m.basis() != null) {
        y.append("  basis: ").append(YamlText.scalar(m.basis(), false)).append('\n');
      }
    }
    return y.toString();
  }

  public static String calendar(CalendarYear year, String header) {
    StringBuilder y = start(header);
    y.append("year: ").append(year.year()).append('\n');
    y.append("rest: ").append(dates(year.rest())).append('\n');
    y.append("work: ").append(dates(year.work())).append('\n');
    return y.toString();
  }

  private static String dates(List<LocalDate> dates) {
    return "[" + String.join(", ", dates.stream().map(LocalDate::toString).toList()) + "]";
  }

  private static StringBuilder start(String header) {
    StringBuilder y = new StringBuilder();
    if (header != null && !header.isEmpty()) {
      y.append(header.endsWith("\n") ? header : header + "\n");
    }
    return y;
  }
}
