package org.svcat.core.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Validates catalog documents against the published JSON Schemas (draft 2020-12). Schemas are read
 * from the classpath only: the {@code https://svcat.org/schemas/} prefix is mapped to it and the
 * loader never fetches remote resources. Thread-safe; build one and share it.
 */
public final class SchemaValidator {
  private final Map<SchemaKind, Schema> schemas = new EnumMap<>(SchemaKind.class);

  public SchemaValidator() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemaRegistryConfig(config)
                    .schemaIdResolvers(
                        ids ->
                            ids.mapPrefix(
                                SchemaKind.BASE_IRI, "classpath:" + SchemaKind.CLASSPATH_DIR)));
    for (SchemaKind kind : SchemaKind.values()) {
      Schema schema = registry.getSchema(SchemaLocation.of(kind.iri()));
      schema.initializeValidators();
      schemas.put(kind, schema);
    }
  }

  /** The problems of {@code document} against the schema of {@code kind}, in document order. */
  public List<SchemaProblem> validate(SchemaKind kind, JsonNode document) {
    List<SchemaProblem> problems = new ArrayList<>();
    for (Error error : schemas.get(kind).validate(document)) {
      problems.add(toProblem(error));
    }
    return problems;
  }

  private static SchemaProblem toProblem(Error error) {
    String pointer = Objects.toString(error.getInstanceLocation(), "");
    String keyword = Objects.toString(error.getKeyword(), "");
    Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
    boolean atKey = false;
    if (("required".equals(keyword) || "additionalProperties".equals(keyword))
        && error.getProperty() != null) {
      pointer = pointer + "/" + error.getProperty().replace("~", "~0").replace("/", "~1");
      atKey = "additionalProperties".equals(keyword);
    }
    List<Object> argList = new ArrayList<>(Arrays.asList(args));
    return new SchemaProblem(pointer, keyword, argList, error.getMessage(), atKey);
  }
}
