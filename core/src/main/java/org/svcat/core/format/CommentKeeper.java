package org.svcat.core.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.svcat.core.yaml.ParsedYaml;
import org.svcat.core.yaml.SourceMap;
import org.svcat.core.yaml.StrictYamlReader;
import org.svcat.core.yaml.YamlLimits;
import tools.jackson.databind.JsonNode;

/**
 * Keeps the comments of a YAML file that {@code svcat fmt} or {@code svcat import} rewrites from
 * the model, which holds none. Each comment stands by a key or a value of the file it came from: a
 * comment at the end of a line by the last key or value that starts before it on that line (or
 * above), a comment on a line of its own by the first key or value that starts after it (or by the
 * end of the file). The rewritten text gets each comment by the same key or value: a comment on a
 * line of its own on a line before it, indented as that line, a comment at the end of a line at the
 * end of the line where that key or value starts.
 *
 * <p>The result is read again and must hold the same data as the rewritten text and every comment
 * by the key or value it stood by; else the comments cannot be kept, and the caller decides (fmt
 * leaves the file alone, import names it). A comment after a code in an item's prerequisites or a
 * bundle's items is svcat's own (the name of the item the code names): the rewritten text's comment
 * takes its place.
 */
public final class CommentKeeper {
  /**
   * Where svcat writes the name of the item a code names: an item's prerequisites, a bundle's
   * items.
   */
  private static final Pattern NAMED_CODE = Pattern.compile("/(prerequisites|items)/\\d+");

