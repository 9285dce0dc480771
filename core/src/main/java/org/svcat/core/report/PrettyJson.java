package org.svcat.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
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
   * Pretty JSON {@code utf8} (from {@link #writeUtf8} or {@link #writeSortedUtf8}) as it stands in
   * an array that is a property of the top-level object, as {@link #generator} would write it
   * there: the same lines, indented by four spaces, without the final newline (JSON text has no raw
   * line breaks in strings, and no byte of a multi-byte UTF-8 character is a line break). For large
   * arrays whose elements are made on several threads, then written with {@link
   * JsonGenerator#writeRawValue(SerializableString)}: the bytes go out as they are, not decoded and
   * encoded again.
   */
  public static SerializableString atArrayDepth(byte[] utf8) {
    int end = utf8.length;
    while (end > 0 && (utf8[end - 1] == '\n' || utf8[end - 1] == ' ')) {
      end--;
    }
    int breaks = 0;
    for (int i = 0; i < end; i++) {
      if (utf8[i] == '\n') {
        breaks++;
      }
    }
    byte[] out = new byte[end + 4 * breaks];
    int o = 0;
    for (int i = 0; i < end; i++) {
      out[o++] = utf8[i];
      if (utf8[i] == '\n') {
        out[o++] = ' ';
        out[o++] = ' ';
        out[o++] = ' ';
        out[o++] = ' ';
      }
    }
    return new RawUtf8(out);
  }

  /** {@link #write} as UTF-8, made in one pass instead of as text first. */
  public static byte[] writeUtf8(JsonNode node) {
    return utf8(PrettyJson::generator, json -> json.writeTree(node));
  }

  /**
   * {@link #writeUtf8}, with the properties of every object in sorted order (as written; {@code
   * node} keeps its order).
   */
  public static byte[] writeSortedUtf8(JsonNode node) {
    return utf8(PrettyJson::sortedGenerator, json -> json.writeTree(node));
  }

  /**
   * Pretty JSON as UTF-8 ending in a newline, written by {@code content} to a generator in the same
   * style: for JSON made straight from records, without a tree in between.
   */
  public static byte[] writeUtf8(Consumer<JsonGenerator> content) {
    return utf8(PrettyJson::generator, content);
  }

  /** What {@code content} writes to a generator that {@code open} makes, and the final newline. */
  private static byte[] utf8(
      Function<OutputStream, JsonGenerator> open, Consumer<JsonGenerator> content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try (JsonGenerator json = open.apply(out)) {
      content.accept(json);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /**
   * JSON that is already UTF-8, for {@link JsonGenerator#writeRawValue(SerializableString)}: a
   * UTF-8 generator copies the bytes (the only use here); the text forms decode them on demand.
   */
  private static final class RawUtf8 implements SerializableString {
    private final byte[] utf8;

    RawUtf8(byte[] utf8) {
      this.utf8 = utf8;
    }

    @Override
    public String getValue() {
      return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
      return getValue().length();
    }

    @Override
    public char[] asQuotedChars() {
      return new SerializedString(getValue()).asQuotedChars();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return utf8; // as SerializedString does: callers only read it
    }

    @Override
    public byte[] asQuotedUTF8() {
      return new SerializedString(getValue()).asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return new SerializedString(getValue()).appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      return new SerializedString(getValue()).appendQuoted(buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      if (offset + utf8.length > buffer.length) {
        return -1;
      }
      System.arraycopy(utf8, 0, buffer, offset, utf8.length);
      return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      return new SerializedString(getValue()).appendUnquoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
      return new SerializedString(getValue()).writeQuotedUTF8(out);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      out.write(utf8);
      return utf8.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
      return new SerializedString(getValue()).putQuotedUTF8(buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) throws IOException {
      if (utf8.length > buffer.remaining()) {
        return -1;
      }
      buffer.put(utf8);
      return utf8.length;
    }
  }
}
