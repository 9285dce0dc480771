package org.svcat.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.serialization.NodeReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
   * property by identity rather than by comparing texts.
   */
  static SchemaRegistry offlineRegistry() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
    return SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
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
    return new SchemaProblem(pointer, keyword, argList, error.getMessage(), atKey, allowed);
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
    String text = String.valueOf(location);
    int hash = text.indexOf('#');
    if (hash < 0) {
      return List.of();
    }
    String pointer = text.substring(hash + 1);
    try {
      JsonNode document =
          registry.getSchema(SchemaLocation.of(text.substring(0, hash))).getSchemaNode();
      JsonNode properties =
          document
              .at(pointer.substring(0, Math.max(0, pointer.lastIndexOf('/'))))
              .path("properties");
      return List.copyOf(properties.propertyNames());
    } catch (RuntimeException e) { // advice only: an unknown key is reported with or without it
      return List.of();
    }
  }
}