  private static final StrictYamlReader READER = new StrictYamlReader();
  private static final LoadSettings WITH_COMMENTS =
      LoadSettings.builder()
          .setParseComments(true)
          .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, YamlLimits.DEFAULT.maxFileBytes()))
          .build();

  /** A comment of the original that has no place in the rewritten text: its line and text. */
  public record Dropped(int line, String comment) {}

  /**
   * The rewritten text with the original's comments that have a place in it; {@code dropped} lists
   * those that have none, and {@code none} says that none could be kept (the texts could not be
   * read for them, or the result did not read back as it should), nor told apart.
   */
  public record Kept(String text, List<Dropped> dropped, boolean none) {
    public Kept {
      dropped = List.copyOf(dropped);
    }

    static Kept nothing(String rewritten) {
      return new Kept(rewritten, List.of(), true);
    }
  }

  private CommentKeeper() {}

  /**
   * {@code rewritten} (LF line ends, no byte-order mark, starting with the leading comment lines of
   * {@code original} as {@link CatalogFormatter#header} gives them) with every comment of {@code
   * original} that it lacks, by the key or value it stood by; empty when one cannot be placed so.
   */
  public static Optional<String> keep(String original, String rewritten) {
    Kept kept = keep(original, rewritten, false);
    return kept.none() || !kept.dropped().isEmpty() ? Optional.empty() : Optional.of(kept.text());
  }

  /**
   * {@code rewritten} with each comment of {@code original} that has a place in it, as {@link
   * #keep} places them; the others are listed as dropped.
   */
  public static Kept keepWhatFits(String original, String rewritten) {
    return keep(original, rewritten, true);
  }

  private static Kept keep(String original, String rewritten, boolean partly) {
    String source = original.replace("\uFEFF", "").replace("\r\n", "\n");
    try {
      if (source.equals(rewritten) || hasEveryLineWithAHash(source, rewritten)) {
        return new Kept(rewritten, List.of(), false);
      }
      return place(source, rewritten, partly);
    } catch (RuntimeException e) {
      return Kept.nothing(rewritten); // a text that cannot be read for its comments
    }
  }

  /**
   * True when every line of {@code original} with a {@code #} in it is a line of {@code rewritten}
   * too: its comments, if any, are the header and the names svcat writes after codes, which the
   * rewritten text has where they were. A quick look before placing comments; a {@code #} inside a
   * quoted value only sends a file the longer way.
   */
  private static boolean hasEveryLineWithAHash(String original, String rewritten) {
    if (original.indexOf('#') < 0) {
      return true;
    }
    Map<String, Integer> lines = new HashMap<>();
    rewritten.lines().forEach(l -> lines.merge(l, 1, Integer::sum));
    for (String line : original.split("\n")) {
      if (line.indexOf('#') >= 0) {
        int left = lines.getOrDefault(line, 0);
        if (left == 0) {
          return false;
        }
        lines.put(line, left - 1);
      }
    }
    return true;
  }

  private static Kept place(String source, String rewritten, boolean partly) {
    Read original = Read.of(source);
    Read canonical = Read.of(rewritten);
    if (original == null || canonical == null) {
      return Kept.nothing(rewritten);
    }
    List<SourceMap.Start> from = original.starts();
    List<SourceMap.Start> to = canonical.starts();
    Map<String, SourceMap.Start> target = new HashMap<>();
    to.forEach(s -> target.put(s.key() + s.pointer(), s));
    List<Comment> written = comments(rewritten);
    Set<Integer> linesWithComment = new HashSet<>();
    written.stream().filter(c -> c.inline).forEach(c -> linesWithComment.add(c.line));
    List<String> expected = new ArrayList<>();
    written.forEach(c -> expected.add(c.placed(to)));

    int headerLines = (int) CatalogFormatter.header(source).lines().count();
    Map<Integer, List<String>> before = new TreeMap<>();
    Map<Integer, String> after = new HashMap<>();
    List<String> atEnd = new ArrayList<>();
    List<Dropped> dropped = new ArrayList<>();
    for (Comment c : comments(source)) {
      if (c.line <= headerLines) {
        continue; // the header, which the rewritten text starts with
      }
      SourceMap.Start anchor = c.anchor(from);
      if (anchor == null) {
        atEnd.add("#" + c.text);
        expected.add(c.placed(from));
        continue;
      }
      SourceMap.Start at = target.get(anchor.key() + anchor.pointer());
      boolean taken = at != null && c.inline && linesWithComment.contains(at.line());
      if (taken && !anchor.key() && NAMED_CODE.matcher(anchor.pointer()).matches()) {
        continue; // the name svcat writes after a code replaces it
      }
      if (at == null
          || taken
          || !sameEntries(anchor.pointer(), original.root(), canonical.root())) {
        // its key or value is not in the rewritten text, or a list entry on the way to it is
        // another one now, or that line has a comment already
        if (!partly) {
          return Kept.nothing(rewritten);
        }
        dropped.add(new Dropped(c.line, "#" + c.text));
        continue;
      }
      if (c.inline) {
        linesWithComment.add(at.line());
        after.put(at.line(), "#" + c.text);
      } else {
        before.computeIfAbsent(at.line(), l -> new ArrayList<>()).add("#" + c.text);
      }
      expected.add(c.placed(from));
    }

    StringBuilder text = new StringBuilder();
    String[] lines = rewritten.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == lines.length - 1 && line.isEmpty()) {
        break; // after the last line break
      }
      String indent = line.substring(0, line.length() - line.stripLeading().length());
      for (String comment : before.getOrDefault(i + 1, List.of())) {
        text.append(indent).append(comment).append('\n');
      }
      text.append(line);
      String comment = after.get(i + 1);
      if (comment != null) {
        text.append("  ").append(comment);
      }
      text.append('\n');
    }
    atEnd.forEach(c -> text.append(c).append('\n'));
    String result = text.toString();
    return holdsTheSame(result, canonical.root(), expected)
        ? new Kept(result, dropped, false)
        : Kept.nothing(rewritten);
  }

  /**
   * Whether {@code result} holds the data of {@code rewritten} and the comments {@code expected}.
   */
  private static boolean holdsTheSame(String result, JsonNode rewritten, List<String> expected) {
    Read read = Read.of(result);
    if (read == null || !read.root().equals(rewritten)) {
      return false;
    }
    List<String> placed = new ArrayList<>();
    comments(result).forEach(c -> placed.add(c.placed(read.starts())));
    placed.sort(null);
    expected.sort(null);
    return placed.equals(expected);
  }

  /**
   * A text read for placing comments: its data, and where each key and value starts, in {@link
   * Comment#ORDER}, but the whole document (which starts where its first key does: a comment above
   * it stands by that key).
   */
  private record Read(JsonNode root, List<SourceMap.Start> starts) {
    /** {@code yaml} read; null when it does not read cleanly. */
    static Read of(String yaml) {
      ParsedYaml parsed = READER.read(yaml.getBytes(StandardCharsets.UTF_8));
      if (!parsed.problems().isEmpty() || !parsed.hasTree()) {
        return null;
      }
      List<SourceMap.Start> starts = parsed.sourceMap().starts();
      starts.removeIf(s -> s.pointer().isEmpty());
      starts.sort(Comment.ORDER);
      return new Read(parsed.root(), starts);
    }
  }

  /**
   * Whether every list entry on the way to {@code pointer} is the same in {@code from} and {@code
   * to}: a comment by the third material must not pass to another material that moved into its
   * place when a workbook removed one.
   */
  private static boolean sameEntries(String pointer, JsonNode from, JsonNode to) {
    for (int slash = pointer.indexOf('/', 1); ; slash = pointer.indexOf('/', slash + 1)) {
      String step = slash < 0 ? pointer : pointer.substring(0, slash);
      if (from.at(SourceMap.parent(step)).isArray() && !from.at(step).equals(to.at(step))) {
        return false;
      }
      if (slash < 0) {
        return true;
      }
    }
  }

  /** The comments of {@code yaml} (blank lines left out), with 1-based lines and columns. */
  private static List<Comment> comments(String yaml) {
    List<Comment> comments = new ArrayList<>();
    for (Event event : new Parse(WITH_COMMENTS).parseString(yaml)) {
      if (event instanceof CommentEvent comment
          && comment.getCommentType() != CommentType.BLANK_LINE) {
        Mark mark = comment.getStartMark().orElseThrow();
        comments.add(
            new Comment(
                comment.getCommentType() == CommentType.IN_LINE,
                comment.getValue(),
                mark.getLine() + 1,
                mark.getColumn() + 1));
      }
    }
    return comments;
  }

  /** A comment: at the end of a line ({@code inline}) or on a line of its own. */
  private record Comment(boolean inline, String text, int line, int column) {
    /** By where they start, and of those starting at one place the outer first. */
    static final Comparator<SourceMap.Start> ORDER =
        Comparator.comparingInt(SourceMap.Start::line)
            .thenComparingInt(SourceMap.Start::column)
            .thenComparingInt(s -> s.pointer().length());

    /**
     * The key or value this comment stands by, of {@code starts} in {@link #ORDER}: at the end of a
     * line the last that starts before it (the innermost of those starting at one place), on a line
     * of its own the first that starts after it (the outermost); null for the end of the file.
     */
    SourceMap.Start anchor(List<SourceMap.Start> starts) {
      int low = 0; // the number of starts before this comment, found by halving
      int high = starts.size();
      while (low < high) {
        int mid = (low + high) >>> 1;
        SourceMap.Start s = starts.get(mid);
        if (s.line() < line || (s.line() == line && s.column() < column)) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      if (inline) {
        return low > 0 ? starts.get(low - 1) : null;
      }
      return low < starts.size() ? starts.get(low) : null;
    }

    /** Where this comment stands (at the end of a line or on its own) and its text. */
    String kind() {
      return (inline ? "inline #" : "line #") + text;
    }

    /** This comment and what it stands by, as one text to compare. */
    String placed(List<SourceMap.Start> starts) {
      SourceMap.Start anchor = anchor(starts);
      return (anchor == null ? "<end>" : (anchor.key() ? "key " : "value ") + anchor.pointer())
          + " "
          + kind();
    }
  }
}
