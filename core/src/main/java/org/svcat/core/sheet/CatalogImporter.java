package org.svcat.core.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.svcat.core.Progress;
import org.svcat.core.Svcat;
import org.svcat.core.ValidateOptions;
import org.svcat.core.finding.Messages;
import org.svcat.core.format.CatalogFormatter;
import org.svcat.core.format.CatalogYamlWriter;
import org.svcat.core.format.CommentKeeper;
import org.svcat.core.format.ItemYamlWriter;
import org.svcat.core.init.CatalogSkeleton;
import org.svcat.core.io.Trees;
import org.svcat.core.load.LoadResult;
import org.svcat.core.load.ModelBinder;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.CalendarYear;
import org.svcat.core.model.CatalogMeta;
import org.svcat.core.model.DirectoryEntry;
import org.svcat.core.model.Item;
import org.svcat.core.model.SharedMaterial;
import org.svcat.core.schema.SchemaKind;
import org.svcat.core.schema.SchemaProblem;
import org.svcat.core.schema.SchemaValidator;
import org.svcat.core.schema.SchemaWording;
import org.svcat.core.yaml.StrictYamlReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code svcat import}: a 实施清单 workbook (.xlsx, or .csv in UTF-8 or GBK) into catalog files. Rows
 * that cannot be mapped are reported with their sheet, row and column and nothing is written for
 * them; the rest are written as canonical YAML ({@link ItemYamlWriter}) with the editor modeline.
 * Re-importing over an existing catalog writes only the files whose content changed, to the files
 * that already hold those items.
 */
public final class CatalogImporter {
  /** A row that could not be imported, and why. */
  public record Problem(String sheet, int row, String column, String message) {
    @Override
    public String toString() {
      return sheet + "!" + column + row + ": " + message;
    }
  }

  /**
   * A column with data whose header names no field (or a field an earlier column already gave), so
   * that nothing in it was imported: its sheet, column letter and header as written.
   */
  public record UnreadColumn(String sheet, String column, String header) {}

  /** A comment of a file import rewrote that has no place in the new text: where it stood. */
  public record DroppedComment(String file, int line, String comment) {}

  /**
   * What an import did. A rewritten file keeps its comments by their keys; {@code droppedComments}
   * lists each that had no place in the new text (by a field the workbook emptied, say), and {@code
   * commentsDropped} the files whose comments could not be placed at all, and are gone. {@code
   * keptFromCatalog} names the fields the workbook has no column for (materials and situations: no
   * sheet or column), for which items imported over the catalog kept what they had there (as "办理部门
   * (department)"); {@code unreadColumns} the columns with data that no field was read from.
   */
  public record Result(
      List<String> written,
      List<String> unchanged,
      List<Problem> problems,
      int items,
      List<String> commentsDropped,
      List<DroppedComment> droppedComments,
      List<String> keptFromCatalog,
      List<UnreadColumn> unreadColumns) {
    public Result {
      written = List.copyOf(written);
      unchanged = List.copyOf(unchanged);
      problems = List.copyOf(problems);
      commentsDropped = List.copyOf(commentsDropped);
      droppedComments = List.copyOf(droppedComments);
      keptFromCatalog = List.copyOf(keptFromCatalog);
      unreadColumns = List.copyOf(unreadColumns);
    }
  }

  private static final ModelBinder BINDER = new ModelBinder();
  private static final StrictYamlReader READER = new StrictYamlReader();

  private final SchemaValidator schemas;
  private final ImportMapping mapping;
  private final Messages messages;
  private final List<Problem> problems = new ArrayList<>();
  private final List<UnreadColumn> unreadColumns = new ArrayList<>();

  private CatalogImporter(SchemaValidator schemas, ImportMapping mapping, Messages messages) {
    this.schemas = schemas;
    this.mapping = mapping;
    this.messages = messages;
  }

  /** Imports {@code workbook} into the catalog directory {@code dir} (created when missing). */
  public static Result importInto(Path workbook, Path dir, ImportMapping mapping, String language)
      throws IOException {
    return importInto(workbook, dir, mapping, language, Progress.NONE);
  }

  /**
   * {@link #importInto(Path, Path, ImportMapping, String)}, telling {@code progress} the rows read
   * (a total not known yet), then the items written of all.
   */
  public static Result importInto(
      Path workbook, Path dir, ImportMapping mapping, String language, Progress progress)
      throws IOException {
    return new CatalogImporter(new SchemaValidator(), mapping, Messages.forLanguage(language))
        .run(workbook, dir, progress);
  }

