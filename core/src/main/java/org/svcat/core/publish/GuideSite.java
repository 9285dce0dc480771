package org.svcat.core.publish;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.commons.io.output.StringBuilderWriter;
import org.svcat.core.Svcat;
import org.svcat.core.bundle.BundleMaterial;
import org.svcat.core.bundle.BundlePlan;
import org.svcat.core.bundle.BundlePlanner;
import org.svcat.core.clock.UnitConversion;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.CodedLabel;
import org.svcat.core.model.Handling;
import org.svcat.core.model.Item;
import org.svcat.core.model.Material;
import org.svcat.core.model.SharedMaterial;
import org.svcat.core.model.Status;
import org.svcat.core.stats.CatalogStats;
import org.svcat.core.stats.Dimension;
import org.svcat.core.stats.Kpis;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The static, offline 办事指南 site of a release: an index searchable and filterable by department,
 * type and level, a page per item and per bundle, and a stats page with an inline SVG chart.
 * Chinese UI; every catalog text goes through Mustache's HTML escaping; no external fonts, scripts
 * or CDNs.
 */
final class GuideSite {
  private static final String TEMPLATES = "org/svcat/core/guide";
  private static final ObjectWriter SCRIPT_JSON =
      JsonMapper.builder()
          .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .build()
          .writer()
          .with(new ScriptEscapes());

  private final MustacheFactory templates = new DefaultMustacheFactory(TEMPLATES);
  private final Catalog catalog;
  private final List<Item> sortedItems;
  private final Map<String, Item> itemsByCode;

  /**
   * Each item's compression as a percentage, by ratio: a catalog has few distinct pairs of
   * deadlines, and formatting is a good part of rendering a page.
   */
  private final Map<Double, String> compressions = new ConcurrentHashMap<>();

  /** The site of {@code catalog}, whose items ordered by code are {@code sortedItems}. */
  GuideSite(Catalog catalog, List<Item> sortedItems) {
    this.catalog = catalog;
    this.sortedItems = sortedItems;
    this.itemsByCode = catalog.itemsByCode();
  }

  /** Receives the files of the site, on the thread that makes them. */
  interface FileSink {
    void accept(String path, FileContent content) throws IOException;
  }

  /**
   * Hands the site's files other than the item and bundle pages to {@code sink} (paths relative to
   * {@code guide/}): the style sheet, the script, the index page and the stats page, each made on
   * the calling thread.
   */
  void writeSummaries(FileSink sink) throws IOException {
    sink.accept("style.css", FileContent.of(resource("style.css")));
    sink.accept("guide.js", FileContent.of(resource("guide.js")));
    // a row per item (39 MB for 100,000 items): written as it is rendered, never held whole
    sink.accept("index.html", out -> render("index.mustache", index(), out));
    sink.accept("stats.html", FileContent.of(render("stats.mustache", stats())));
  }

  /**
   * Hands a page per item and per bundle to {@code sink} as soon as it is rendered, one after the
   * other on the calling thread (paths relative to {@code guide/}): a provincial catalog has a
   * hundred thousand pages, and a release makes them beside the items' JSON, a thread for each.
   */
  void writePages(FileSink sink) throws IOException {
    for (Item item : sortedItems) {
      sink.accept(
          "items/" + SafeNames.of(item.code()) + ".html",
          FileContent.of(render("item.mustache", item(item))));
    }
    BundlePlanner planner = new BundlePlanner(itemsByCode::get);
    for (Bundle bundle : catalog.bundles()) {
      sink.accept(
          "bundles/" + SafeNames.of(bundle.id()) + ".html",
          FileContent.of(render("bundle.mustache", bundle(planner.plan(bundle)))));
    }
  }

  private Map<String, Object> page(String title, String root) {
    Map<String, Object> m = new HashMap<>();
    m.put("title", title);
    m.put("root", root);
    m.put("catalogTitle", catalog.meta().title());
    m.put("catalogVersion", catalog.meta().version());
    m.put("catalogId", catalog.meta().id());
    m.put("svcatVersion", Svcat.VERSION);
    return m;
  }

