package org.svcat.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.PathType;
import com.networknt.schema.serialization.NodeReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.svcat.core.yaml.StrictYamlReader;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates catalog documents against the published JSON Schemas (draft 2020-12). Schemas are read
 * from the classpath only: the {@code https://svcat.org/schemas/} prefix is mapped to it and the
 * loader never fetches remote resources. Thread-safe; build one and share it.
 */
public final class SchemaValidator {
  private final Map<SchemaKind, Schema> schemas = new EnumMap<>(SchemaKind.class);
  private final SchemaRegistry registry = offlineRegistry();

  public SchemaValidator() {
    for (SchemaKind kind : SchemaKind.values()) {
      Schema schema = registry.getSchema(SchemaLocation.of(kind.iri()));
      schema.initializeValidators();
      schemas.put(kind, schema);
    }
  }

  /**
   * A draft 2020-12 registry that resolves {@code https://svcat.org/schemas/} to the classpath and
   * never fetches anything: remote fetching is off and every IRI outside the classpath, the svcat
   * prefix and the bundled meta-schemas is blocked, so a {@code $ref} to an http URL fails instead
   * of opening a connection. The schemas' property names are interned, like the keys of the trees
   * that {@link org.svcat.core.yaml.StrictYamlReader} builds, so that the validator finds each
   * property by identity rather than by comparing texts. The annotations that only a person reads
   * ({@link #UNREAD}: each field's Chinese name, descriptions) get no validator: svcat collects no
   * annotations, and the validator would otherwise step through each of them for each value.
   */
  static SchemaRegistry offlineRegistry() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
    Dialect dialect =
        Dialect.builder(Dialects.getDraft202012())
            .keywords(UNREAD.stream().map(SchemaValidator::unread).toList())
            .build();
    return SchemaRegistry.withDefaultDialect(
        dialect,
        builder ->
            builder
                .schemaRegistryConfig(config)
                .nodeReader(
                    NodeReader.builder()
                        .jsonMapper(
                            JsonMapper.builder(
                                    JsonFactory.builder()
                                        .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                                        .build())
                                .build())
                        .build())
                .schemaLoader(
                    loader ->
                        loader
                            .fetchRemoteResources(false)
                            .block(iri -> !isBundled(iri.toString()))
                            .schemaIdResolvers(
                                ids ->
                                    ids.mapPrefix(
                                        SchemaKind.BASE_IRI,
                                        "classpath:" + SchemaKind.CLASSPATH_DIR))));
  }

  /** The annotation keywords the schemas use that no validation reads. */
  static final List<String> UNREAD = List.of("title", "description", "$comment");

  /** A keyword that makes no validator (the validator skips a keyword whose validator is null). */
  private static Keyword unread(String name) {
    return new Keyword() {
      @Override
      public String getValue() {
        return name;
      }

      @Override
      public KeywordValidator newValidator(
          SchemaLocation location, JsonNode node, Schema parent, SchemaContext context) {
        return null;
      }
    };
  }

  private static boolean isBundled(String iri) {
    return iri.startsWith("classpath:")
        || iri.startsWith(SchemaKind.BASE_IRI)
        || iri.startsWith("https://json-schema.org/");
  }

  /** The problems of {@code document} against the schema of {@code kind}, in document order. */
  public List<SchemaProblem> validate(SchemaKind kind, JsonNode document) {
    Schema schema = schemas.get(kind);
    List<Error> errors;
    try {
      errors = schema.validate(document);
    } catch (RuntimeException e) {
      JsonNode inRange = withinLongRange(document);
      if (inRange == document) {
        throw e;
      }
      errors = schema.validate(inRange);
    }
    List<SchemaProblem> problems = new ArrayList<>();
    for (Error error : errors) {
      problems.add(toProblem(error));
    }
    return problems;
  }

  /**
   * {@code node}, or a copy with every number outside the {@code long} range (and NaN, infinity)
   * replaced by a {@code long} at that edge. The validator's {@code minimum}/{@code maximum} checks
   * throw on such numbers instead of reporting them (found by LoaderFuzzTest); every bound in the
   * schemas is far inside the range, so the edge value is reported against the same bound. Used
   * only after such a throw: walking every document beforehand cost a tenth of schema validation.
   */
  static JsonNode withinLongRange(JsonNode node) {
    if (beyondLong(node)) {
      boolean negative = node.asString().startsWith("-");
      return JsonNodeFactory.instance.numberNode(negative ? Long.MIN_VALUE : Long.MAX_VALUE);
    }
    if (!node.isContainer()) {
      return node;
    }
    JsonNode copy = null;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      JsonNode fixed = withinLongRange(e.getValue());
      if (fixed != e.getValue()) {
        copy = copy == null ? node.deepCopy() : copy;
        ((ObjectNode) copy).set(e.getKey(), fixed);
      }
    }
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      JsonNode fixed = withinLongRange(node.get(i));
      if (fixed != node.get(i)) {
        copy = copy == null ? node.deepCopy() : copy;
        ((ArrayNode) copy).set(i, fixed);
      }
    }
    return copy == null ? node : copy;
  }

  private static boolean beyondLong(JsonNode node) {
    if (!node.isNumber() || node.isInt() || node.isLong()) {
      return false;
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().bitLength() > 62;
    }
    if (node.isBigDecimal()) {
      return node.decimalValue().abs().compareTo(BigDecimal.valueOf(1L << 62)) >= 0;
    }
    double v = node.doubleValue();
    return !Double.isFinite(v) || Math.abs(v) >= 0x1p62;
  }

  private SchemaProblem toProblem(Error error) {
    String pointer = Objects.toString(error.getInstanceLocation(), "");
    String keyword = Objects.toString(error.getKeyword(), "");
    Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
    boolean atKey = false;
    if (("required".equals(keyword) || "additionalProperties".equals(keyword))
        && error.getProperty() != null) {
      pointer = pointer + "/" + StrictYamlReader.escape(error.getProperty());
      atKey = "additionalProperties".equals(keyword);
    }
    if ("propertyNames".equals(keyword) && args.length > 0) { // at the key that is not valid
      pointer = pointer + "/" + StrictYamlReader.escape(String.valueOf(args[0]));
      atKey = true;
    }
    List<Object> argList = new ArrayList<>(Arrays.asList(args));
    List<String> allowed =
        switch (keyword) {
          case "additionalProperties" -> knownKeys(error.getSchemaLocation());
          case "enum" -> texts(error.getSchemaNode());
          default -> List.of();
        };
    Map<String, String> titles =
        "additionalProperties".equals(keyword) || "required".equals(keyword)
            ? fieldTitles(error.getSchemaLocation())
            : Map.of();
    return new SchemaProblem(pointer, keyword, argList, error.getMessage(), atKey, allowed, titles);
  }

  /** The texts among the values of an {@code enum}. */
  private static List<String> texts(JsonNode values) {
    List<String> texts = new ArrayList<>();
    if (values != null) {
      values.forEach(v -> texts.add(v.isString() ? v.stringValue() : v.toString()));
    }
    return texts;
  }

  /**
   * The keys that the schema at {@code location} (an {@code additionalProperties: false}) allows:
   * the {@code properties} beside it, so that an unknown key can be told the one it may stand for.
   * Looked up only for a file with an unknown key; empty when the location cannot be followed.
   */
  private List<String> knownKeys(SchemaLocation location) {
    return objectAt(location)
        .map(object -> List.copyOf(object.node().path("properties").propertyNames()))
        .orElse(List.of());
  }

  /**
   * The Chinese name of each field of a {@code kind} file (the schema's {@code title}s: 事项名称,
   * 承诺办结时限 ...), by its path ({@code name}, {@code deadline.promised}, {@code materials[].name};
   * {@code *} for the entries of a mapping such as materials.yaml), in the schema's order: what a
   * form or a report in Chinese can call each field.
   */
  public Map<String, String> titles(SchemaKind kind) {
    Map<String, String> titles = new LinkedHashMap<>();
    addTitles(
        new SchemaNode(schemas.get(kind).getSchemaNode(), URI.create(kind.iri())), "", 0, titles);
    return titles;
  }

  /**
   * The Chinese names (the schemas' {@code title}s) of the fields that the object whose keyword
   * failed at {@code location} may hold, at any depth, by their path from that object, as {@link
   * #titles} gives them; followed through {@code $ref}s, lists and mappings, at most {@value
   * #TITLE_DEPTH} levels down.
   */
  private Map<String, String> fieldTitles(SchemaLocation location) {
    Map<String, String> titles = new LinkedHashMap<>();
    objectAt(location).ifPresent(object -> addTitles(object, "", 0, titles));
    return titles;
  }

  private static final int TITLE_DEPTH = 6;

  private void addTitles(SchemaNode schema, String path, int depth, Map<String, String> titles) {
    if (depth > TITLE_DEPTH) {
      return;
    }
    JsonNode node = schema.node();
    if (node.path("$ref").isString()) {
      resolve(schema.document().resolve(node.path("$ref").stringValue()))
          .ifPresent(target -> addTitles(target, path, depth + 1, titles));
    }
    for (Map.Entry<String, JsonNode> field : node.path("properties").properties()) {
      String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
      JsonNode title = field.getValue().path("title");
      if (title.isString()) {
        titles.putIfAbsent(at, title.stringValue());
      }
      addTitles(new SchemaNode(field.getValue(), schema.document()), at, depth + 1, titles);
    }
    if (node.path("items").isObject()) {
      addTitles(
          new SchemaNode(node.path("items"), schema.document()), path + "[]", depth + 1, titles);
    }
    if (node.path("additionalProperties").isObject()) {
      addTitles(
          new SchemaNode(node.path("additionalProperties"), schema.document()),
          path.isEmpty() ? "*" : path + ".*",
          depth + 1,
          titles);
    }
  }

  /** A node of a schema document, with the document's IRI for the {@code $ref}s inside it. */
  private record SchemaNode(JsonNode node, URI document) {}

  /**
   * The object schema whose keyword failed at {@code location} (the parent of that keyword's
   * location), if the location can be followed.
   */
  private Optional<SchemaNode> objectAt(SchemaLocation location) {
    String text = String.valueOf(location);
    int hash = text.indexOf('#');
    if (hash < 0) {
      return Optional.empty();
    }
    String pointer = text.substring(hash + 1);
    String object = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
    // a then or else applies to the object of the schema that holds it (an item's legalBasis,
    // required of administrative powers), whose properties name its fields
    object = object.replaceFirst("/(then|else)$", "");
    return resolve(URI.create(text.substring(0, hash) + "#" + object));
  }

  /** The schema node an absolute {@code iri} names, if the registry has it. */
  private Optional<SchemaNode> resolve(URI iri) {
    try {
      URI document = new URI(iri.getScheme(), iri.getSchemeSpecificPart(), null);
      JsonNode node =
          registry
              .getSchema(SchemaLocation.of(document.toString()))
              .getSchemaNode()
              .at(iri.getRawFragment() == null ? "" : iri.getFragment());
      return node.isMissingNode() ? Optional.empty() : Optional.of(new SchemaNode(node, document));
    } catch (RuntimeException | URISyntaxException e) {
      // advice only: a problem is reported with or without the names around it
      return Optional.empty();
    }
  }
}