  private Result run(Path workbook, Path dir, Progress progress) throws IOException {
    List<Table> tables = TableReader.read(workbook, progress);
    boolean existing = Files.isRegularFile(dir.resolve("catalog.yaml"));
    Files.createDirectories(dir);
    if (!existing && !Files.isDirectory(dir.resolve("schemas"))) {
      CatalogSkeleton.writeSchemas(dir);
    }
    LoadResult current = existing ? Svcat.create().load(dir, ValidateOptions.DEFAULT) : null;
    Writer writer = new Writer(dir, current);

    Map<String, List<Row>> materials = byCode(rows(tables, SheetColumns.MATERIALS, false));
    Map<String, List<Row>> situations = byCode(rows(tables, SheetColumns.SITUATIONS, false));
    List<Row> itemRows = rows(tables, SheetColumns.ITEMS, true);
    Absent absent = absent(itemRows, materials, situations, current);
    List<Item> items = items(itemRows, materials, situations, absent);
    Map<String, String> names = new HashMap<>();
    if (current != null) {
      names.putAll(CatalogFormatter.names(current.catalog()));
    }
    items.forEach(i -> names.put(i.code(), i.name()));
    ItemYamlWriter itemWriter = new ItemYamlWriter(names::get);
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      progress.update(i, items.size());
      writer.write(
          SchemaKind.ITEM,
          item.code(),
          "items/" + safe(item.code()) + ".yaml",
          item,
          h -> itemWriter.write(item, h));
      writer.copyForms(item, workbook.toAbsolutePath().getParent());
    }
    progress.update(items.size(), items.size());
    for (Row row : rows(tables, SheetColumns.DIRECTORY, false)) {
      DirectoryEntry e =
          bind(row, directoryEntry(row), SchemaKind.DIRECTORY_ENTRY, DirectoryEntry.class);
      if (e != null) {
        writer.write(
            SchemaKind.DIRECTORY_ENTRY,
            e.basicCode(),
            "directory/" + safe(e.basicCode()) + ".yaml",
            e,
            h -> CatalogYamlWriter.directoryEntry(e, h));
      }
    }
    for (Row row : rows(tables, SheetColumns.BUNDLES, false)) {
      Bundle b = bind(row, node(row, this::bundle), SchemaKind.BUNDLE, Bundle.class);
      if (b != null) {
        writer.write(
            SchemaKind.BUNDLE,
            b.id(),
            "bundles/" + safe(b.id()) + ".yaml",
            b,
            h -> CatalogYamlWriter.bundle(b, names, h));
      }
    }
    List<Row> dictionary = rows(tables, SheetColumns.DICTIONARY, false);
    if (!dictionary.isEmpty()) {
      List<SharedMaterial> entries = new ArrayList<>();
      for (Row row : dictionary) {
        SharedMaterial m = bind(row, node(row, this::sharedMaterial), null, SharedMaterial.class);
        if (m != null) {
          entries.add(
              new SharedMaterial(
                  row.get("ref"),
                  m.name(),
                  m.source(),
                  m.issuer(),
                  m.shared(),
                  m.forms(),
                  m.basis()));
        }
      }
      writer.write(
          SchemaKind.MATERIALS,
          "materials.yaml",
          "materials.yaml",
          byRef(entries),
          h -> CatalogYamlWriter.materials(entries, h));
    }
    for (Row row : rows(tables, SheetColumns.CALENDARS, false)) {
      CalendarYear y =
          bind(row, node(row, this::calendar), SchemaKind.CALENDAR, CalendarYear.class);
      if (y != null) {
        writer.write(
            SchemaKind.CALENDAR,
            "CN-" + y.year(),
            "calendars/CN-" + y.year() + ".yaml",
            y,
            h -> CatalogYamlWriter.calendar(y, h));
      }
    }
    List<Row> meta = rows(tables, SheetColumns.META, false);
    CatalogMeta catalogMeta =
        meta.isEmpty()
            ? null
            : bind(meta.get(0), metaNode(meta.get(0)), SchemaKind.CATALOG, CatalogMeta.class);
    if (catalogMeta == null && !existing) {
      catalogMeta = defaultMeta(dir, workbook, items);
    }
    if (catalogMeta != null) {
      CatalogMeta m = catalogMeta;
      writer.write(
          SchemaKind.CATALOG,
          "catalog.yaml",
          "catalog.yaml",
          m,
          h -> CatalogYamlWriter.catalog(m, h));
    }
    problems.sort(
        (a, b) ->
            a.sheet.equals(b.sheet) ? Integer.compare(a.row, b.row) : a.sheet.compareTo(b.sheet));
    return new Result(
        writer.written,
        writer.unchanged,
        problems,
        items.size(),
        writer.commentsDropped,
        writer.droppedComments,
        absent.kept.stream().map(CatalogImporter::shown).toList(),
        unreadColumns);
  }

  /**
   * What a workbook imported over a catalog is silent about: the item fields its items sheet has no
   * column for, and materials and situations when it has neither a sheet nor a column for them (as
   * a CSV, which holds the items sheet alone). Each item of the catalog keeps what it has for those
   * ({@link #keepAbsent}), rather than losing it; {@code kept} collects the fields it was kept for.
   */
  private record Absent(List<String> fields, Map<String, Path> files, Set<String> kept) {}

  private Absent absent(
      List<Row> itemRows,
      Map<String, List<Row>> materials,
      Map<String, List<Row>> situations,
      LoadResult current) {
    if (current == null || itemRows.isEmpty()) {
      return new Absent(List.of(), Map.of(), new TreeSet<>());
    }
    Set<String> present = itemRows.get(0).columns.keySet();
    List<String> fields = new ArrayList<>();
    for (String field : new LinkedHashSet<>(mapping.sheets().get("items").columns().values())) {
      // material.* columns come as a whole (below); a legal deadline's basis may come in its cell
      if (!present.contains(field)
          && !field.startsWith("material.")
          && !field.equals("deadline.legal.basis")) {
        fields.add(field);
      }
    }
    if (materials.isEmpty() && !present.contains("material.name")) {
      fields.add("materials");
    }
    if (situations.isEmpty()) {
      fields.add("situations");
    }
    Map<String, Path> files = new HashMap<>();
    if (!fields.isEmpty()) {
      for (Item item : current.catalog().items()) {
        files.putIfAbsent(item.code(), current.directory().resolve(current.origin(item).path()));
      }
    }
    return new Absent(fields, files, new TreeSet<>());
  }

  /** Puts into {@code node} what the catalog has for the fields the workbook is silent about. */
  private static void keepAbsent(ObjectNode node, String code, Absent absent) {
    Path file = absent.files.get(code);
    JsonNode tree;
    try {
      tree = file == null ? null : READER.readWithoutPositions(Files.readAllBytes(file)).root();
    } catch (IOException e) {
      return; // gone since the catalog was read: nothing to keep from it
    }
    if (tree == null || !tree.isObject()) {
      return;
    }
    for (String field : absent.fields) {
      String[] path = field.split("\\.");
      JsonNode value = tree;
      for (String step : path) {
        value = value.path(step);
      }
      if (value.isMissingNode()) {
        continue; // nothing there either: what the row gives (a default, or nothing) stands
      }
      ObjectNode parent = node;
      for (int i = 0; i < path.length - 1; i++) {
        parent = parent.get(path[i]) instanceof ObjectNode o ? o : parent.putObject(path[i]);
      }
      parent.set(path[path.length - 1], value.deepCopy());
      absent.kept.add(field);
    }
  }

  /** How a field is named to a person: its column's name in the exchange schema, and the field. */
  private static String shown(String field) {
    if (field.equals("materials")) {
      return SheetColumns.MATERIALS.name() + " (materials)";
    }
    if (field.equals("situations")) {
      return SheetColumns.SITUATIONS.name() + " (situations)";
    }
    for (var column : SheetColumns.ITEMS.columns().entrySet()) {
      if (column.getValue().equals(field)) {
        return column.getKey().split("\\|")[0] + " (" + field + ")";
      }
    }
    return field;
  }

  // ---------------------------------------------------------------- rows and headers

  /** Fields whose cells must be text: a code typed as a number loses its leading zeros. */
  private static final Set<String> CODES =
      Set.of(
          "code",
          "basicCode",
          "authority.creditCode",
          "contacts.consult",
          "contacts.complaint",
          "region");

  /**
   * One data row: its sheet, 1-based row number, and cell text by field (with the column of each).
   */
  record Row(String sheet, int row, Map<String, String> values, Map<String, String> columns) {
    String get(String field) {
      return values.getOrDefault(field, "").strip();
    }

    boolean has(String field) {
      return !get(field).isEmpty();
    }

    String column(String field) {
      return columns.getOrDefault(field, "—");
    }
  }

  /** The data rows of a sheet kind; {@code guess} lets the items sheet be found by its headers. */
  private List<Row> rows(List<Table> tables, SheetColumns.Sheet kind, boolean guess) {
    String key = ImportMapping.key(kind);
    SheetColumns.Sheet sheet = mapping.sheets().get(key);
    Map<String, String> columns = new HashMap<>();
    sheet.columns().forEach((h, f) -> columns.put(SheetColumns.normalize(h), f));
    Table table = null;
    String wanted = mapping.sheetNames().getOrDefault(key, sheet.name());
    for (Table t : tables) {
      if (t.name().equals(wanted)) {
        table = t;
      }
    }
    int[] best = {-1, 0};
    if (table == null && guess) {
      for (Table t : tables) {
        int[] h = header(t, columns);
        if (h[1] > best[1]) {
          best = h;
          table = t;
        }
      }
    }
    if (table == null && guess && !tables.isEmpty()) {
      table = tables.get(0); // no sheet has a header of items: say so, rather than import nothing
    }
    if (table == null) {
      return List.of();
    }
    int[] header = header(table, columns);
    if (header[1] == 0) {
      problems.add(new Problem(table.name(), 1, "A", messages.format("import.no-header")));
      return List.of();
    }
    int headerRow = header[0];
    Map<Integer, String> fieldOf = new LinkedHashMap<>();
    int width = table.rows().stream().mapToInt(List::size).max().orElse(0);
    for (int c = 0; c < width; c++) {
      String field = field(table, headerRow, c, columns);
      if (field != null && !fieldOf.containsValue(field)) {
        fieldOf.put(c, field);
      } else if (isUnread(table, headerRow, c)) {
        unreadColumns.add(
            new UnreadColumn(table.name(), Table.columnName(c), table.cell(headerRow, c).strip()));
      }
    }
    // the same for every row: one map, shared (a map per row was a fifth of a 100k import's heap)
    Map<String, String> cols = new HashMap<>();
    fieldOf.forEach((c, field) -> cols.put(field, Table.columnName(c)));
    List<Row> rows = new ArrayList<>();
    for (int r = headerRow + 1; r < table.rows().size(); r++) {
      Map<String, String> values = new HashMap<>();
      boolean blank = true;
      for (var e : fieldOf.entrySet()) {
        String text = table.cell(r, e.getKey());
        if (!text.isBlank()) {
          values.put(e.getValue(), text);
          blank = false;
          if (CODES.contains(e.getValue()) && table.numericCells().contains(r + ":" + e.getKey())) {
            problems.add(
                new Problem(
                    table.name(),
                    r + 1,
                    Table.columnName(e.getKey()),
                    messages.format("import.numeric-code", text)));
            values.put("#invalid", "true");
          }
        }
      }
      if (!blank) {
        rows.add(new Row(table.name(), r + 1, values, cols));
      }
    }
    return rows;
  }

  /**
   * Whether the column {@code c}, which gives no field, was written to be read: it has a header,
   * other than 序号 (the row's number, in most workbooks), and data below it. Its data would be lost
   * without a word (a header typed 现场原因 for 必须现场办理原因说明).
   */
  private static boolean isUnread(Table table, int headerRow, int c) {
    String header = table.cell(headerRow, c).strip();
    if (header.isEmpty() || header.equals("序号")) {
      return false;
    }
    for (int r = headerRow + 1; r < table.rows().size(); r++) {
      if (!table.cell(r, c).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** {row, number of known headers} of the best header row among the first ten rows. */
  private static int[] header(Table table, Map<String, String> columns) {
    int[] best = {0, 0};
    for (int r = 0; r < Math.min(10, table.rows().size()); r++) {
      int known = 0;
      for (int c = 0; c < table.rows().get(r).size(); c++) {
        if (field(table, r, c, columns) != null) {
          known++;
        }
      }
      if (known > best[1]) {
        best = new int[] {r, known};
      }
    }
    return best;
  }

  /**
   * The field of a header cell; under a two-row header (a merged group such as 办结时限 above 法定 and
   * 承诺) the two are tried joined both ways (法定办结时限).
   */
  private static String field(Table table, int row, int column, Map<String, String> columns) {
    String own = SheetColumns.normalize(table.cell(row, column));
    if (columns.containsKey(own)) {
      return columns.get(own);
    }
    if (row > 0 && !own.isEmpty()) {
      String parent = SheetColumns.normalize(table.cell(row - 1, column));
      String field = columns.get(parent + own);
      return field != null ? field : columns.get(own + parent);
    }
    return null;
  }

  private static Map<String, List<Row>> byCode(List<Row> rows) {
    Map<String, List<Row>> map = new LinkedHashMap<>();
    rows.forEach(r -> map.computeIfAbsent(r.get("code"), k -> new ArrayList<>()).add(r));
    return map;
  }

  // ---------------------------------------------------------------- items

  private List<Item> items(
      List<Row> rows,
      Map<String, List<Row>> materials,
      Map<String, List<Row>> situations,
      Absent absent) {
    Map<String, List<Row>> byCode = new LinkedHashMap<>();
    for (Row row : rows) {
      if (!row.has("code")) {
        problems.add(
            new Problem(row.sheet, row.row, row.column("code"), messages.format("import.no-code")));
        continue;
      }
      byCode.computeIfAbsent(row.get("code"), k -> new ArrayList<>()).add(row);
    }
    List<Item> items = new ArrayList<>();
    for (var entry : byCode.entrySet()) {
      Row first = entry.getValue().get(0);
      if (entry.getValue().stream().anyMatch(r -> r.values.containsKey("#invalid"))) {
        continue;
      }
      try {
        ObjectNode node = item(first);
        ArrayNode list = node.putArray("materials");
        List<Row> sources = new ArrayList<>();
        if (materials.containsKey(entry.getKey())) {
          for (Row m : materials.get(entry.getKey())) {
            list.add(material(m, "", list.size()));
            sources.add(m);
          }
        } else {
          for (Row r : entry.getValue()) {
            if (r.has("material.name")) {
              list.add(material(r, "material.", list.size()));
              sources.add(r);
            }
          }
        }
        if (situations.containsKey(entry.getKey())) {
          ArrayNode s = node.putArray("situations");
          for (Row r : situations.get(entry.getKey())) {
            s.add(situation(r));
          }
        }
        keepAbsent(node, entry.getKey(), absent);
        Item item = bind(first, node, SchemaKind.ITEM, Item.class, sources);
        if (item != null) {
          items.add(item);
        }
      } catch (CellError e) {
        // reported where it was found
      }
    }
    return items;
  }

  /** A cell that could not be read; the problem is already recorded. */
  private static final class CellError extends Exception {
    private static final long serialVersionUID = 1L;
  }

  private ObjectNode item(Row r) throws CellError {
    ObjectNode n = Cells.NODES.objectNode();
    text(n, "code", r, "code");
    text(n, "basicCode", r, "basicCode");
    text(n, "name", r, "name");
    label(n, "type", r, "type");
    label(n, "level", r, "level");
    ObjectNode authority = n.putObject("authority");
    text(authority, "name", r, "authority.name");
    text(authority, "creditCode", r, "authority.creditCode");
    label(authority, "nature", r, "authority.nature");
    text(n, "department", r, "department");
    if (r.has("legalBasis")) {
      n.set("legalBasis", legalBasis(r.get("legalBasis")));
    }
    labels(n, "serviceObjects", r, "serviceObjects");
    ArrayNode conditions = n.putArray("conditions");
    Cells.lines(r.get("conditions")).forEach(conditions::add);
    label(n, "handling", r, "handling");
    ObjectNode deadline = n.putObject("deadline");
    if (r.has("deadline.legal")) {
      List<String> parts = Cells.parts(r.get("deadline.legal"), 2);
      ObjectNode legal = cell(r, "deadline.legal", () -> Cells.limit(parts.get(0)));
      String basis =
          r.has("deadline.legal.basis")
              ? r.get("deadline.legal.basis")
              : parts.size() > 1 ? parts.get(1) : "";
      if (!basis.isEmpty()) {
        legal.put("basis", basis);
      }
      deadline.set("legal", legal);
    }
    if (r.has("deadline.promised")) {
      List<String> parts = Cells.parts(r.get("deadline.promised"), 2);
      ObjectNode promised = cell(r, "deadline.promised", () -> Cells.limit(parts.get(0)));
      if (parts.size() > 1 && !parts.get(1).isEmpty()) {
        promised.put("basis", parts.get(1));
      }
      deadline.set("promised", promised);
    }
    if (r.has("deadline.specialProcedures")) {
      ArrayNode specials = deadline.putArray("specialProcedures");
      for (String line : Cells.lines(r.get("deadline.specialProcedures"))) {
        List<String> parts = Cells.parts(line, 2);
        ObjectNode p = specials.addObject().put("name", parts.get(0));
        if (parts.size() > 1 && !parts.get(1).isEmpty()) {
          p.set("limit", cell(r, "deadline.specialProcedures", () -> Cells.limit(parts.get(1))));
        }
      }
    }
    if (r.has("visits")) {
      n.put("visits", cell(r, "visits", () -> Cells.number(r.get("visits"))));
    }
    text(n, "visitReason", r, "visitReason");
    labels(n, "channels", r, "channels");
    labels(n, "onlineDepth", r, "onlineDepth");
    ObjectNode fees = n.putObject("fees");
    fees.put(
        "charged",
        r.has("fees.charged")
            ? cell(r, "fees.charged", () -> Cells.bool(r.get("fees.charged")))
            : Boolean.FALSE);
    if (r.has("fees.items")) {
      ArrayNode items = fees.putArray("items");
      for (String line : Cells.lines(r.get("fees.items"))) {
        List<String> p = Cells.parts(line, 5);
        ObjectNode fee =
            items.addObject().put("name", p.get(0)).put("standard", p.size() > 1 ? p.get(1) : "");
        if (p.size() > 2 && !p.get(2).isEmpty()) {
          fee.put("amount", cell(r, "fees.items", () -> Cells.decimal(p.get(2))));
        }
        if (p.size() > 3 && !p.get(3).isEmpty()) {
          fee.put("basis", p.get(3));
        }
        if (p.size() > 4 && !p.get(4).isEmpty()) {
          fee.put("waivable", cell(r, "fees.items", () -> Cells.bool(p.get(4))));
        }
      }
    }
    if (r.has("fees.onlinePayment")) {
      fees.put(
          "onlinePayment",
          cell(r, "fees.onlinePayment", () -> Cells.bool(r.get("fees.onlinePayment"))));
    }
    lines(n, "prerequisites", r, "prerequisites");
    lines(n, "coHandlers", r, "coHandlers");
    if (r.has("result.name") || r.has("result.type")) {
      ObjectNode result = n.putObject("result");
      text(result, "name", r, "result.name");
      label(result, "type", r, "result.type");
    }
    ObjectNode contacts = n.putObject("contacts");
    ArrayNode consult = contacts.putArray("consult");
    Cells.list(r.get("contacts.consult")).forEach(consult::add);
    ArrayNode complaint = contacts.putArray("complaint");
    Cells.list(r.get("contacts.complaint")).forEach(complaint::add);
    label(n, "status", r, "status");
    text(n, "effectiveFrom", r, "effectiveFrom");
    if (r.has("suppress")) {
      ArrayNode suppress = n.putArray("suppress");
      for (String line : Cells.lines(r.get("suppress"))) {
        List<String> p = Cells.parts(line, 2);
        suppress.addObject().put("rule", p.get(0)).put("reason", p.size() > 1 ? p.get(1) : "");
      }
    }
    return n;
  }

  private ObjectNode material(Row r, String prefix, int index) throws CellError {
    ObjectNode m = Cells.NODES.objectNode();
    m.put("id", r.has(prefix + "id") ? r.get(prefix + "id") : String.format("M%02d", index + 1));
    text(m, "name", r, prefix + "name");
    m.put(
        "necessity",
        r.has(prefix + "necessity")
            ? Cells.label(r.get(prefix + "necessity"), "necessity", mapping.values())
            : "必要");
    text(m, "condition", r, prefix + "condition");
    labels(m, "forms", r, prefix + "forms");
    if (r.has(prefix + "originals")) {
      m.put(
          "originals",
          cell(r, prefix + "originals", () -> Cells.number(r.get(prefix + "originals"))));
    }
    if (r.has(prefix + "copies")) {
      m.put("copies", cell(r, prefix + "copies", () -> Cells.number(r.get(prefix + "copies"))));
    }
    label(m, "source", r, prefix + "source");
    text(m, "issuer", r, prefix + "issuer");
    if (r.has(prefix + "shared")) {
      m.put("shared", cell(r, prefix + "shared", () -> Cells.bool(r.get(prefix + "shared"))));
    }
    text(m, "ref", r, prefix + "ref");
    text(m, "template", r, prefix + "template");
    text(m, "basis", r, prefix + "basis");
    return m;
  }

  private ObjectNode situation(Row r) throws CellError {
    ObjectNode s = Cells.NODES.objectNode();
    text(s, "id", r, "id");
    text(s, "name", r, "name");
    ArrayNode materials = s.putArray("materials");
    Cells.list(r.get("materials")).forEach(materials::add);
    if (r.has("promised")) {
      s.set("promised", cell(r, "promised", () -> Cells.limit(r.get("promised"))));
    }
    return s;
  }

  // ---------------------------------------------------------------- other sheets

  private ObjectNode directoryEntry(Row r) {
    ObjectNode n = Cells.NODES.objectNode();
    text(n, "basicCode", r, "basicCode");
    text(n, "name", r, "name");
    label(n, "type", r, "type");
    labels(n, "levels", r, "levels");
    n.set("legalBasis", legalBasis(r.get("legalBasis")));
    label(n, "status", r, "status");
    return n;
  }

  private ObjectNode bundle(Row r) throws CellError {
    ObjectNode n = Cells.NODES.objectNode();
    text(n, "id", r, "id");
    text(n, "name", r, "name");
    label(n, "mode", r, "mode");
    lines(n, "items", r, "items");
    if (r.has("promised")) {
      n.set("promised", cell(r, "promised", () -> Cells.limit(r.get("promised"))));
    }
    text(n, "leadAuthority", r, "leadAuthority");
    return n;
  }

  private ObjectNode sharedMaterial(Row r) throws CellError {
    ObjectNode n = Cells.NODES.objectNode();
    text(n, "name", r, "name");
    label(n, "source", r, "source");
    text(n, "issuer", r, "issuer");
    if (r.has("shared")) {
      n.put("shared", cell(r, "shared", () -> Cells.bool(r.get("shared"))));
    }
    labels(n, "forms", r, "forms");
    text(n, "basis", r, "basis");
    return n;
  }

  private ObjectNode calendar(Row r) throws CellError {
    ObjectNode n = Cells.NODES.objectNode();
    n.put("year", cell(r, "year", () -> Cells.number(r.get("year"))));
    lines(n, "rest", r, "rest", Cells.list(r.get("rest")));
    lines(n, "work", r, "work", Cells.list(r.get("work")));
    return n;
  }

  private ObjectNode metaNode(Row r) {
    ObjectNode n = Cells.NODES.objectNode();
    for (String field : List.of("id", "title", "region", "version", "language", "codeScheme")) {
      text(n, field, r, field);
    }
    return n;
  }

  private static CatalogMeta defaultMeta(Path dir, Path workbook, List<Item> items) {
    String folder =
        dir.toAbsolutePath().normalize().getFileName() == null
            ? "catalog"
            : dir.toAbsolutePath().normalize().getFileName().toString();
    String region = "000000";
    for (Item item : items) {
      String credit = item.authority().creditCode();
      if (credit.length() >= 8 && credit.substring(2, 8).matches("\\d{6}")) {
        region = credit.substring(2, 8);
        break;
      }
    }
    String title = workbook.getFileName().toString().replaceAll("\\.[^.]*$", "");
    return new CatalogMeta(CatalogSkeleton.idFor(folder), title, region, "0.1.0", null, null, null);
  }

  // ---------------------------------------------------------------- cells to JSON

  private static JsonNode legalBasis(String cell) {
    ArrayNode array = Cells.NODES.arrayNode();
    for (String line : Cells.lines(cell)) {
      List<String> p = Cells.parts(line, 3);
      ObjectNode b = array.addObject().put("title", p.get(0));
      if (p.size() > 1 && !p.get(1).isEmpty()) {
        b.put("article", p.get(1));
      }
      if (p.size() > 2 && !p.get(2).isEmpty()) {
        b.put("text", p.get(2));
      }
    }
    return array;
  }

  private static void text(ObjectNode n, String key, Row r, String field) {
    if (r.has(field)) {
      n.put(key, r.get(field));
    }
  }

  private void label(ObjectNode n, String key, Row r, String field) {
    if (r.has(field)) {
      n.put(key, Cells.label(r.get(field), field.replace("material.", ""), mapping.values()));
    }
  }

  private void labels(ObjectNode n, String key, Row r, String field) {
    if (r.has(field)) {
      ArrayNode a = n.putArray(key);
      Cells.list(r.get(field))
          .forEach(v -> a.add(Cells.label(v, field.replace("material.", ""), mapping.values())));
    }
  }

  private static void lines(ObjectNode n, String key, Row r, String field) {
    if (r.has(field)) {
      lines(n, key, r, field, Cells.lines(r.get(field)));
    }
  }

  private static void lines(ObjectNode n, String key, Row r, String field, List<String> values) {
    ArrayNode a = n.putArray(key);
    values.forEach(a::add);
  }

  private interface NodeBuilder {
    ObjectNode build(Row row) throws CellError;
  }

  /** The node {@code builder} makes of {@code row}, or null when a cell could not be read. */
  private static ObjectNode node(Row row, NodeBuilder builder) {
    try {
      return builder.build(row);
    } catch (CellError e) {
      return null;
    }
  }

  /** What is wrong with a cell, in the user's language. */
  private String badCell(Cells.BadCell e) {
    String key =
        switch (e.variant) {
          case "limit" -> "import.bad-cell.limit";
          case "number" -> "import.bad-cell.number";
          case "amount" -> "import.bad-cell.amount";
          default -> "import.bad-cell.yes-no";
        };
    return messages.format(key, e.cell);
  }

  private interface CellValue<T> {
    T read() throws Cells.BadCell;
  }

  /** Reads one cell's value, recording a problem at its row and column when it cannot be read. */
  private <T> T cell(Row r, String field, CellValue<T> value) throws CellError {
    try {
      return value.read();
    } catch (Cells.BadCell e) {
      problems.add(new Problem(r.sheet, r.row, r.column(field), badCell(e)));
      throw new CellError();
    }
  }

  // ---------------------------------------------------------------- schema and binding

  private <T> T bind(Row row, ObjectNode node, SchemaKind kind, Class<T> type) {
    return bind(row, node, kind, type, List.of());
  }

  /** Checks {@code node} against its schema and binds it; problems go to the row and column. */
  private <T> T bind(
      Row row, ObjectNode node, SchemaKind kind, Class<T> type, List<Row> materialRows) {
    if (node == null) {
      return null;
    }
    if (kind != null) {
      List<SchemaProblem> found = schemas.validate(kind, node);
      if (!found.isEmpty()) {
        for (SchemaProblem p : SchemaWording.relevant(found)) {
          Row at = row;
          String[] segments = p.pointer().split("/");
          String field = segments.length > 1 ? segments[1] : "";
          if (field.equals("materials")
              && segments.length > 2
              && segments[2].matches("\\d+")
              && Integer.parseInt(segments[2]) < materialRows.size()) {
            at = materialRows.get(Integer.parseInt(segments[2]));
            String sub = segments.length > 3 ? segments[3] : "name";
            field = at.columns.containsKey(sub) ? sub : "material." + sub;
          } else if (segments.length > 2
              && !segments[2].matches("\\d+")
              && at.columns.containsKey(field + "." + segments[2])) {
            field = field + "." + segments[2];
          }
          String message =
              "required".equals(p.keyword())
                  ? messages.format("import.required", SchemaWording.missingKey(p, messages))
                  : messages.format(
                      "import.invalid",
                      p.pointer(),
                      SchemaWording.message(p, node, Optional.empty(), messages));
          problems.add(new Problem(at.sheet, at.row, at.column(field), message));
        }
        return null;
      }
    }
    try {
      return BINDER.bind(node, type);
    } catch (RuntimeException e) {
      problems.add(
          new Problem(
              row.sheet, row.row, "—", messages.format("import.invalid", "", e.getMessage())));
      return null;
    }
  }

  private static Map<String, SharedMaterial> byRef(List<SharedMaterial> entries) {
    Map<String, SharedMaterial> map = new TreeMap<>();
    entries.forEach(m -> map.put(m.ref(), m));
    return map;
  }

  private static String safe(String code) {
    return code.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,127}")
        ? code
        : "x-" + Integer.toHexString(code.hashCode());
  }

  /**
   * Writes files, keeping existing file names and headers. A record equal to what the catalog
   * already holds is left alone, however its file is formatted: re-importing changes only what
   * changed. A file rewritten with a changed record keeps its comments by their keys ({@link
   * CommentKeeper}); a comment with no place in the new text (by a field the workbook emptied) is
   * listed in {@code droppedComments}, a file whose comments could not be placed at all in {@code
   * commentsDropped}.
   */
  private static final class Writer {
    final Path dir;
    final List<String> written = new ArrayList<>();
    final List<String> unchanged = new ArrayList<>();
    final List<String> commentsDropped = new ArrayList<>();
    final List<DroppedComment> droppedComments = new ArrayList<>();
    final Map<String, String> existingFiles = new HashMap<>();
    final Map<String, Object> existingRecords = new HashMap<>();
    final Map<SchemaKind, String[]> sampleHeaders = new HashMap<>();

    Writer(Path dir, LoadResult current) {
      this.dir = dir;
      if (current == null) {
        return;
      }
      var catalog = current.catalog();
      catalog.items().forEach(i -> remember(current, SchemaKind.ITEM, i.code(), i, i));
      catalog
          .directory()
          .forEach(e -> remember(current, SchemaKind.DIRECTORY_ENTRY, e.basicCode(), e, e));
      catalog.bundles().forEach(b -> remember(current, SchemaKind.BUNDLE, b.id(), b, b));
      catalog
          .calendars()
          .forEach(c -> remember(current, SchemaKind.CALENDAR, "CN-" + c.year(), c, c));
      remember(current, SchemaKind.CATALOG, "catalog.yaml", catalog.meta(), catalog.meta());
      if (!catalog.materials().isEmpty()) {
        var first = catalog.materials().values().iterator().next();
        remember(
            current,
            SchemaKind.MATERIALS,
            "materials.yaml",
            first,
            new TreeMap<>(catalog.materials()));
      }
    }

    private void remember(
        LoadResult current, SchemaKind kind, String key, Object located, Object record) {
      var origin = current.origin(located);
      if (origin != null) {
        existingFiles.putIfAbsent(kind + ":" + key, origin.path());
        existingRecords.putIfAbsent(kind + ":" + key, record);
        sampleHeaders.putIfAbsent(
            kind, new String[] {origin.path(), header(dir.resolve(origin.path()))});
      }
    }

    interface Content {
      String text(String header) throws IOException;
    }

    void write(SchemaKind kind, String key, String defaultPath, Object record, Content content)
        throws IOException {
      String path = existingFiles.getOrDefault(kind + ":" + key, defaultPath);
      if (record.equals(existingRecords.get(kind + ":" + key))) {
        unchanged.add(path);
        return;
      }
      Path file = dir.resolve(path);
      String old =
          Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      String text;
      if (old == null) {
        text = content.text(modeline(kind, path));
      } else {
        CommentKeeper.Kept kept =
            CommentKeeper.keepWhatFits(old, content.text(CatalogFormatter.header(old)));
        // the workbook wins, but not in silence
        if (kept.none()) {
          commentsDropped.add(path);
        }
        kept.dropped()
            .forEach(d -> droppedComments.add(new DroppedComment(path, d.line(), d.comment())));
        text = CatalogFormatter.inStyleOf(old, kept.text());
      }
      if (text.equals(old)) {
        unchanged.add(path);
        return;
      }
      Trees.writeAtomically(file, text);
      written.add(path);
    }

    /** Copies the item's blank forms found beside the workbook, when the catalog lacks them. */
    void copyForms(Item item, Path workbookDir) throws IOException {
      for (var m : item.materials()) {
        Path from = FormPaths.inside(workbookDir, m.template());
        Path to = FormPaths.inside(dir, m.template());
        if (from != null && to != null && Files.isRegularFile(from) && !Files.exists(to)) {
          Files.createDirectories(to.getParent());
          Files.copy(from, to);
          written.add(
              dir.toAbsolutePath().normalize().relativize(to).toString().replace('\\', '/'));
        }
      }
    }

    /**
     * The modeline of a new file: pointing where the other files of its kind point, else schemas/.
     */
    private String modeline(SchemaKind kind, String path) {
      Path fileDir = dir.resolve(path).getParent();
      String[] sample = sampleHeaders.get(kind);
      Path schema = dir.resolve("schemas").resolve(kind.fileName());
      if (sample != null && sample[1].contains("$schema=")) {
        String rel =
            sample[1]
                .substring(sample[1].indexOf("$schema=") + 8)
                .lines()
                .findFirst()
                .orElse("")
                .strip();
        schema = dir.resolve(sample[0]).getParent().resolve(rel).normalize();
      }
      return "# yaml-language-server: $schema="
          + fileDir.relativize(schema).toString().replace('\\', '/')
          + "\n";
    }

    /** The leading comment lines of {@code file}, as fmt keeps them; none if it cannot be read. */
    private static String header(Path file) {
      try {
        return CatalogFormatter.header(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        return "";
      }
    }
  }

  /** Problems found, ordered by sheet and row (for tests). */
  Map<String, List<Problem>> problemsBySheet() {
    Map<String, List<Problem>> map = new TreeMap<>();
    problems.forEach(p -> map.computeIfAbsent(p.sheet, k -> new ArrayList<>()).add(p));
    return map;
  }
}