  private Map<String, Object> index() {
    Map<String, Object> m = page(catalog.meta().title() + " · 办事指南", "");
    List<Map<String, Object>> items = new ArrayList<>();
    TreeSet<String> departments = new TreeSet<>();
    TreeSet<String> types = new TreeSet<>();
    TreeSet<String> levels = new TreeSet<>();
    for (Item item : sortedItems) {
      if (item.status() == Status.CANCELLED) {
        continue;
      }
      Map<String, Object> row = new HashMap<>();
      row.put("name", item.name());
      row.put("file", SafeNames.of(item.code()));
      row.put("department", item.departmentOrAuthority());
      row.put("type", item.type().label());
      row.put("level", item.level().label());
      row.put("promised", item.deadline().promised().toString());
      row.put("immediate", item.handling() == Handling.IMMEDIATE);
      row.put(
          "searchText",
          (item.name()
                  + " "
                  + item.code()
                  + " "
                  + item.departmentOrAuthority()
                  + " "
                  + item.authority().name())
              .toLowerCase(Locale.ROOT));
      items.add(row);
      departments.add(item.departmentOrAuthority());
      types.add(item.type().label());
      levels.add(item.level().label());
    }
    m.put("items", items);
    m.put("itemCount", items.size());
    m.put("departments", List.copyOf(departments));
    m.put("types", List.copyOf(types));
    m.put("levels", List.copyOf(levels));
    List<Map<String, Object>> bundles = new ArrayList<>();
    for (Bundle b : catalog.bundles()) {
      bundles.add(
          Map.of(
              "name",
              b.name(),
              "file",
              SafeNames.of(b.id()),
              "mode",
              b.mode().label(),
              "promised",
              b.promised().toString()));
    }
    m.put("bundles", bundles);
    m.put("hasBundles", !bundles.isEmpty());
    return m;
  }

  private Map<String, Object> item(Item item) {
    Map<String, Object> m = page(item.name() + " · 办事指南", "../");
    m.put("name", item.name());
    m.put("code", item.code());
    m.put("type", item.type().label());
    m.put("authority", item.authority().name());
    m.put("authorityNature", item.authority().nature().label());
    m.put("level", item.level().label());
    m.put("serviceObjects", labels(item.serviceObjects()));
    m.put("handling", item.handling().label());
    m.put("status", item.status() == Status.ACTIVE ? null : item.status().label());
    m.put(
        "legal",
        item.deadline().legal() == null
            ? "法律未规定"
            : item.deadline().legal() + basis(item.deadline().legal().basis()));
    m.put("promised", item.deadline().promised().toString());
    if (item.deadline().legal() != null && item.deadline().legal().value() > 0) {
      double l = UnitConversion.workingDays(item.deadline().legal());
      double p = UnitConversion.workingDays(item.deadline().promised());
      m.put("compression", compressions.computeIfAbsent((l - p) / l, r -> "比法定时限压缩 " + percent(r)));
    }
    m.put(
        "specialProcedures",
        item.deadline().specialProcedures().stream()
            .map(s -> s.name() + (s.limit() == null ? "" : " " + s.limit()))
            .toList());
    m.put("conditions", item.conditions());
    List<Map<String, Object>> materials = new ArrayList<>();
    for (Material mat : item.materials()) {
      SharedMaterial entry = mat.ref() == null ? null : catalog.materials().get(mat.ref());
      Map<String, Object> row = new HashMap<>();
      row.put("name", mat.name());
      row.put("shared", mat.shared() || (entry != null && entry.shared()));
      row.put("condition", mat.condition());
      row.put("template", mat.template());
      row.put("necessity", mat.necessity().label());
      row.put("forms", labels(mat.forms()));
      row.put("originals", mat.originals());
      row.put("copies", mat.copies());
      row.put("source", mat.source() == null ? "" : mat.source().label());
      row.put("issuer", mat.issuer());
      materials.add(row);
    }
    m.put("materials", materials);
    m.put("hasMaterials", !materials.isEmpty());
    List<Map<String, Object>> situations = new ArrayList<>();
    Map<String, Material> byId = item.materialsById();
    item.situations()
        .forEach(
            s -> {
              Map<String, Object> row = new HashMap<>();
              row.put("name", s.name());
              row.put(
                  "materials",
                  s.materials().stream()
                      .map(id -> byId.containsKey(id) ? byId.get(id).name() : id)
                      .collect(Collectors.joining("、")));
              row.put("promised", s.promised() == null ? null : s.promised().toString());
              situations.add(row);
            });
    m.put("situations", situations);
    m.put("hasSituations", !situations.isEmpty());
    m.put("visits", item.visits());
    m.put("visitReason", item.visitReason());
    m.put("channels", labels(item.channels()));
    m.put("onlineDepth", item.onlineDepth().isEmpty() ? null : labels(item.onlineDepth()));
    m.put("charged", item.fees().charged());
    m.put("fees", item.fees().items());
    List<Map<String, Object>> prerequisites = new ArrayList<>();
    for (String code : item.prerequisites()) {
      Item p = itemsByCode.get(code);
      Map<String, Object> row = new HashMap<>();
      row.put("name", p == null ? code : p.name());
      row.put("file", p == null ? null : SafeNames.of(p.code()));
      prerequisites.add(row);
    }
    m.put("prerequisites", prerequisites);
    m.put("hasPrerequisites", !prerequisites.isEmpty());
    m.put(
        "result",
        item.result() == null
            ? null
            : item.result().name() + "（" + item.result().type().label() + "）");
    m.put("consult", String.join("、", item.contacts().consult()));
    m.put("complaint", String.join("、", item.contacts().complaint()));
    m.put(
        "legalBasis",
        item.legalBasis().stream()
            .map(b -> b.title() + (b.article() == null ? "" : b.article()))
            .toList());
    m.put("hasLegalBasis", !item.legalBasis().isEmpty());
    m.put("jsonld", governmentService(item));
    return m;
  }

