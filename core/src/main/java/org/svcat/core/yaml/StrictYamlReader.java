package org.svcat.core.yaml;

import java.io.StringReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one YAML file into a JSON tree under the strict rules of the catalog format: YAML 1.2 core
 * schema; no duplicate keys, anchors, aliases, merge keys, explicit tags or second documents; UTF-8
 * only (a BOM is tolerated); bounded size, depth and scalar length. Every breach becomes a located
 * {@link YamlProblem}; nothing here throws on bad input.
 *
 * <p>The tree is built from SnakeYAML Engine's event stream rather than its composer, so that an
 * alias is never expanded (no billion-laughs blow-up) and every node keeps its line and column. Its
 * mapping keys are interned instances ({@link MappingKeys}).
 */
public final class StrictYamlReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ScalarResolver RESOLVER = new CoreScalarResolver(false);

  /**
   * The parser's problems that people make by hand, by a phrase of the parser's text, in the order
   * they are tried; each kind has its own message and hint in both languages ({@code
   * yaml-syntax.message.parse-*}).
   */
  private static final List<Map.Entry<String, String>> PARSE_KINDS =
      List.of(
          Map.entry("\\t(TAB)", "parse-tab"),
          Map.entry("\t(TAB)", "parse-tab"),
          Map.entry("mapping values are not allowed here", "parse-colon"),
          Map.entry("could not find expected ':'", "parse-missing-colon"),
          Map.entry("expected <block end>, but found ']'", "parse-bracket"), // one ] too many
          Map.entry("expected <block end>, but found '}'", "parse-brace"),
          Map.entry("expected <block end>", "parse-indent"),
          Map.entry("did not find expected key", "parse-indent"),
          Map.entry("did not find expected '-' indicator", "parse-indent"),
          Map.entry("expected ',' or ']'", "parse-bracket"),
          Map.entry("expected ',' or '}'", "parse-brace"),
          Map.entry("found unexpected end of stream", "parse-quote"),
          Map.entry("found unknown escape character", "parse-escape"),
          Map.entry("that cannot start any token", "parse-start"));

  private final YamlLimits limits;
  private final LoadSettings withMarks;
  private final LoadSettings withoutMarks;

  public StrictYamlReader(YamlLimits limits) {
    this.limits = limits;
    this.withMarks = settings(limits, true);
    this.withoutMarks = settings(limits, false);
  }

  private static LoadSettings settings(YamlLimits limits, boolean marks) {
    return LoadSettings.builder()
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
        .setUseMarks(marks)
        .build();
  }

  public StrictYamlReader() {
    this(YamlLimits.DEFAULT);
  }

  /** Reads {@code bytes} (the raw file), recording where each value stands. */
  public ParsedYaml read(byte[] bytes) {
    return read(bytes, true);
  }

  /**
   * Reads {@code bytes} like {@link #read}, with the same tree and problems, but without positions:
   * the source map is empty and problems stand at line 1, column 1. The fast path for files whose
   * positions are needed only if something is wrong (read them again with {@link #read} then).
   */
  public ParsedYaml readWithoutPositions(byte[] bytes) {
    return read(bytes, false, UnaryOperator.identity());
  }

  /**
   * {@link #readWithoutPositions}, passing every string value through {@code strings}: a loader
   * shares one instance of each text that many files repeat (the same material in every district)
   * this way.
   */
  public ParsedYaml readWithoutPositions(byte[] bytes, UnaryOperator<String> strings) {
    return read(bytes, false, strings);
  }

  private ParsedYaml read(byte[] bytes, boolean positions) {
    return read(bytes, positions, UnaryOperator.identity());
  }

  private ParsedYaml read(byte[] bytes, boolean positions, UnaryOperator<String> strings) {
    SourceMap map = new SourceMap();
    List<YamlProblem> problems = new ArrayList<>();
    if (bytes.length > limits.maxFileBytes()) {
      problems.add(YamlProblem.of("file-too-large", 1, 1, bytes.length, limits.maxFileBytes()));
      return new ParsedYaml(null, map.freeze(), problems);
    }
    String text = decodeUtf8(bytes, problems);
    if (text == null) {
      return new ParsedYaml(null, map.freeze(), problems);
    }
    if (text.isBlank() || onlyComments(text)) {
      problems.add(YamlProblem.of("empty", 1, 1));
      return new ParsedYaml(null, map.freeze(), problems);
    }
    Builder builder = new Builder(positions ? map : null, problems, strings);
    try {
      for (Event event :
          new Parse(positions ? withMarks : withoutMarks).parseReader(new StringReader(text))) {
        if (!builder.accept(event)) {
          break;
        }
      }
    } catch (MarkedYamlEngineException e) {
      String kind = parseKind(e.getProblem());
      // an unclosed quote, [ or { is found where the parser gave up, often the end of the file;
      // the place to fix is where it began
      boolean unclosed =
          "parse-quote".equals(kind)
              || String.valueOf(e.getContext()).startsWith("while parsing a flow");
      if ("parse-missing-colon".equals(kind) && e.getContextMark().isPresent()) {
        problems.add(missingColon(text, e.getContextMark().get(), describe(e)));
        return new ParsedYaml(null, map.freeze(), problems);
      }
      Optional<YamlProblem> misread =
          "parse-colon".equals(kind)
              ? e.getProblemMark().flatMap(at -> misreadColon(text, at))
              : Optional.empty();
      if (misread.isPresent()) {
        problems.add(misread.get());
        return new ParsedYaml(null, map.freeze(), problems);
      }
      Mark mark =
          unclosed
              ? e.getContextMark().or(e::getProblemMark).orElse(null)
              : e.getProblemMark().or(e::getContextMark).orElse(null);
      problems.add(
          YamlProblem.of(
              kind,
              mark == null ? 1 : mark.getLine() + 1,
              mark == null ? 1 : mark.getColumn() + 1,
              describe(e)));
      return new ParsedYaml(null, map.freeze(), problems);
    } catch (ReaderException e) {
      int[] at = lineAndColumn(text, e.getPosition());
      problems.add(
          YamlProblem.of(
              "parse",
              at[0],
              at[1],
              String.format("special character U+%04X is not allowed", e.getCodePoint())));
      return new ParsedYaml(null, map.freeze(), problems);
    } catch (YamlEngineException | IllegalArgumentException | IllegalStateException e) {
      problems.add(YamlProblem.of("parse", 1, 1, firstLine(e.getMessage())));
      return new ParsedYaml(null, map.freeze(), problems);
    } catch (StackOverflowError e) {
      problems.add(YamlProblem.of("too-deep", 1, 1, limits.maxDepth()));
      return new ParsedYaml(null, map.freeze(), problems);
    }
    return new ParsedYaml(builder.root, map.freeze(), problems);
  }

  /**
   * A line that YAML could not read as "key: value", reported on that line (the parser stops at the
   * line after it): at its colon when the line joins a key and value with a full-width colon or a
   * colon without a space ({@link JoinedKey}), which is what a Chinese input method makes of it;
   * else where the line starts.
   *
   * @param key where the text that lacks its colon starts (the parser's context mark)
   */
  private static YamlProblem missingColon(String text, Mark key, String described) {
    return joinedKey(text, key.getLine(), key.getColumn())
        .orElseGet(
            () ->
                YamlProblem.of(
                    "parse-missing-colon", key.getLine() + 1, key.getColumn() + 1, described));
  }

  /**
   * A "key: value" where none can be, when it comes of a key and value joined by a wrong colon on
   * that line ({@code promised：{value: 10}}: YAML reads a text up to the next ": ") or on the line
   * above ({@code code:"1151..."} read as a text that goes on to the next line's key).
   */
  private static Optional<YamlProblem> misreadColon(String text, Mark at) {
    for (int line = at.getLine(); line >= Math.max(0, at.getLine() - 1); line--) {
      Optional<YamlProblem> joined = joinedKey(text, line, -1);
      if (joined.isPresent()) {
        return joined;
      }
    }
    return fullWidthQuotes(text, at);
  }

  /**
   * A "key: value" where none can be, when it comes of a value in full-width quotes ({@code name:
   * “a: b”}): YAML takes them for text, and the ": " inside for a key. At the opening quote, with
   * the line as it should be written, in ASCII quotes.
   */
  private static Optional<YamlProblem> fullWidthQuotes(String text, Mark at) {
    String line = lineOf(text, at.getLine());
    int column =
        line.offsetByCodePoints(0, Math.min(at.getColumn(), line.codePointCount(0, line.length())));
    for (int open = 0; open < column; open++) {
      int kind = "“‘「『".indexOf(line.charAt(open));
      int close = kind < 0 ? -1 : line.indexOf("”’」』".charAt(kind), column);
      if (close > 0) {
        String inner = line.substring(open + 1, close).replace("\\", "\\\\").replace("\"", "\\\"");
        return Optional.of(
            YamlProblem.of(
                "parse-fullwidth-quote",
                at.getLine() + 1,
                line.codePointCount(0, open) + 1,
                line.substring(open, close + 1),
                (line.substring(0, open) + '"' + inner + '"' + line.substring(close + 1)).strip()));
      }
    }
    return Optional.empty();
  }

  /**
   * A key and value joined by a wrong colon that start at {@code column} (in code points; -1: where
   * the line's text starts, after a list's {@code - }) of {@code line} (0-based), as a problem at
   * that colon.
   */
  private static Optional<YamlProblem> joinedKey(String text, int line, int column) {
    String whole = lineOf(text, line);
    int start;
    if (column < 0) {
      start = 0;
      while (start < whole.length() && (whole.charAt(start) == ' ' || whole.charAt(start) == '-')) {
        start++;
      }
    } else {
      start =
          whole.offsetByCodePoints(0, Math.min(column, whole.codePointCount(0, whole.length())));
    }
    String rest = whole.substring(start).stripTrailing();
    int from = whole.codePointCount(0, start);
    return JoinedKey.in(rest)
        .map(
            joined ->
                YamlProblem.of(
                    joined.fullWidth() ? "parse-fullwidth-colon" : "parse-colon-space",
                    line + 1,
                    from + 1 + rest.codePointCount(0, joined.colon()),
                    rest,
                    joined.written()));
  }

  /** Line {@code index} (0-based) of {@code text}, or "" past its end. */
  private static String lineOf(String text, int index) {
    return text.lines().skip(index).findFirst().orElse("");
  }

  /** The 1-based line and column of the code point at {@code codePointIndex} in {@code text}. */
  private static int[] lineAndColumn(String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int offset = 0;
    for (int i = 0; i < codePointIndex && offset < text.length(); i++) {
      int cp = text.codePointAt(offset);
      offset += Character.charCount(cp);
      if (cp == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static boolean onlyComments(String text) {
    return text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#"));
  }

  /**
   * Decodes UTF-8 strictly; on a bad byte, records its line and column and returns null. A file
   * that starts with a UTF-16 or UTF-32 byte-order mark (Notepad's "Unicode" on Windows) is
   * reported as such at 1:1 rather than as an invalid UTF-8 byte.
   */
  private static String decodeUtf8(byte[] bytes, List<YamlProblem> problems) {
    String wide = wideEncoding(bytes);
    if (wide != null) {
      problems.add(YamlProblem.of("utf16", 1, 1, wide));
      return null;
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    // the JDK's own decoding is much faster than a reporting decoder, and it marks every malformed
    // sequence with U+FFFD: only a text with one (or a file that has U+FFFD itself) needs a look
    String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      decoder.flush(out);
      out.flip();
      return out.toString();
    }
    int bad = in.position();
    int line = 1;
    int lineStart = start;
    for (int i = start; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
    int column = before.codePointCount(0, before.length()) + 1;
    problems.add(
        YamlProblem.of("invalid-utf8", line, column, String.format("0x%02X", bytes[bad] & 0xff)));
    return null;
  }

  /** The UTF-16 or UTF-32 encoding whose byte-order mark starts {@code bytes}, or null. */
  public static String wideEncoding(byte[] bytes) {
    int b0 = bytes.length > 0 ? bytes[0] & 0xff : -1;
    int b1 = bytes.length > 1 ? bytes[1] & 0xff : -1;
    boolean fourZeroes = bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0;
    if (b0 == 0xFF && b1 == 0xFE) {
      return fourZeroes ? "UTF-32LE" : "UTF-16LE";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16BE";
    }
    if (b0 == 0
        && b1 == 0
        && bytes.length >= 4
        && (bytes[2] & 0xff) == 0xFE
        && (bytes[3] & 0xff) == 0xFF) {
      return "UTF-32BE";
    }
    return null;
  }

  /** The kind of the parser's {@code problem} ({@link #PARSE_KINDS}), else {@code parse}. */
  static String parseKind(String problem) {
    String p = problem == null ? "" : problem;
    for (Map.Entry<String, String> kind : PARSE_KINDS) {
      if (p.contains(kind.getKey())) {
        return kind.getValue();
      }
    }
    return "parse";
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem();
    String context = e.getContext();
    if (problem == null || problem.isBlank()) {
      return firstLine(context);
    }
    return context == null || context.isBlank() ? problem : context + ": " + problem;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /**
   * Turns the event stream into a JSON tree, recording problems and, unless {@code map} is null,
   * positions.
   */
  private final class Builder {
    private final SourceMap map;
    private final List<YamlProblem> problems;
    private final UnaryOperator<String> strings;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private JsonNode root;
    private int documents;
    private int skipDepth;
    private boolean depthReported;

    Builder(SourceMap map, List<YamlProblem> problems, UnaryOperator<String> strings) {
      this.map = map;
      this.problems = problems;
      this.strings = strings;
    }

    /** Handles one event; false stops reading. */
    boolean accept(Event event) {
      Position at = position(event);
      switch (event.getEventId()) {
        case DocumentStart -> {
          documents++;
          if (documents > 1) {
            problems.add(YamlProblem.of("multi-document", at.line, at.column));
            return false;
          }
        }
        case Alias -> {
          if (skipDepth == 0) {
            problems.add(
                YamlProblem.of(
                    "alias", at.line, at.column, ((AliasEvent) event).getAlias().getValue()));
            attach(NODES.nullNode(), at, null);
          }
        }
        case Scalar -> {
          if (skipDepth == 0) {
            scalar((ScalarEvent) event, at);
          }
        }
        case MappingStart, SequenceStart -> {
          if (skipDepth > 0 || stack.size() >= limits.maxDepth()) {
            if (!depthReported) {
              problems.add(YamlProblem.of("too-deep", at.line, at.column, limits.maxDepth()));
              depthReported = true;
            }
            skipDepth++;
            return true;
          }
          CollectionStartEvent start = (CollectionStartEvent) event;
          checkNodeProperties(start, start.getTag(), start.isImplicit(), at);
          boolean mapping = event instanceof MappingStartEvent;
          JsonNode node = mapping ? NODES.objectNode() : NODES.arrayNode();
          String pointer = attach(node, at, null);
          if (pointer != null) {
            stack.push(new Frame(node, pointer, mapping));
          } else {
            skipDepth++;
          }
        }
        case MappingEnd, SequenceEnd -> {
          if (skipDepth > 0) {
            skipDepth--;
          } else {
            stack.pop();
          }
        }
        default -> {
          // stream start/end, document end, comments: nothing to build
        }
      }
      return true;
    }

    private void scalar(ScalarEvent event, Position at) {
      checkNodeProperties(event, event.getTag(), event.getImplicit().canOmitTagInPlainScalar(), at);
      Frame frame = stack.peek();
      if (frame != null && frame.mapping && frame.pendingKey == null) {
        key(frame, event, at);
        return;
      }
      String value = event.getValue();
      if (value.length() > limits.maxScalarChars()) {
        problems.add(
            YamlProblem.of(
                "scalar-too-long", at.line, at.column, value.length(), limits.maxScalarChars()));
        attach(NODES.nullNode(), at, null);
        return;
      }
      String unquoted = null;
      JsonNode node;
      if (event.isPlain() && event.getTag().isEmpty()) {
        Tag tag = resolve(value);
        node =
            Tag.STR.equals(tag) ? NODES.stringNode(strings.apply(value)) : plainScalar(tag, value);
        if (!node.isString()) {
          unquoted = value;
        }
      } else {
        node = NODES.stringNode(strings.apply(value));
      }
      attach(node, at, unquoted);
    }

    private void key(Frame frame, ScalarEvent event, Position at) {
      String key = MappingKeys.SHARED.canonical(event.getValue());
      if (event.isPlain() && "<<".equals(key)) {
        problems.add(YamlProblem.of("merge-key", at.line, at.column));
      }
      Integer firstLine = frame.keyLines.get(key);
      if (firstLine != null) {
        problems.add(YamlProblem.of("duplicate-key", at.line, at.column, key, firstLine));
        frame.pendingKey = key;
        frame.discardValue = true;
        return;
      }
      frame.keyLines.put(key, at.line);
      frame.pendingKey = key;
      frame.discardValue = false;
      if (map != null) {
        map.putKey(frame.pointer + "/" + escape(key), at.line, at.column);
      }
    }

    /**
     * Places a finished value under the current container; returns its pointer ({@code ""} when
     * positions are not recorded), or null when it is discarded (the value of a duplicate key, or a
     * collection used as a key).
     */
    private String attach(JsonNode node, Position at, String unquoted) {
      Frame frame = stack.peek();
      String pointer;
      if (frame == null) {
        if (root != null) {
          return null;
        }
        root = node;
        pointer = "";
      } else if (frame.mapping) {
        if (frame.pendingKey == null) {
          problems.add(YamlProblem.of("complex-key", at.line, at.column));
          frame.pendingKey = "";
          frame.discardValue = true;
          return null;
        }
        String key = frame.pendingKey;
        boolean discard = frame.discardValue;
        frame.pendingKey = null;
        if (discard) {
          return null;
        }
        pointer = map == null ? "" : frame.pointer + "/" + escape(key);
        ((ObjectNode) frame.node).set(key, node);
      } else {
        ArrayNode array = (ArrayNode) frame.node;
        pointer = map == null ? "" : frame.pointer + "/" + array.size();
        array.add(node);
      }
      if (map == null) {
        return pointer;
      }
      map.putValue(pointer, at.line, at.column);
      if (unquoted != null) {
        map.putUnquoted(pointer, unquoted);
      }
      return pointer;
    }

    private void checkNodeProperties(
        NodeEvent event, Optional<String> tag, boolean implicit, Position at) {
      event
          .getAnchor()
          .ifPresent(a -> problems.add(YamlProblem.of("anchor", at.line, at.column, a.getValue())));
      if (tag.isPresent() && !implicit) {
        problems.add(YamlProblem.of("tag", at.line, at.column, shortTag(tag.get())));
      } else if (tag.isPresent() && !(event instanceof ScalarEvent)) {
        problems.add(YamlProblem.of("tag", at.line, at.column, shortTag(tag.get())));
      }
    }

    private Position position(Event event) {
      return event
          .getStartMark()
          .map(m -> new Position(m.getLine() + 1, m.getColumn() + 1))
          .orElse(new Position(1, 1));
    }
  }

  /**
   * The tag of a plain scalar under the YAML 1.2 core schema. Most scalars of a catalog are text
   * that no pattern of the schema can match (they start with a Chinese character, or mix letters
   * into digits: 11330102002484829X); those skip the resolver's regular expressions.
   */
  static Tag resolve(String value) {
    if (!value.isEmpty()) {
      char first = value.charAt(0);
      if ("~nNtTfF+-.0123456789".indexOf(first) < 0) {
        return Tag.STR;
      }
      if (first >= '0' && first <= '9') {
        // a number that starts with a digit has only these after it (0x1F, 0o17, 1.5e-3)
        for (int i = 1; i < value.length(); i++) {
          if ("0123456789abcdefABCDEFxo.+-".indexOf(value.charAt(i)) < 0) {
            return Tag.STR;
          }
        }
      }
    }
    return RESOLVER.resolve(value, true);
  }

  /** The JSON value of a plain scalar under the YAML 1.2 core schema. */
  static JsonNode plainScalar(Tag tag, String value) {
    if (Tag.NULL.equals(tag)) {
      return NODES.nullNode();
    }
    if (Tag.BOOL.equals(tag)) {
      return NODES.booleanNode(value.equalsIgnoreCase("true"));
    }
    if (Tag.INT.equals(tag)) {
      if (isShortDecimal(value)) {
        return NODES.numberNode(Integer.parseInt(value));
      }
      BigInteger n;
      if (value.startsWith("0o")) {
        n = new BigInteger(value.substring(2), 8);
      } else if (value.startsWith("0x")) {
        n = new BigInteger(value.substring(2), 16);
      } else {
        n = new BigInteger(value.startsWith("+") ? value.substring(1) : value);
      }
      return n.bitLength() < 32 ? NODES.numberNode(n.intValue()) : NODES.numberNode(n);
    }
    if (Tag.FLOAT.equals(tag)) {
      String v = value.toLowerCase(java.util.Locale.ROOT);
      if (v.endsWith(".inf")) {
        return NODES.numberNode(
            v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
      }
      if (v.equals(".nan")) {
        return NODES.numberNode(Double.NaN);
      }
      return NODES.numberNode(new java.math.BigDecimal(value));
    }
    return NODES.stringNode(value);
  }

  /** Up to 9 digits, perhaps after a minus: an {@code int} without a {@link BigInteger} first. */
  private static boolean isShortDecimal(String value) {
    int start = value.startsWith("-") ? 1 : 0;
    if (value.length() == start || value.length() - start > 9) {
      return false;
    }
    for (int i = start; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A tag as it was written: {@code !!str} rather than {@code tag:yaml.org,2002:str}. */
  private static String shortTag(String tag) {
    return tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
  }

  /** Escapes a key for use in a JSON pointer (RFC 6901). */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private record Position(int line, int column) {}

  private static final class Frame {
    final JsonNode node;
    final String pointer;
    final boolean mapping;
    final Map<String, Integer> keyLines = new HashMap<>();
    String pendingKey;
    boolean discardValue;

    Frame(JsonNode node, String pointer, boolean mapping) {
      this.node = node;
      this.pointer = pointer;
      this.mapping = mapping;
    }
  }
}
