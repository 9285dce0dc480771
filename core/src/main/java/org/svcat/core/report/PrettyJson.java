package org.svcat.core.report;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON style of svcat's outputs: two-space indent, {@code "key": value}, final newline. */
public final class PrettyJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator(""));

  private PrettyJson() {}

  /** A new empty object to fill in. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Parses JSON text. */
  public static JsonNode read(String text) {
    return MAPPER.readTree(text);
  }

  /**
   * A generator writing pretty JSON to {@code out} in the same style, for documents too large to
   * hold as one tree (write the final newline yourself); closing it does not close {@code out}.
   */
  public static JsonGenerator generator(OutputStream out) {
    return MAPPER
        .writer()
        .with(PRINTER)
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .createGenerator(out);
  }

  /** {@link #generator}, writing the properties of every tree in sorted order. */
  public static JsonGenerator sortedGenerator(OutputStream out) {
    return MAPPER
        .writer()
        .with(PRINTER)
        .with(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .createGenerator(out);
  }

  /** {@code node} as pretty JSON text ending in a newline. */
  public static String write(JsonNode node) {
    return MAPPER.writer().with(PRINTER).writeValueAsString(node) + "\n";
  }

  /**
   * Pretty JSON {@code text} (from {@link #write} or {@link #writeSorted}) as it stands in an array
   * that is a property of the top-level object, as {@link #generator} would write it there: the
   * same lines, indented by four spaces, without the final newline (JSON text has no raw line
   * breaks in strings). For large arrays whose elements are written on several threads, then as raw
   * values.
   */
  public static String atArrayDepth(String text) {
    return text.strip().replace("\n", "\n    ");
  }

  /**
   * {@link #write}, with the properties of every object in sorted order (as written; {@code node}
   * keeps its order).
   */
  public static String writeSorted(JsonNode node) {
    return MAPPER
            .writer()
            .with(PRINTER)
            .with(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .writeValueAsString(node)
        + "\n";
  }
}
