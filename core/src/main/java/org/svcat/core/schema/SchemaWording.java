package org.svcat.core.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.NearestName;
import org.svcat.core.finding.StraySpace;
import org.svcat.core.format.ItemYamlWriter;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.yaml.JoinedKey;
import tools.jackson.databind.JsonNode;

/**
 * Says what a {@link SchemaProblem} means in the user's language, for the keywords the published
 * schemas use ({@link #WORDED}), instead of the validator's English. A {@code pattern} is described
 * by what it allows ({@code schema.pattern.<name>}, {@link #PATTERNS}) rather than shown as a
 * regular expression; any other keyword keeps the validator's own text.
 */
public final class SchemaWording {
  /** The keywords worded here; {@code SchemaWordingTest} keeps it a superset of the schemas'. */
  public static final Set<String> WORDED =
      Set.of(
          "type",
          "enum",
          "required",
          "additionalProperties",
          "pattern",
          "propertyNames",
          "minLength",
          "minItems",
          "uniqueItems",
          "minimum",
          "maximum",
          "oneOf");

  /** Each pattern of the schemas, by the name of the message that says what it allows. */
  public static final Map<String, String> PATTERNS =
      Map.of(
          "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "date",
          "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$", "version",
          "^[0-9]{6}$", "region",
          "^[A-Za-z0-9_-]+$", "id",
          "^[a-z0-9-]+$", "rule",
          "^[a-z0-9][a-z0-9-]*$", "slug");

  private static final String PATTERN_PREFIX = "does not match the regex pattern ";

  private SchemaWording() {}

  /**
   * {@code problems} without the noise of a failed {@code oneOf}: the validator reports the {@code
   * oneOf} itself and every branch's problem at the same place, so a mistyped severity ({@code off}
   * written {@code of}) came out three times, once as "a mapping expected". Kept: the problems of
   * the branch the value was meant for (a mapping's inner problems, or a plain value's {@code
   * enum}); the {@code oneOf} alone when nothing else says more.
   */
  public static List<SchemaProblem> relevant(List<SchemaProblem> problems) {
    Set<String> oneOfs = new HashSet<>();
    for (SchemaProblem p : problems) {
      if ("oneOf".equals(p.keyword())) {
        oneOfs.add(p.pointer());
      }
    }
    if (oneOfs.isEmpty()) {
      return problems;
    }
    List<SchemaProblem> kept = new ArrayList<>();
    for (SchemaProblem p : problems) {
      String at = p.pointer();
      boolean noise =
          oneOfs.contains(at)
              && switch (p.keyword()) {
                case "oneOf" -> problems.stream().anyMatch(o -> o != p && under(o.pointer(), at));
                case "type" -> true;
                case "enum" -> problems.stream().anyMatch(o -> strictlyUnder(o.pointer(), at));
                default -> false;
              };
      if (!noise) {
        kept.add(p);
      }
    }
    return kept;
  }

  private static boolean under(String pointer, String at) {
    return pointer.equals(at) || strictlyUnder(pointer, at);
  }

  private static boolean strictlyUnder(String pointer, String at) {
    return pointer.startsWith(at + "/");
  }

  /**
   * The message for {@code problem} in the language of {@code messages}.
   *
   * @param root the document, for the offending value
   * @param unquoted the text of the value as written when YAML read it as something other than a
   *     string (a plain scalar such as {@code 000125001000}), so a type problem can say "quote it"
   */
  public static String message(
      SchemaProblem problem, JsonNode root, Optional<String> unquoted, Messages messages) {
    List<Object> args = problem.args();
    JsonNode value = root == null ? null : root.at(problem.pointer());
    return switch (problem.keyword()) {
      case "type" -> typeMessage(problem, value, unquoted, messages);
      case "additionalProperties" -> unknownKey(problem, messages);
      case "enum" -> enumMessage(problem, value, messages);
      case "required" -> required(problem, messages);
      case "pattern" ->
          messages.format(
              "schema.message.pattern",
              text(value),
              pattern(args.isEmpty() ? "" : String.valueOf(args.get(0)), messages));
      case "propertyNames" -> propertyName(problem, messages);
      case "minLength" ->
          number(args, 0) == 1
              ? messages.format("schema.message.empty")
              : messages.format("schema.message.minLength", number(args, 0));
      case "minItems" ->
          number(args, 0) == 1
              ? messages.format("schema.message.minItems.one")
              : messages.format("schema.message.minItems", number(args, 0), number(args, 1));
      case "uniqueItems" -> messages.format("schema.message.uniqueItems", repeated(value));
      case "minimum" -> messages.format("schema.message.minimum", text(value), args.get(0));
      case "maximum" -> messages.format("schema.message.maximum", text(value), args.get(0));
      case "oneOf" -> messages.format("schema.message.oneOf");
      default -> other(problem, messages);
    };
  }