  /**
   * schema.org GovernmentService, safe inside a script element: {@code <}, {@code >} and {@code &}
   * are written as {@code \u003c}, {@code \u003e} and {@code \u0026} ({@link ScriptEscapes}).
   */
  private String governmentService(Item item) {
    StringBuilderWriter text = new StringBuilderWriter(320);
    try (JsonGenerator json = SCRIPT_JSON.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringProperty("@context", "https://schema.org");
      json.writeStringProperty("@type", "GovernmentService");
      json.writeStringProperty("name", item.name());
      json.writeStringProperty("identifier", item.code());
      json.writeStringProperty("serviceType", item.type().label());
      json.writeObjectPropertyStart("provider");
      json.writeStringProperty("@type", "GovernmentOrganization");
      json.writeStringProperty("name", item.authority().name());
      json.writeStringProperty("identifier", item.authority().creditCode());
      json.writeEndObject();
      json.writeObjectPropertyStart("areaServed");
      json.writeStringProperty("@type", "AdministrativeArea");
      json.writeStringProperty("identifier", catalog.meta().region());
      json.writeEndObject();
      json.writeEndObject();
    }
    return text.toString();
  }

  /**
   * JSON's escapes, and {@code <}, {@code >} and {@code &} as Unicode escapes: text inside a script
   * element then cannot close it ({@code </script>}) or start a comment or entity.
   */
  private static final class ScriptEscapes extends CharacterEscapes {
    private final int[] codes = standardAsciiEscapesForJSON();

