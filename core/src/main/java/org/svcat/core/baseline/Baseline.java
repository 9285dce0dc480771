package org.svcat.core.baseline;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.svcat.core.finding.Finding;
import org.svcat.core.io.Trees;
import org.svcat.core.io.UnusableFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Accepted findings of a legacy catalog, so that svcat can be adopted without fixing thousands of
 * findings first: each entry is keyed by file, rule, item and JSON pointer (never line numbers, so
 * edits elsewhere in a file keep it valid). The file is JSON with one entry per line, so that a
 * stale entry can be reported at its line and the file diffs well.
 */
public final class Baseline {
  /** The key of one accepted finding. */
  public record Entry(String file, String rule, String item, String pointer) {
    static Entry of(Finding f) {
      return new Entry(f.file(), f.rule(), f.item(), f.pointer());
    }
  }

  /**
   * What applying a baseline left: the findings that stand, those it accepted, and the entries that
   * matched none.
   */
  public record Outcome(List<Finding> kept, List<Finding> baselined, List<Unused> unused) {
    /** How many findings the baseline accepted. */
    public int suppressed() {
      return baselined.size();
    }
  }

  /** An entry that matched no finding, with its 1-based line in the baseline file. */
  public record Unused(Entry entry, int line) {}

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String FORMAT_KEY = "svcatBaseline";

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** A baseline accepting every one of {@code findings}. */
  public static Baseline of(List<Finding> findings) {
    return new Baseline(
        findings.stream()
            .map(Entry::of)
            .sorted(
                java.util.Comparator.comparing(Entry::file)
                    .thenComparing(Entry::rule)
                    .thenComparing(e -> Objects.toString(e.item(), ""))
                    .thenComparing(Entry::pointer))
            .toList());
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Reads a baseline file written by {@link #write}. */
  public static Baseline read(Path file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      throw new UnusableFileException("error.not-a-baseline", file, 0, 0, "not UTF-8", e);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new UnusableFileException(
          "error.not-a-baseline",
          file,
          at == null ? 0 : Math.max(at.getLineNr(), 0),
          at == null ? 0 : Math.max(at.getColumnNr(), 1),
          e.getOriginalMessage(),
          e);
    }
    if (!root.isObject() || !root.has(FORMAT_KEY) || !root.path("entries").isArray()) {
      throw new UnusableFileException("error.not-a-baseline", file, 0, 0, null, null);
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode e : root.path("entries")) {
      entries.add(
          new Entry(
              e.path("file").asString(""),
              e.path("rule").asString(""),
              e.path("item").isNull() || e.path("item").isMissingNode()
                  ? null
                  : e.path("item").asString(),
              e.path("pointer").asString("")));
    }
    return new Baseline(entries);
  }

  /** Writes this baseline (in one step): a header line, then one entry per line. */
  public void write(Path file) throws IOException {
    StringBuilder out = new StringBuilder("{\"" + FORMAT_KEY + "\": 1, \"entries\": [\n");
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      ObjectNode node = MAPPER.createObjectNode();
      node.put("file", e.file())
          .put("rule", e.rule())
          .put("item", e.item())
          .put("pointer", e.pointer());
      out.append("  ")
          .append(MAPPER.writeValueAsString(node))
          .append(i + 1 < entries.size() ? ",\n" : "\n");
    }
    out.append("]}\n");
    Trees.writeAtomically(file, out.toString()); // makes missing folders
  }

  /** Drops the findings this baseline accepts (each entry accepts one finding). */
  public Outcome apply(List<Finding> findings) {
    Map<Entry, Integer> remaining = new HashMap<>();
    entries.forEach(e -> remaining.merge(e, 1, Integer::sum));
    List<Finding> kept = new ArrayList<>();
    List<Finding> baselined = new ArrayList<>();
    for (Finding f : findings) {
      Entry key = Entry.of(f);
      Integer left = remaining.get(key);
      if (left != null && left > 0) {
        remaining.put(key, left - 1);
        baselined.add(f);
      } else {
        kept.add(f);
      }
    }
    // the last of an entry's copies are the unused ones; found from the end, listed in file order
    List<Unused> unused = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry e = entries.get(i);
      int left = remaining.getOrDefault(e, 0);
      if (left > 0) {
        remaining.put(e, left - 1);
        unused.add(new Unused(e, i + 2));
      }
    }
    Collections.reverse(unused);
    return new Outcome(kept, baselined, unused);
  }
}
