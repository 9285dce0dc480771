package org.svcat.core.schema;

import java.util.List;
import java.util.Map;

/**
 * A place where a document breaks its schema. {@code pointer} is the JSON pointer of the offending
 * value (for {@code required}, of the missing member); {@code keyword} the failed schema keyword;
 * {@code args} the keyword's arguments; {@code libraryMessage} the validator's own text; {@code
 * allowed}, for an unknown key ({@code additionalProperties}) the keys the schema allows there, for
 * an {@code enum} its values, else empty; {@code titles}, for an unknown or missing key, the
 * Chinese names (the schemas' {@code title}s) of the fields the object there may hold, by their
 * path from it ({@code name}, {@code deadline.promised}, {@code materials[].name}), else empty.
 */
public record SchemaProblem(
    String pointer,
    String keyword,
    List<Object> args,
    String libraryMessage,
    boolean atKey,
    List<String> allowed,
    Map<String, String> titles) {
  public SchemaProblem {
    args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    allowed = List.copyOf(allowed);
    titles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(titles));
  }
}