    ScriptEscapes() {
      codes['<'] = ESCAPE_STANDARD;
      codes['>'] = ESCAPE_STANDARD;
      codes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return codes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  private Map<String, Object> bundle(BundlePlan plan) {
    Bundle b = plan.bundle();
    Map<String, Object> m = page(b.name() + " · 办事指南", "../");
    m.put("name", b.name());
    m.put("id", b.id());
    m.put("mode", b.mode().label());
    m.put("lead", b.leadAuthority() == null ? "—" : b.leadAuthority());
    m.put("promised", b.promised().toString());
    m.put("criticalDays", UnitConversion.format(plan.criticalDays()));
    m.put(
        "criticalPath",
        plan.criticalPath().stream().map(Item::name).collect(Collectors.joining(" → ")));
    m.put("serialDays", UnitConversion.format(plan.serialDays()));
    m.put("savedDays", UnitConversion.format(plan.savedDays()));
    m.put("savedRatio", percent(plan.savedRatio()));
    m.put(
        "members",
        plan.members().stream()
            .map(
                i ->
                    Map.of(
                        "name",
                        i.name(),
                        "file",
                        SafeNames.of(i.code()),
                        "promised",
                        i.deadline().promised().toString()))
            .toList());
    List<Map<String, Object>> materials = new ArrayList<>();
    for (BundleMaterial bm : BundlePlanner.materials(plan, catalog.materials())) {
      materials.add(
          Map.of(
              "name",
              bm.name(),
              "shared",
              bm.shared(),
              "necessity",
              bm.necessity().label(),
              "usedBy",
              bm.items().stream()
                  .map(c -> itemsByCode.get(c).name())
                  .collect(Collectors.joining("、"))));
    }
    m.put("materials", materials);
    return m;
  }

  private Map<String, Object> stats() {
    Map<String, Object> m = page(catalog.meta().title() + " · 统计", "");
    CatalogStats stats = CatalogStats.of(catalog, List.of(Dimension.DEPARTMENT));
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(kpiRow("全部事项", stats.overall()));
    List<CatalogStats.Group> groups = stats.groups().get(Dimension.DEPARTMENT);
    groups.forEach(g -> rows.add(kpiRow(g.key(), g.kpis())));
    m.put("rows", rows);
    List<Map<String, Object>> bars = new ArrayList<>();
    int y = 0;
    for (CatalogStats.Group g : groups) {
      Double ratio = g.kpis().compressionRatio();
      double value = ratio == null ? 0 : Math.max(0, ratio);
      int width = (int) Math.round(value * 400);
      bars.add(
          Map.of(
              "y",
              y,
              "label",
              g.key(),
              "width",
              width,
              "textX",
              166 + width,
              "value",
              ratio == null ? "—" : percent(ratio)));
      y += 26;
    }
    m.put("bars", bars);
    m.put("chartHeight", Math.max(26, y));
    return m;
  }

  private static Map<String, Object> kpiRow(String label, Kpis k) {
    Map<String, Object> row = new HashMap<>();
    row.put("label", label);
    row.put("items", k.items());
    row.put("immediate", percent(k.immediateRate()));
    row.put("compression", k.compressionRatio() == null ? "—" : percent(k.compressionRatio()));
    row.put("zeroVisits", percent(k.zeroVisitRate()));
    row.put("averageVisits", String.format(Locale.ROOT, "%.2f", k.averageVisits()));
    row.put("online", percent(k.fullyOnlineRate()));
    row.put("materials", String.format(Locale.ROOT, "%.2f", k.materialsPerItem()));
    return row;
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  private static String basis(String basis) {
    return basis == null ? "" : "（" + basis + "）";
  }

  private static String labels(List<? extends CodedLabel> values) {
    return values.stream().map(CodedLabel::label).collect(Collectors.joining("、"));
  }

  private byte[] render(String template, Map<String, Object> context) {
    Mustache mustache = templates.compile(template);
    // a page is rendered on one thread: StringWriter's StringBuffer locked for every piece of it
    StringBuilderWriter out = new StringBuilderWriter(8192);
    mustache.execute(out, context);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@link #render(String, Map)}, written to {@code out} as it is rendered. */
  private void render(String template, Map<String, Object> context, OutputStream out)
      throws IOException {
    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try {
      templates.compile(template).execute(text, context);
    } catch (MustacheException e) {
      if (e.getCause() instanceof IOException io) {
        throw io; // the disk is full, say: reported as writing the release failed
      }
      throw e;
    }
    text.flush();
  }

  private static byte[] resource(String name) {
    try (InputStream in = GuideSite.class.getResourceAsStream("/" + TEMPLATES + "/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
