package org.svcat.core.yaml;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A YAML file read strictly: the JSON tree (null when the file could not be read as YAML at all),
 * where each value stands, and the strict-YAML problems found.
 */
public record ParsedYaml(JsonNode root, SourceMap sourceMap, List<YamlProblem> problems) {
  public ParsedYaml {
    problems = List.copyOf(problems);
  }

  /** True when the tree is usable for schema validation and binding. */
  public boolean hasTree() {
    return root != null;
  }
}
