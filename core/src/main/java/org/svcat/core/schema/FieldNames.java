package org.svcat.core.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Chinese names of a catalog's fields (the schemas' {@code title}s, the workbook's column
 * headers) as people write them: with spaces or line breaks, a {@code *} or "（必填）" for a required
 * column. Import matches headers this way, and a schema message a key written in Chinese.
 */
public final class FieldNames {
  private FieldNames() {}

  /** {@code name} without spaces, line breaks, {@code *} and "（必填）", "（选填）" and the like. */
  public static String plain(String name) {
    return name.replaceAll("[\\s*＊]", "").replaceAll("[（(](必填|选填|必须|可选)[）)]", "");
  }

  /**
   * The path of the field whose Chinese name {@code key} is ({@code 承诺办结时限} for {@code
   * deadline.promised}), among {@code titles} (path to name, {@link SchemaValidator#titles}); only
   * a name that one field has.
   */
  public static Optional<String> field(String key, Map<String, String> titles) {
    String name = plain(key);
    List<String> paths =
        titles.entrySet().stream()
            .filter(e -> plain(e.getValue()).equals(name))
            .map(Map.Entry::getKey)
            .toList();
    return paths.size() == 1 ? Optional.of(paths.get(0)) : Optional.empty();
  }
}
