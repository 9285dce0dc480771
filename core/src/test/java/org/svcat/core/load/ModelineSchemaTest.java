package org.svcat.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The modeline check finds a schema address with a scheme where the regular expression it replaced
 * does: at the same column, on lines written to trip it and on random ones.
 */
class ModelineSchemaTest {
  private static final Pattern ORACLE =
      Pattern.compile("yaml-language-server:.*\\$schema=([A-Za-z][A-Za-z0-9+.-]+:[^\\s]*)");

  private static int oracle(String line) {
    Matcher m = ORACLE.matcher(line);
    return m.find() ? m.start(1) : -1;
  }

  @Test
  void findsTheAddressWhereTheRegularExpressionDid() {
    List<String> lines =
        List.of(
            "# yaml-language-server: $schema=http://schemas.example.com/item.json",
            "# yaml-language-server: $schema=../../../schemas/item.schema.json",
            "# yaml-language-server: $schema=https://svcat.org/schemas/item.schema.json",
            "# yaml-language-server:$schema=c:x",
            "# yaml-language-server: $schema=a:b $schema=ftp://x",
            "# yaml-language-server: $schema=ftp://x $schema=./local",
            "# yaml-language-server: $schema=x1:",
            "# yaml-language-server: $schema=1x:y",
            "# $schema=http://before.marker yaml-language-server: nothing after",
            "# yaml-language-server: \r $schema=http://after.a.return",
            "# yaml-language-server: $schema=http://x\u2028 $schema=./y",
            "# yaml-language-server: $schema=$schema=http://twice",
            "# yaml-language-server: $schema=",
            "# yaml-language-server",
            "# 中文 yaml-language-server: $schema=https://例子.中国/模式.json 注释");
    for (String line : lines) {
      assertThat(CatalogLoader.remoteSchemaAt(line)).as(line).isEqualTo(oracle(line));
    }
  }

  @Test
  void agreesWithTheRegularExpressionOnRandomLines() {
    String[] pieces = {
      "yaml-language-server:",
      "$schema=",
      "http",
      "https://",
      "a",
      "Z",
      "9",
      "+",
      ".",
      "-",
      ":",
      " ",
      "\t",
      "\r",
      "/",
      "$",
      "=",
      "中",
      "\u2029",
      "x"
    };
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder line = new StringBuilder("#");
      for (int i = random.nextInt(12); i >= 0; i--) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = line.toString();
      assertThat(CatalogLoader.remoteSchemaAt(text)).as(text).isEqualTo(oracle(text));
    }
  }
}
