package org.svcat.core.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.svcat.core.load.CatalogLoader;
import org.svcat.core.load.LoadResult;
import org.svcat.core.load.SourceFile;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.DirectoryEntry;
import org.svcat.core.model.Item;

/** Lookups shared by all rules over one loaded catalog. Built once per validation. */
public final class CatalogIndex {
  private final LoadResult load;
  private final Map<String, DirectoryEntry> directory = new HashMap<>();
  private final Map<String, Item> items;
  private final Map<String, List<Item>> byBasicCode = new HashMap<>();
  private final boolean dictionaryUnread;

  public CatalogIndex(LoadResult load) {
    this.load = load;
    this.dictionaryUnread =
        load.source(CatalogLoader.MATERIALS_FILE).isEmpty()
            && load.files().contains(CatalogLoader.MATERIALS_FILE);
    for (DirectoryEntry e : load.catalog().directory()) {
      directory.putIfAbsent(e.basicCode(), e);
    }
    items = load.catalog().itemsByCode();
    for (Item i : load.catalog().items()) {
      byBasicCode.computeIfAbsent(i.basicCode(), k -> new ArrayList<>()).add(i);
    }
  }

  public Catalog catalog() {
    return load.catalog();
  }

  /** The catalog directory (for rules that check files the catalog points to). */
  public java.nio.file.Path directory() {
    return load.directory();
  }

  /** The items with this 基本编码. */
  public List<Item> itemsImplementing(String basicCode) {
    return byBasicCode.getOrDefault(basicCode, List.of());
  }

  /** The directory entry with this 基本编码 (the first, if duplicated). */
  public Optional<DirectoryEntry> directoryEntry(String basicCode) {
    return Optional.ofNullable(directory.get(basicCode));
  }

  /** The item with this 实施编码 (the first, if duplicated). */
  public Optional<Item> item(String code) {
    return Optional.ofNullable(items.get(code));
  }

  /**
   * True when {@code code} names an item or a directory entry, including files that exist but could
   * not be read (they have findings of their own).
   */
  public boolean isKnownCode(String code) {
    return items.containsKey(code) || directory.containsKey(code) || isUnreadCode(code);
  }

  /**
   * True when {@code code} is written in an item or directory file that exists but could not be
   * read or bound: references to it are not reported as unknown, since that file has findings of
   * its own.
   */
  public boolean isUnreadCode(String code) {
    return load.unboundCodes().contains(code);
  }

  /**
   * True when the catalog has a materials.yaml that could not be read or bound: a {@code ref} is
   * then not reported as unknown, since the dictionary's own findings come first.
   */
  public boolean dictionaryUnread() {
    return dictionaryUnread;
  }

  /** The file a model record was read from. */
  public SourceFile origin(Object record) {
    return load.origin(record);
  }
}