  /**
   * A value of the wrong type: "quote it" for a plain scalar that YAML read as a number, boolean or
   * null where a text belongs; a time limit's value and unit for one written as a text or a number
   * ({@link #timeLimit}); the value as it should be written for a text meant as a mapping (a key
   * and value joined by a full-width colon, {@link JoinedKey}), a number (in quotes or full-width
   * digits), a boolean (是, 否, yes, no) or a list (full-width brackets, {@link TextSlips}).
   */
  private static String typeMessage(
      SchemaProblem problem, JsonNode value, Optional<String> unquoted, Messages messages) {
    List<Object> args = problem.args();
    if (args.size() < 2) {
      return other(problem, messages);
    }
    String expected = String.valueOf(args.get(1));
    if (unquoted.isPresent() && "string".equals(expected)) {
      return messages.format(
          "schema.message.unquoted", unquoted.get(), jsonType(args, 1, messages));
    }
    Optional<String> limit = timeLimit(problem.pointer(), value);
    if ("object".equals(expected) && limit.isPresent()) {
      return messages.format(
          "schema.message.type.limit",
          jsonType(args, 1, messages),
          jsonType(args, 0, messages),
          limit.get());
    }
    String text = value != null && value.isString() ? value.stringValue() : "";
    String key;
    Optional<String> written;
    switch (expected) {
      case "object" -> {
        key = "schema.message.type.colon";
        written = JoinedKey.in(text).map(JoinedKey::written);
      }
      case "integer", "number" -> {
        written = TextSlips.number(text);
        key =
            written.isPresent() && written.get().equals(text.strip())
                ? "schema.message.type.quoted-number"
                : text.chars().anyMatch(c -> c >= '０' && c <= '９')
                    ? "schema.message.type.digits"
                    : "schema.message.type.words";
      }
      case "boolean" -> {
        key = "schema.message.type.boolean";
        written = TextSlips.bool(text);
      }
      case "array" -> {
        key = "schema.message.type.brackets";
        written = TextSlips.list(text);
      }
      default -> {
        key = null;
        written = Optional.empty();
      }
    }
    return written.isPresent()
        ? messages.format(key, jsonType(args, 1, messages), text, written.get())
        : messages.format(
            "schema.message.type", jsonType(args, 1, messages), jsonType(args, 0, messages));
  }

  /**
   * A time limit written as people write it ({@code legal: 20个工作日}, {@code promised: 10}) where the
   * schema wants its value and unit, as it should be written ({@code {value: 20, unit: 工作日}}). Only
   * for the keys that hold a time limit ({@code legal}, {@code promised}, {@code limit}).
   */
  private static Optional<String> timeLimit(String pointer, JsonNode value) {
    if (value == null
        || !(value.isString() || value.isIntegralNumber())
        || !Set.of("legal", "promised", "limit").contains(lastSegment(pointer))) {
      return Optional.empty();
    }
    return TimeLimit.parse(value.asString()).map(ItemYamlWriter::limit);
  }

  /**
   * A value outside its code list, with the nearest allowed value if one is near ({@code 即办} for
   * {@code 即办件}); for an entry of a list that is several allowed values joined by full-width commas
   * ({@code [企业法人，事业法人]}), the list as it should be written.
   */
  private static String enumMessage(SchemaProblem problem, JsonNode value, Messages messages) {
    // the allowed values as the code list writes them (即办件、承诺件、其他), not as JSON
    String allowed =
        problem.allowed().isEmpty()
            ? problem.args().isEmpty() ? "" : String.valueOf(problem.args().get(0))
            : String.join(messages.format("schema.message.enum.separator"), problem.allowed());
    Optional<String> list =
        value != null && value.isString() && lastSegment(problem.pointer()).matches("[0-9]+")
            ? TextSlips.joinedEntries(value.stringValue(), problem.allowed())
            : Optional.empty();
    if (list.isPresent()) {
      return messages.format("schema.message.enum.list", text(value), list.get());
    }
    Optional<String> near =
        value != null && value.isString()
            ? NearestName.ofValue(value.stringValue().strip(), problem.allowed())
            : Optional.empty();
    return near.isPresent()
        ? messages.format("schema.message.enum.near", text(value), near.get(), allowed)
        : messages.format("schema.message.enum", text(value), allowed);
  }

