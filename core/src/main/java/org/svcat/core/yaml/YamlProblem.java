package org.svcat.core.yaml;

import java.util.List;

/**
 * A breach of the strict YAML rules, at a 1-based line and column. {@code kind} selects the message
 * ({@code yaml-syntax.message.<kind>}); {@code args} fill it in.
 */
public record YamlProblem(String kind, int line, int column, List<Object> args) {
  public YamlProblem {
    args = List.copyOf(args);
  }

  static YamlProblem of(String kind, int line, int column, Object... args) {
    return new YamlProblem(kind, line, column, List.of(args));
  }
}
