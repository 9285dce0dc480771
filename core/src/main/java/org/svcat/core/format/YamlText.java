package org.svcat.core.format;

import java.util.List;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;

/**
 * YAML scalars as a person would write them: plain when YAML 1.2 reads the text back as the same
 * string, double-quoted otherwise (numbers, booleans, {@code null}, leading indicators, {@code : },
 * {@code #}, and in flow collections commas and brackets).
 */
final class YamlText {
  private static final CoreScalarResolver RESOLVER = new CoreScalarResolver(false);
  private static final Pattern INDICATOR = Pattern.compile("^[-?:,\\[\\]{}#&*!|>'\"%@`]");
  private static final Pattern FLOW_UNSAFE = Pattern.compile("[,\\[\\]{}]");

  private YamlText() {}

  /**
   * {@code text} as a scalar; {@code flow} when it stands inside {@code [...]} or {@code {...}}.
   */
  static String scalar(String text, boolean flow) {
    return isPlain(text, flow) ? text : quoted(text);
  }

  /** Always double-quoted (codes and telephone numbers, which must never turn into numbers). */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A flow list of labels or short texts: {@code [a, b]}. */
  static String flowList(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(scalar(values.get(i), true));
    }
    return out.append(']').toString();
  }

  /** A flow list of always-quoted values (codes, phones). */
  static String quotedList(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(quoted(values.get(i)));
    }
    return out.append(']').toString();
  }

  private static boolean isPlain(String text, boolean flow) {
    if (text.isEmpty()
        || !text.equals(text.strip())
        || INDICATOR.matcher(text).find()
        || text.contains(": ")
        || text.contains(" #")
        || text.endsWith(":")
        || (flow && FLOW_UNSAFE.matcher(text).find())) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
        return false;
      }
    }
    return Tag.STR.equals(RESOLVER.resolve(text, true));
  }
}