  /**
   * An unknown key, with what it may stand for: a key that holds a space YAML does not take for one
   * ({@link StraySpace}: the full-width space of a Chinese input method, a no-break or zero-width
   * space); a key and value joined by a wrong colon ({@code {value：20}}, {@link JoinedKey}); else
   * the nearest of the keys allowed there.
   */
  private static String unknownKey(SchemaProblem problem, Messages messages) {
    String key = lastSegment(problem.pointer());
    int stray = StraySpace.first(key);
    if (stray >= 0) {
      return messages.format(
          "schema.message.additionalProperties.space", key, StraySpace.code(key.charAt(stray)));
    }
    Optional<String> joined = JoinedKey.in(key).map(JoinedKey::written);
    if (joined.isPresent()) {
      return messages.format("schema.message.additionalProperties.colon", key, joined.get());
    }
    Optional<String> named = FieldNames.field(key, problem.titles());
    if (named.isPresent()) {
      String path = named.get();
      int dot = Math.max(path.lastIndexOf('.'), path.lastIndexOf("[]") + 1);
      return dot <= 0
          ? messages.format("schema.message.additionalProperties.title", key, path)
          : messages.format(
              "schema.message.additionalProperties.title.nested",
              key,
              path.substring(dot + 1),
              path.substring(0, dot).replace("[]", "").replace(".", " → "));
    }
    return NearestName.of(key, problem.allowed())
        .map(near -> messages.format("schema.message.additionalProperties.near", key, near))
        .orElseGet(() -> messages.format("schema.message.additionalProperties", key));
  }

  /** A missing key, with its Chinese name where the schema gives one. */
  private static String required(SchemaProblem problem, Messages messages) {
    return messages.format("schema.message.required", missingKey(problem, messages));
  }

  /**
   * The key a {@code required} problem misses, with its Chinese name where the schema gives one:
   * {@code promised（承诺办结时限）}.
   */
  public static String missingKey(SchemaProblem problem, Messages messages) {
    String key = lastSegment(problem.pointer());
    String title = problem.titles().get(key);
    return title == null ? key : messages.format("schema.message.required.key", key, title);
  }

  private static String other(SchemaProblem problem, Messages messages) {
    return messages.format("schema.message.other", problem.libraryMessage());
  }

  /** A key that breaks {@code propertyNames}: the validator gives the key and its own sentence. */
  private static String propertyName(SchemaProblem problem, Messages messages) {
    List<Object> args = problem.args();
    String key = args.isEmpty() ? lastSegment(problem.pointer()) : String.valueOf(args.get(0));
    String reason = args.size() > 1 ? String.valueOf(args.get(1)) : "";
    if (!reason.startsWith(PATTERN_PREFIX)) {
      return other(problem, messages);
    }
    return messages.format(
        "schema.message.propertyName",
        key,
        pattern(reason.substring(PATTERN_PREFIX.length()), messages));
  }

  /** What {@code regex} allows, when it is one of the schemas' patterns; else the regex itself. */
  static String pattern(String regex, Messages messages) {
    String name = PATTERNS.get(regex);
    return name != null
        ? messages.format("schema.pattern." + name)
        : messages.format("schema.pattern.regex", regex);
  }

  /** The JSON type named by argument {@code index} of a type problem, in the user's language. */
  private static String jsonType(List<Object> args, int index, Messages messages) {
    String type = args.size() > index ? String.valueOf(args.get(index)) : "string";
    String key = "schema.type." + type;
    return messages.has(key) ? messages.format(key) : type;
  }

  private static long number(List<Object> args, int index) {
    if (args.size() <= index) {
      return 0;
    }
    try {
      return Long.parseLong(String.valueOf(args.get(index)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The first entry of {@code array} that an earlier one equals. */
  private static String repeated(JsonNode array) {
    List<JsonNode> seen = new ArrayList<>();
    if (array != null) {
      for (JsonNode element : array) {
        if (seen.contains(element)) {
          return text(element);
        }
        seen.add(element);
      }
    }
    return "";
  }

  private static String text(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "";
    }
    return value.isValueNode() ? value.asString() : value.toString();
  }

  /** The last segment of a JSON pointer, unescaped. */
  public static String lastSegment(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }
}
