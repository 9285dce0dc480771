package org.svcat.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcat.core.yaml.ParsedYaml;
import org.svcat.core.yaml.StrictYamlReader;

/** Whatever text the writer emits, the strict reader reads back as the same string. */
class YamlTextTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "食品经营许可",
        "0101",
        "510107",
        "1e3",
        "1.5",
        ".inf",
        "-.inf",
        ".nan",
        "true",
        "True",
        "no",
        "off",
        "null",
        "~",
        "-",
        "- a",
        "? x",
        ": x",
        "a: b",
        "a #b",
        "#x",
        "[x]",
        "{x}",
        "a, b",
        "x:",
        " lead",
        "trail ",
        "&a",
        "*a",
        "!tag",
        "|",
        ">",
        "'q'",
        "\"q\"",
        "%x",
        "@x",
        "`x`",
        "a\\b",
        "line\nbreak",
        "tab\there",
        "《法》第一条",
        "=HYPERLINK(\"x\")",
        "2026-01-01",
        "0x1F",
        "0o17",
        "+1",
        "12345",
        "028-85071000"
      })
  void writtenScalarsReadBackAsTheSameString(String text) {
    for (boolean flow : List.of(false, true)) {
      String yaml =
          flow
              ? "k: [" + YamlText.scalar(text, true) + "]\n"
              : "k: " + YamlText.scalar(text, false) + "\n";
      ParsedYaml parsed = new StrictYamlReader().read(yaml.getBytes(StandardCharsets.UTF_8));
      assertThat(parsed.problems()).as(yaml).isEmpty();
      var value = flow ? parsed.root().get("k").get(0) : parsed.root().get("k");
      assertThat(value.isString()).as(yaml).isTrue();
      assertThat(value.stringValue()).as(yaml).isEqualTo(text);
    }
    String quoted = "k: " + YamlText.quoted(text) + "\n";
    assertThat(
            new StrictYamlReader()
                .read(quoted.getBytes(StandardCharsets.UTF_8))
                .root()
                .get("k")
                .stringValue())
        .isEqualTo(text);
  }
}
