package org.svcat.core.diff;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.svcat.core.clock.UnitConversion;
import org.svcat.core.finding.Messages;
import org.svcat.core.load.LoadResult;
import org.svcat.core.load.SourceFile;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.DirectoryEntry;
import org.svcat.core.model.FeeItem;
import org.svcat.core.model.Handling;
import org.svcat.core.model.Item;
import org.svcat.core.model.Material;
import org.svcat.core.model.Necessity;
import org.svcat.core.model.Situation;
import org.svcat.core.model.TimeLimit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares two catalogs by identity — items by 实施编码, directory entries by 基本编码, bundles by id,
 * materials by id within an item — never by file name or order, and classifies every change by its
 * burden on applicants and its effect on importing systems. An item whose code changed while its
 * 基本编码 and authority stayed is {@code item-code-changed}, not a removal plus an addition.
 */
public final class CatalogDiffer {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY))
          .build();

  private final Messages messages;

  public CatalogDiffer(Messages messages) {
    this.messages = messages;
  }

  /** The changes from {@code oldLoad} to {@code newLoad}, with the new catalog's policy levels. */
  public DiffReport diff(LoadResult oldLoad, LoadResult newLoad) {
    Emitter e = new Emitter(oldLoad, newLoad);
    Catalog o = oldLoad.catalog();
    Catalog n = newLoad.catalog();
    directory(e, o, n);
    items(e, o, n);
    bundles(e, o, n);
    versionBump(e, o, n);
    List<Change> changes = new ArrayList<>(e.changes);
    changes.sort(null);
    return new DiffReport(o.meta(), n.meta(), changes);
  }

  private void directory(Emitter e, Catalog o, Catalog n) {
    Map<String, DirectoryEntry> before = byKey(o.directory(), DirectoryEntry::basicCode);
    Map<String, DirectoryEntry> after = byKey(n.directory(), DirectoryEntry::basicCode);
    for (DirectoryEntry old : before.values()) {
      DirectoryEntry now = after.get(old.basicCode());
      if (now == null) {
        e.directory(ChangeType.DIRECTORY_ENTRY_REMOVED, old, null, "", old.basicCode(), old.name());
      } else if (!old.equals(now)) {
        List<String> review = new ArrayList<>();
        for (Item item : n.items()) {
          if (item.basicCode().equals(now.basicCode())) {
            review.add(item.name() + "（" + item.code() + "）");
          }
        }
        e.directory(
            ChangeType.DIRECTORY_ENTRY_CHANGED,
            old,
            now,
            "",
            now.basicCode(),
            now.name(),
            review.isEmpty() ? "—" : String.join("、", review));
      }
    }
    for (DirectoryEntry now : after.values()) {
      if (!before.containsKey(now.basicCode())) {
        e.directory(ChangeType.DIRECTORY_ENTRY_ADDED, null, now, "", now.basicCode(), now.name());
      }
    }
  }

  private void items(Emitter e, Catalog o, Catalog n) {
    Map<String, Item> before = byKey(o.items(), Item::code);
    Map<String, Item> after = byKey(n.items(), Item::code);
    List<Item> removed = new ArrayList<>();
    List<Item> added = new ArrayList<>();
    // an item whose file could not be read in one of the catalogs is not compared (its file has
    // findings of its own), rather than reported as removed or added
    Set<String> unreadable = new HashSet<>(e.oldLoad.unboundCodes());
    unreadable.addAll(e.newLoad.unboundCodes());
    before.values().stream()
        .filter(i -> !after.containsKey(i.code()) && !unreadable.contains(i.code()))
        .forEach(removed::add);
    after.values().stream()
        .filter(i -> !before.containsKey(i.code()) && !unreadable.contains(i.code()))
        .forEach(added::add);
    // a removed item was recoded when exactly one added item has its 基本编码 and authority; the
    // added items grouped by those once, not searched again for each removed item (a recoding of
    // the whole catalog removes and adds every item). A group of two or more is never taken, so
    // only a group of one can be, by the first removed item of its key.
    Map<List<String>, List<Item>> addedByKey = new HashMap<>();
    for (Item a : added) {
      addedByKey.computeIfAbsent(renameKey(a), k -> new ArrayList<>()).add(a);
    }
    Map<Item, Item> renamed = new LinkedHashMap<>();
    Set<Item> taken = new HashSet<>();
    for (Item old : removed) {
      List<Item> candidates = addedByKey.getOrDefault(renameKey(old), List.of());
      if (candidates.size() == 1 && taken.add(candidates.get(0))) {
        renamed.put(old, candidates.get(0));
      }
    }
    for (Item old : before.values()) {
      Item now = after.get(old.code());
      if (now != null) {
        compare(e, old, now);
      }
    }
    renamed.forEach(
        (old, now) -> {
          e.item(
              ChangeType.ITEM_CODE_CHANGED,
              old,
              now,
              "/code",
              old.code(),
              now.code(),
              now.name(),
              old.code(),
              now.code());
          compare(e, old, now);
        });
    for (Item old : removed) {
      if (!renamed.containsKey(old)) {
        e.item(ChangeType.ITEM_REMOVED, old, null, "", old, null, old.name(), old.code());
      }
    }
    for (Item now : added) {
      if (!taken.contains(now)) {
        e.item(ChangeType.ITEM_ADDED, null, now, "", null, now, now.name(), now.code());
      }
    }
  }

  /** Every change between two versions of one item. */
  private void compare(Emitter e, Item o, Item n) {
    String name = n.name();
    if (o.type() != n.type()) {
      e.item(
          ChangeType.ITEM_TYPE_CHANGED,
          o,
          n,
          "/type",
          o.type(),
          n.type(),
          name,
          o.type().label(),
          n.type().label());
    }
    if (!o.name().equals(n.name())) {
      e.item(
          ChangeType.ITEM_NAME_CHANGED,
          o,
          n,
          "/name",
          o.name(),
          n.name(),
          name,
          o.name(),
          n.name());
    }
    if (o.status() != n.status()) {
      e.item(
          ChangeType.ITEM_STATUS_CHANGED,
          o,
          n,
          "/status",
          o.status(),
          n.status(),
          name,
          o.status().label(),
          n.status().label());
    }
    if (o.handling() != n.handling()) {
      ChangeType type =
          o.handling() == Handling.IMMEDIATE
              ? ChangeType.HANDLING_SLOWED
              : n.handling() == Handling.IMMEDIATE
                  ? ChangeType.HANDLING_SPED_UP
                  : ChangeType.TEXT_CHANGED;
      e.item(
          type,
          o,
          n,
          "/handling",
          o.handling(),
          n.handling(),
          name,
          o.handling().label(),
          n.handling().label());
    }
    promised(
        e,
        o,
        n,
        "/deadline/promised",
        "/deadline/promised",
        o.deadline().promised(),
        n.deadline().promised());
    Map<String, Situation> oldSituations = byKey(o.situations(), Situation::id);
    for (int i = 0; i < n.situations().size(); i++) {
      Situation ns = n.situations().get(i);
      Situation os = oldSituations.get(ns.id());
      if (os != null && os.promised() != null && ns.promised() != null) {
        promised(
            e,
            o,
            n,
            "/situations/" + ns.id() + "/promised",
            "/situations/" + i + "/promised",
            os.promised(),
            ns.promised());
      }
    }
    if (!Objects.equals(o.deadline().legal(), n.deadline().legal())) {
      e.item(
          ChangeType.LEGAL_DEADLINE_CHANGED,
          o,
          n,
          "/deadline/legal",
          o.deadline().legal(),
          n.deadline().legal(),
          name,
          String.valueOf(o.deadline().legal()),
          String.valueOf(n.deadline().legal()));
    }
    if (!o.deadline().specialProcedures().equals(n.deadline().specialProcedures())) {
      e.text(
          o,
          n,
          "/deadline/specialProcedures",
          o.deadline().specialProcedures(),
          n.deadline().specialProcedures());
    }
    if (n.visits() != o.visits()) {
      e.item(
          n.visits() > o.visits() ? ChangeType.VISITS_INCREASED : ChangeType.VISITS_DECREASED,
          o,
          n,
          "/visits",
          o.visits(),
          n.visits(),
          name,
          o.visits(),
          n.visits());
    }
    setChanges(
        e,
        o,
        n,
        "/channels",
        o.channels(),
        n.channels(),
        ChangeType.CHANNEL_REMOVED,
        ChangeType.CHANNEL_ADDED);
    setChanges(
        e,
        o,
        n,
        "/onlineDepth",
        o.onlineDepth(),
        n.onlineDepth(),
        ChangeType.ONLINE_DEPTH_REDUCED,
        ChangeType.ONLINE_DEPTH_EXTENDED);
    fees(e, o, n);
    materials(e, o, n);
    if (!situationsWithoutPromises(o).equals(situationsWithoutPromises(n))) {
      e.text(o, n, "/situations", o.situations(), n.situations());
    }
    setChanges(
        e,
        o,
        n,
        "/prerequisites",
        o.prerequisites(),
        n.prerequisites(),
        ChangeType.PREREQUISITE_REMOVED,
        ChangeType.PREREQUISITE_ADDED);
    Map<String, Function<Item, Object>> texts = new LinkedHashMap<>();
    texts.put("/basicCode", Item::basicCode);
    texts.put("/level", Item::level);
    texts.put("/authority", Item::authority);
    texts.put("/department", Item::department);
    texts.put("/legalBasis", Item::legalBasis);
    texts.put("/serviceObjects", Item::serviceObjects);
    texts.put("/conditions", Item::conditions);
    texts.put("/visitReason", Item::visitReason);
    texts.put("/coHandlers", Item::coHandlers);
    texts.put("/result", Item::result);
    texts.put("/contacts", Item::contacts);
    texts.put("/effectiveFrom", Item::effectiveFrom);
    texts.forEach(
        (pointer, field) -> {
          if (!Objects.equals(field.apply(o), field.apply(n))) {
            e.text(o, n, pointer, field.apply(o), field.apply(n));
          }
        });
  }

  private void promised(
      Emitter e,
      Item o,
      Item n,
      String pointer,
      String filePointer,
      TimeLimit before,
      TimeLimit after) {
    if (before.equals(after)) {
      return;
    }
    int cmp = UnitConversion.compare(after, before);
    ChangeType type =
        cmp > 0
            ? ChangeType.PROMISED_DEADLINE_INCREASED
            : cmp < 0
                ? ChangeType.PROMISED_DEADLINE_DECREASED
                : before.unit() != after.unit()
                    ? ChangeType.DEADLINE_UNIT_CHANGED
                    : ChangeType.TEXT_CHANGED;
    String conversion =
        UnitConversion.needsConversion(before, after) ? UnitConversion.CHECK_CONVERSION : "";
    e.itemAt(
        type,
        o,
        n,
        pointer,
        filePointer,
        before,
        after,
        n.name(),
        before.toString(),
        after.toString(),
        conversion);
  }

  private static <T> void setChanges(
      Emitter e,
      Item o,
      Item n,
      String pointer,
      List<T> before,
      List<T> after,
      ChangeType removed,
      ChangeType added) {
    Set<T> inBefore = new HashSet<>(before);
    Set<T> inAfter = new HashSet<>(after);
    for (T value : before) {
      if (!inAfter.contains(value)) {
        e.itemAt(
            removed,
            o,
            n,
            pointer + "/" + label(value),
            pointer,
            value,
            null,
            n.name(),
            label(value));
      }
    }
    for (int i = 0; i < after.size(); i++) {
      T value = after.get(i);
      if (!inBefore.contains(value)) {
        e.itemAt(
            added,
            o,
            n,
            pointer + "/" + label(value),
            pointer + "/" + i,
            null,
            value,
            n.name(),
            label(value));
      }
    }
  }

  private void fees(Emitter e, Item o, Item n) {
    String name = n.name();
    if (!o.fees().charged() && n.fees().charged()) {
      e.item(
          ChangeType.FEE_ADDED,
          o,
          n,
          "/fees",
          o.fees(),
          n.fees(),
          name,
          feeNames(n.fees().items()));
      return;
    }
    if (o.fees().charged() && !n.fees().charged()) {
      e.item(
          ChangeType.FEE_REMOVED,
          o,
          n,
          "/fees",
          o.fees(),
          n.fees(),
          name,
          feeNames(o.fees().items()));
      return;
    }
    Map<String, FeeItem> before = byKey(o.fees().items(), FeeItem::name);
    Map<String, FeeItem> after = byKey(n.fees().items(), FeeItem::name);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n.fees().items().size(); i++) {
      FeeItem fee = n.fees().items().get(i);
      if (!seen.add(fee.name())) {
        continue; // a later fee of the same name: the first one stands for it
      }
      FeeItem old = before.get(fee.name());
      String filePointer = "/fees/items/" + i;
      if (old == null) {
        e.itemAt(
            ChangeType.FEE_ADDED,
            o,
            n,
            "/fees/items/" + fee.name(),
            filePointer,
            null,
            fee,
            name,
            fee.name());
      } else if (old.amount() != null
          && fee.amount() != null
          && fee.amount().compareTo(old.amount()) > 0) {
        e.itemAt(
            ChangeType.FEE_INCREASED,
            o,
            n,
            "/fees/items/" + fee.name(),
            filePointer,
            old,
            fee,
            name,
            fee.name(),
            old.amount(),
            fee.amount());
      } else if (!old.equals(fee)) {
        e.textAt(o, n, "/fees/items/" + fee.name(), filePointer, old, fee);
      }
    }
    for (FeeItem fee : before.values()) {
      if (!after.containsKey(fee.name())) {
        e.itemAt(
            ChangeType.FEE_REMOVED,
            o,
            n,
            "/fees/items/" + fee.name(),
            "/fees",
            fee,
            null,
            name,
            fee.name());
      }
    }
    if (!Objects.equals(o.fees().onlinePayment(), n.fees().onlinePayment())) {
      e.text(o, n, "/fees/onlinePayment", o.fees().onlinePayment(), n.fees().onlinePayment());
    }
  }

  private void materials(Emitter e, Item o, Item n) {
    String name = n.name();
    Map<String, Material> before = o.materialsById();
    Map<String, Material> after = n.materialsById();
    for (int i = 0; i < n.materials().size(); i++) {
      Material m = n.materials().get(i);
      String pointer = "/materials/" + m.id();
      String filePointer = "/materials/" + i;
      Material old = before.get(m.id());
      if (old == null) {
        e.itemAt(
            m.necessity() == Necessity.REQUIRED
                ? ChangeType.MATERIAL_ADDED
                : ChangeType.MATERIAL_ADDED_OPTIONAL,
            o,
            n,
            pointer,
            filePointer,
            null,
            m,
            name,
            m.name(),
            m.necessity().label());
        continue;
      }
      if (old.necessity() != m.necessity()) {
        ChangeType type =
            m.necessity() == Necessity.REQUIRED
                ? ChangeType.MATERIAL_MADE_REQUIRED
                : old.necessity() == Necessity.REQUIRED
                    ? ChangeType.MATERIAL_MADE_OPTIONAL
                    : ChangeType.TEXT_CHANGED;
        e.itemAt(
            type,
            o,
            n,
            pointer + "/necessity",
            filePointer + "/necessity",
            old.necessity(),
            m.necessity(),
            name,
            m.name(),
            old.necessity().label(),
            m.necessity().label());
      }
      if (m.originals() > old.originals() || m.copies() > old.copies()) {
        e.itemAt(
            ChangeType.MATERIAL_COPIES_INCREASED,
            o,
            n,
            pointer,
            filePointer,
            old,
            m,
            name,
            m.name(),
            old.originals() + "/" + old.copies(),
            m.originals() + "/" + m.copies());
      }
      Material sameCounts =
          new Material(
              old.id(),
              old.name(),
              m.necessity(),
              old.condition(),
              old.forms(),
              m.originals(),
              m.copies(),
              old.source(),
              old.issuer(),
              old.shared(),
              old.ref(),
              old.template(),
              old.basis());
      if (!sameCounts.equals(m)) {
        e.textAt(o, n, pointer, filePointer, old, m);
      }
    }
    for (Material old : o.materials()) {
      if (!after.containsKey(old.id())) {
        e.itemAt(
            ChangeType.MATERIAL_REMOVED,
            o,
            n,
            "/materials/" + old.id(),
            "/materials",
            old,
            null,
            name,
            old.name());
      }
    }
  }

  private void bundles(Emitter e, Catalog o, Catalog n) {
    Map<String, Bundle> before = byKey(o.bundles(), Bundle::id);
    Map<String, Bundle> after = byKey(n.bundles(), Bundle::id);
    for (Bundle old : before.values()) {
      Bundle now = after.get(old.id());
      if (now == null) {
        e.bundle(ChangeType.BUNDLE_REMOVED, old, null, old.name());
      } else if (!old.equals(now)) {
        e.bundle(ChangeType.BUNDLE_CHANGED, old, now, now.name());
      }
    }
    for (Bundle now : after.values()) {
      if (!before.containsKey(now.id())) {
        e.bundle(ChangeType.BUNDLE_ADDED, null, now, now.name());
      }
    }
  }

  private void versionBump(Emitter e, Catalog o, Catalog n) {
    long errors = e.changes.stream().filter(c -> c.level() == ChangeLevel.ERR).count();
    if (errors > 0 && major(n.meta().version()) <= major(o.meta().version())) {
      e.catalog(
          ChangeType.VERSION_BUMP_REQUIRED,
          o.meta().version(),
          n.meta().version(),
          o.meta().version(),
          n.meta().version(),
          errors);
    }
  }

  private static int major(String version) {
    try {
      return Integer.parseInt(version.substring(0, version.indexOf('.')));
    } catch (RuntimeException ex) {
      return 0;
    }
  }

  private static List<Situation> situationsWithoutPromises(Item item) {
    return item.situations().stream()
        .map(s -> new Situation(s.id(), s.name(), s.materials(), null))
        .toList();
  }

  private static String feeNames(List<FeeItem> fees) {
    return fees.isEmpty() ? "—" : String.join("、", fees.stream().map(FeeItem::name).toList());
  }

  /** What a recoded item keeps: its 基本编码 and its authority's 统一社会信用代码. */
  private static List<String> renameKey(Item item) {
    return Arrays.asList(item.basicCode(), item.authority().creditCode());
  }

  private static String label(Object value) {
    return value instanceof org.svcat.core.model.CodedLabel c ? c.label() : String.valueOf(value);
  }

  private static <T> Map<String, T> byKey(List<T> list, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T t : list) {
      map.putIfAbsent(key.apply(t), t);
    }
    return map;
  }

  /** Collects changes: levels from the policy, messages, locations. */
  private final class Emitter {
    final List<Change> changes = new ArrayList<>();
    final Set<String> seen = new LinkedHashSet<>();
    final LoadResult oldLoad;
    final LoadResult newLoad;

    Emitter(LoadResult oldLoad, LoadResult newLoad) {
      this.oldLoad = oldLoad;
      this.newLoad = newLoad;
    }

    void item(
        ChangeType type,
        Item o,
        Item n,
        String pointer,
        Object before,
        Object after,
        Object... args) {
      itemAt(type, o, n, pointer, pointer, before, after, args);
    }

    /**
     * Like {@link #item}, located at {@code filePointer} (indices) rather than {@code pointer}
     * (ids).
     */
    void itemAt(
        ChangeType type,
        Item o,
        Item n,
        String pointer,
        String filePointer,
        Object before,
        Object after,
        Object... args) {
      Item at = n != null ? n : o;
      SourceFile file = n != null ? newLoad.origin(n) : oldLoad.origin(o);
      add(
          type,
          at.code(),
          pointer,
          before,
          after,
          file,
          filePointer,
          at.departmentOrAuthority(),
          args);
    }

    void text(Item o, Item n, String pointer, Object before, Object after) {
      textAt(o, n, pointer, pointer, before, after);
    }

    void textAt(Item o, Item n, String pointer, String filePointer, Object before, Object after) {
      itemAt(ChangeType.TEXT_CHANGED, o, n, pointer, filePointer, before, after, n.name(), pointer);
    }

    void directory(
        ChangeType type, DirectoryEntry o, DirectoryEntry n, String pointer, Object... args) {
      DirectoryEntry at = n != null ? n : o;
      SourceFile file = n != null ? newLoad.origin(n) : oldLoad.origin(o);
      add(type, at.basicCode(), pointer, o, n, file, pointer, null, args);
    }

    void bundle(ChangeType type, Bundle o, Bundle n, String name) {
      Bundle at = n != null ? n : o;
      SourceFile file = n != null ? newLoad.origin(n) : oldLoad.origin(o);
      add(type, at.id(), "", o, n, file, "", null, name, at.id());
    }

    void catalog(ChangeType type, Object before, Object after, Object... args) {
      add(
          type,
          null,
          "/version",
          before,
          after,
          newLoad.origin(newLoad.catalog().meta()),
          "/version",
          null,
          args);
    }

    private void add(
        ChangeType type,
        String item,
        String pointer,
        Object before,
        Object after,
        SourceFile file,
        String filePointer,
        String department,
        Object... args) {
      ChangeLevel level = levelOf(type);
      if (level == null || !seen.add(type.id() + "\u0000" + item + "\u0000" + pointer)) {
        return;
      }
      int line = file == null ? 1 : file.sourceMap().locate(filePointer).line();
      changes.add(
          new Change(
              type,
              level,
              item,
              pointer,
              json(before),
              json(after),
              messages.format("change." + type.id(), args),
              file == null ? null : file.path(),
              line,
              department));
    }

    private ChangeLevel levelOf(ChangeType type) {
      String configured = newLoad.catalog().policy().changes().get(type.id());
      if (configured == null) {
        return type.defaultLevel();
      }
      return "off".equals(configured) ? null : ChangeLevel.valueOf(configured);
    }

    private JsonNode json(Object value) {
      return value == null ? null : MAPPER.valueToTree(value);
    }
  }
}
