package org.svcat.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Elements made on their own and written raw come out as the generator writes them itself. */
class PrettyJsonTest {
  /** Keys out of order, nesting, an empty array and object, Chinese text, an escaped quote. */
  private static JsonNode element(int n) {
    ObjectNode e = PrettyJson.object();
    e.put("name", "食品经营许可 \"" + n + "\"");
    e.put("code", "11510107MB1529310N400012501200" + n);
    e.putObject("deadline").put("value", 20).put("unit", "工作日");
    e.putArray("materials").addObject().put("id", "M01").putArray("forms").add("纸质").add("电子");
    e.putArray("prerequisites");
    e.putObject("fees");
    return e;
  }

  private static byte[] document(boolean sorted, Function<JsonNode, Object> asElement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json =
        sorted ? PrettyJson.sortedGenerator(out) : PrettyJson.generator(out)) {
      json.writeStartObject();
      json.writeName("items");
      json.writeStartArray();
      for (int n = 0; n < 3; n++) {
        Object element = asElement.apply(element(n));
        if (element instanceof JsonNode tree) {
          json.writeTree(tree);
        } else {
          json.writeRawValue((tools.jackson.core.SerializableString) element);
        }
      }
      json.writeEndArray();
      json.writeName("meta");
      json.writeTree(PrettyJson.object().put("version", "1.0.0"));
      json.writeEndObject();
    }
    return out.toByteArray();
  }

  @Test
  void anElementAtArrayDepthIsWhatTheGeneratorWritesThere() {
    assertThat(document(false, e -> PrettyJson.atArrayDepth(PrettyJson.writeUtf8(e))))
        .isEqualTo(document(false, e -> e));
    assertThat(document(true, e -> PrettyJson.atArrayDepth(PrettyJson.writeSortedUtf8(e))))
        .isEqualTo(document(true, e -> e));
  }

  @Test
  void utf8IsTheTextEncodedSortedOnRequest() {
    JsonNode e = element(7);
    String text = PrettyJson.write(e);
    assertThat(new String(PrettyJson.writeUtf8(e), StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(text).endsWith("}\n").contains("\"name\": \"食品经营许可 \\\"7\\\"\"");

    String sorted = new String(PrettyJson.writeSortedUtf8(e), StandardCharsets.UTF_8);
    assertThat(sorted.indexOf("\"code\"")).isLessThan(sorted.indexOf("\"deadline\""));
    assertThat(sorted.indexOf("\"deadline\"")).isLessThan(sorted.indexOf("\"name\""));
    assertThat(PrettyJson.read(sorted)).isEqualTo(e);
  }

  @Test
  void aRawElementReadsBackAsItsText() {
    byte[] utf8 = PrettyJson.writeUtf8(element(1));
    var raw = PrettyJson.atArrayDepth(utf8);
    assertThat(raw.getValue()).isEqualTo(new String(raw.asUnquotedUTF8(), StandardCharsets.UTF_8));
    assertThat(PrettyJson.read(raw.getValue())).isEqualTo(element(1));
    assertThat(raw.getValue()).doesNotEndWith("\n").contains("\n        \"unit\": \"工作日\"");
  }
}
