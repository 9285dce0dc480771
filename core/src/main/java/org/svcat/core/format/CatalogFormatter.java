package org.svcat.core.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.svcat.core.CatalogPart;
import org.svcat.core.Progress;
import org.svcat.core.io.Trees;
import org.svcat.core.load.LoadResult;
import org.svcat.core.load.SourceFile;
import org.svcat.core.model.Catalog;

/**
 * {@code svcat fmt}: rewrites item, directory-entry and bundle files in canonical key order and
 * style ({@link ItemYamlWriter}, {@link CatalogYamlWriter}), as {@code import} writes them, keeping
 * each file's leading comment lines (the editor modeline) and its other comments, each by the key
 * or value it stood by ({@link CommentKeeper}). Files with a strict-YAML or schema finding are left
 * alone and listed, since rewriting them would silently drop what the finding is about (a duplicate
 * key, an unknown key). So are files with a comment that cannot be kept so (one by a key that the
 * canonical form leaves out, or inside a collection it writes on one line).
 */
public final class CatalogFormatter {
  /**
   * What formatting found: files that were (or would be) rewritten, files left alone for their
   * findings, and files left alone because rewriting them would drop comments that cannot be kept
   * by their keys ({@code commented}).
   */
  public record Result(List<String> changed, List<String> skipped, List<String> commented) {
    public Result {
      changed = List.copyOf(changed);
      skipped = List.copyOf(skipped);
      commented = List.copyOf(commented);
    }
  }

  private CatalogFormatter() {}

  /** Formats the files of {@code load}; with {@code check}, only reports what would change. */
  public static Result format(LoadResult load, boolean check) throws IOException {
    return format(load, check, Progress.NONE);
  }

  /** The folders whose files fmt formats: one record a file, each with a canonical writer. */
  private static final List<String> FOLDERS = List.of("items/", "directory/", "bundles/");

  /** A record of the catalog and how it is written canonically after a file's header. */
  private record Canonical(Object record, Function<String, String> write) {}

  /** One file's text before and after formatting ({@code path} relative to the catalog). */
  public record Rewrite(String path, String before, String after) {}

  /** {@link #format(LoadResult, boolean)}, telling {@code progress} as each file is done. */
  public static Result format(LoadResult load, boolean check, Progress progress)
      throws IOException {
    return format(load, check, progress, rewrite -> {});
  }

  /**
   * {@link #format(LoadResult, boolean, Progress)}, handing each file that is (or would be)
   * rewritten to {@code rewrites}, with its text before and after, as it is found.
   */
  public static Result format(
      LoadResult load, boolean check, Progress progress, Consumer<Rewrite> rewrites)
      throws IOException {
    return format(load, check, progress, CatalogPart.WHOLE, rewrites);
  }

  /**
   * {@link #format(LoadResult, boolean, Progress, Consumer)} for the files of {@code part} of the
   * catalog only (the others are neither read again nor listed).
   */
  public static Result format(
      LoadResult load,
      boolean check,
      Progress progress,
      CatalogPart part,
      Consumer<Rewrite> rewrites)
      throws IOException {
    Catalog catalog = load.catalog();
    Map<String, String> names = names(catalog);
    ItemYamlWriter writer = new ItemYamlWriter(names::get);
    List<Canonical> records = new ArrayList<>();
    catalog.items().forEach(i -> records.add(new Canonical(i, h -> writer.write(i, h))));
    catalog
        .directory()
        .forEach(e -> records.add(new Canonical(e, h -> CatalogYamlWriter.directoryEntry(e, h))));
    catalog
        .bundles()
        .forEach(b -> records.add(new Canonical(b, h -> CatalogYamlWriter.bundle(b, names, h))));
    records.removeIf(r -> !part.contains(load.origin(r.record()).path()));
    List<String> changed = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> commented = new ArrayList<>();
    Map<String, Integer> recordsPerFile = new HashMap<>();
    records.forEach(r -> recordsPerFile.merge(load.origin(r.record()).path(), 1, Integer::sum));
    for (String file : load.files()) {
      if (FOLDERS.stream().anyMatch(file::startsWith)
          && part.contains(file)
          && !recordsPerFile.containsKey(file)) {
        skipped.add(file);
      }
    }
    java.util.Set<String> withFindings = new java.util.HashSet<>();
    load.findings().forEach(f -> withFindings.add(f.file()));
    for (int done = 0; done < records.size(); done++) {
      progress.update(done, records.size());
      Canonical record = records.get(done);
      SourceFile origin = load.origin(record.record());
      if (withFindings.contains(origin.path()) || recordsPerFile.get(origin.path()) > 1) {
        skipped.add(origin.path());
        continue;
      }
      Path path = load.directory().resolve(origin.path());
      String original = Files.readString(path, StandardCharsets.UTF_8);
      Optional<String> kept = CommentKeeper.keep(original, record.write().apply(header(original)));
      if (kept.isEmpty()) {
        commented.add(origin.path());
        continue;
      }
      String formatted = inStyleOf(original, kept.get());
      if (!formatted.equals(original)) {
        changed.add(origin.path());
        rewrites.accept(new Rewrite(origin.path(), original, formatted));
        if (!check) {
          Trees.writeAtomically(path, formatted);
        }
      }
    }
    progress.update(records.size(), records.size());
    changed.sort(null);
    skipped.sort(null);
    commented.sort(null);
    return new Result(changed, skipped, commented);
  }

  /**
   * {@code text} (LF line ends, no byte-order mark) in the style of {@code original}: with its
   * byte-order mark and CRLF line ends when it has them. On Windows git checks files out with CRLF
   * (core.autocrlf), and every file would otherwise count as not formatted.
   */
  public static String inStyleOf(String original, String text) {
    String styled = text;
    int newline = original.indexOf('\n');
    if (newline > 0 && original.charAt(newline - 1) == '\r') {
      styled = styled.replace("\n", "\r\n");
    }
    return original.startsWith("\uFEFF") ? "\uFEFF" + styled : styled;
  }

  /** Names of items and directory entries by code, for the comments after prerequisites. */
  public static Map<String, String> names(Catalog catalog) {
    Map<String, String> names = new HashMap<>();
    catalog.directory().forEach(e -> names.putIfAbsent(e.basicCode(), e.name()));
    catalog.items().forEach(i -> names.put(i.code(), i.name()));
    return names;
  }

  /** The leading comment lines of a file (before its first key), without a BOM, with LF ends. */
  public static String header(String text) {
    StringBuilder header = new StringBuilder();
    for (String line : text.replace("\ufeff", "").split("\n", -1)) {
      if (line.startsWith("#")) {
        header.append(line.replace("\r", "")).append('\n');
      } else {
        break;
      }
    }
    return header.toString();
  }
}
