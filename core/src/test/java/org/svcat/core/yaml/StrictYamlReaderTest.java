package org.svcat.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcat.core.finding.Messages;

/** Each strict-YAML rule of §1 of the catalog format, with the line and column it reports. */
class StrictYamlReaderTest {
  private final StrictYamlReader reader = new StrictYamlReader();

  private ParsedYaml read(String text) {
    return reader.read(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String only(ParsedYaml parsed) {
    assertThat(parsed.problems()).hasSize(1);
    YamlProblem p = parsed.problems().get(0);
    return p.kind() + "@" + p.line() + ":" + p.column();
  }

  @Test
  void readsTheYaml12CoreSchemaWithoutCoercingStrings() {
    ParsedYaml parsed =
        read(
            "a: no\nb: off\nc: yes\nd: 2026-01-01\ne: \"0101\"\nf: 0101\ng: true\nh: ~\ni: 1.5\nj: 0x1F\n");
    assertThat(parsed.problems()).isEmpty();
    var root = parsed.root();
    assertThat(root.get("a").stringValue()).isEqualTo("no");
    assertThat(root.get("b").stringValue()).isEqualTo("off");
    assertThat(root.get("c").stringValue()).isEqualTo("yes");
    assertThat(root.get("d").stringValue()).isEqualTo("2026-01-01");
    assertThat(root.get("e").stringValue()).isEqualTo("0101");
    assertThat(root.get("f").isNumber()).isTrue();
    assertThat(root.get("f").intValue()).isEqualTo(101);
    assertThat(root.get("g").booleanValue()).isTrue();
    assertThat(root.get("h").isNull()).isTrue();
    assertThat(root.get("i").doubleValue()).isEqualTo(1.5);
    assertThat(root.get("j").intValue()).isEqualTo(31);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0",
        "7",
        "+7",
        "0101",
        "-12",
        "999999999",
        "-999999999",
        "1000000000",
        "2147483647",
        "2147483648",
        "-2147483649",
        "99999999999999999999",
        "0x1F",
        "0o17"
      })
  void integersReadAsTheirBigIntegerValueInTheSmallestNode(String text) {
    String digits = text.startsWith("0x") || text.startsWith("0o") ? text.substring(2) : text;
    BigInteger expected =
        new BigInteger(digits, text.startsWith("0x") ? 16 : text.startsWith("0o") ? 8 : 10);
    var node = read("n: " + text + "\n").root().get("n");
    assertThat(node.bigIntegerValue()).isEqualTo(expected);
    assertThat(node.isInt()).isEqualTo(expected.bitLength() < 32);
  }

  @Test
  void remembersTheSourceTextOfUnquotedNumbersSoCodesAreNeverSilentlyChanged() {
    ParsedYaml parsed = read("region: 0101\nname: x\n");
    assertThat(parsed.sourceMap().unquotedText("/region")).contains("0101");
    assertThat(parsed.sourceMap().unquotedText("/name")).isEmpty();
  }

  @Test
  void recordsLineAndColumnOfValuesAndKeys() {
    ParsedYaml parsed = read("a:\n  b: [1, 2]\n  c:\n    - x: 1\n");
    SourceMap map = parsed.sourceMap();
    assertThat(map.value("/a/b")).isEqualTo(new SourceMap.Position(2, 6));
    assertThat(map.value("/a/b/1")).isEqualTo(new SourceMap.Position(2, 10));
    assertThat(map.key("/a/c")).isEqualTo(new SourceMap.Position(3, 3));
    assertThat(map.value("/a/c/0/x")).isEqualTo(new SourceMap.Position(4, 10));
    assertThat(map.value("/a/missing"))
        .as("a missing member is reported at its parent")
        .isEqualTo(map.value("/a"));
  }

  @Test
  void duplicateKeyIsReportedAtTheSecondOccurrenceAndTheFirstValueWins() {
    ParsedYaml parsed = read("a: 1\nb: 2\na: 3\n");
    assertThat(only(parsed)).isEqualTo("duplicate-key@3:1");
    assertThat(parsed.problems().get(0).args()).containsExactly("a", 1);
    assertThat(parsed.root().get("a").intValue()).isEqualTo(1);
  }

  @Test
  void anchorsAndAliasesAreRejectedAndNeverExpanded() {
    ParsedYaml parsed = read("a: &x [1]\nb: *x\n");
    assertThat(parsed.problems())
        .extracting(p -> p.kind() + "@" + p.line() + ":" + p.column())
        .containsExactly("anchor@1:4", "alias@2:4");
    assertThat(parsed.root().get("b").isNull()).isTrue();
  }

  @Test
  void billionLaughsIsCheapBecauseAliasesAreNotExpanded() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> read(yaml.toString()));
    assertThat(read(yaml.toString()).problems())
        .extracting(YamlProblem::kind)
        .contains("anchor", "alias");
  }

  @Test
  void mergeKeysAreRejected() {
    assertThat(read("a: 1\n<<: {b: 2}\n").problems())
        .extracting(YamlProblem::kind)
        .containsExactly("merge-key");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a: !!str 1|tag@1:4|!!str",
        "a: !!java.io.File x|tag@1:4|!!java.io.File",
        "a: !custom\\n  b: 1|tag@1:4|!custom"
      })
  void explicitTagsAreRejected(String yaml, String expected, String tag) {
    ParsedYaml parsed = read(yaml.replace("\\n", "\n"));
    assertThat(only(parsed)).isEqualTo(expected);
    assertThat(parsed.problems().get(0).args()).containsExactly(tag);
  }

  @Test
  void aSecondDocumentIsRejectedAtItsMarker() {
    assertThat(only(read("a: 1\n---\nb: 2\n"))).isEqualTo("multi-document@2:1");
  }

  @Test
  void syntaxErrorsAreLocatedAndLeaveNoTree() {
    ParsedYaml parsed = read("a: [1, 2\nb: 3\n");
    assertThat(parsed.hasTree()).isFalse();
    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo("parse-bracket");
              assertThat(p.line()).isEqualTo(1); // where the list that is never closed begins
            });
  }

  @Test
  void tabsInIndentationAreASyntaxError() {
    ParsedYaml parsed = read("a:\n\tb: 1\n");
    assertThat(parsed.problems()).extracting(YamlProblem::kind).containsExactly("parse-tab");
    assertThat(parsed.problems().get(0).line()).isEqualTo(2);
  }

  @Test
  void invalidUtf8IsReportedAtTheFirstBadByte() {
    byte[] good = "a: 1\nb: 中".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[good.length + 1];
    System.arraycopy(good, 0, all, 0, good.length);
    all[good.length] = (byte) 0xff;
    ParsedYaml parsed = reader.read(all);
    assertThat(only(parsed)).isEqualTo("invalid-utf8@2:5");
    assertThat(parsed.problems().get(0).args()).containsExactly("0xFF");
  }

  /** The syntax errors people make by hand, each named for what it is, at the place to fix. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '^',
      value = {
        "a: b: c\\n|parse-colon@1:5",
        "a: 1\\n b: 2\\n|parse-colon@2:3",
        "a: 中文：冒号: 值\\n|parse-colon@1:9",
        "a: 1\\nb\\nc: 2\\n|parse-missing-colon@2:1",
        "a: 1\\n备注：见附件\\nc: 2\\n|parse-missing-colon@2:1",
        "a: 1\\nhttps://example.org\\nc: 2\\n|parse-missing-colon@2:1",
        "a: 1\\nvisits：0\\nc: 2\\n|parse-fullwidth-colon@2:7",
        "a: 1\\nremark： 见附件\\n|parse-fullwidth-colon@2:7",
        "a:\\n  - x: 1\\n    name：专家评审\\n  - x: 2\\n|parse-fullwidth-colon@3:9",
        "a: 1\\nvisits:0\\nc: 2\\n|parse-colon-space@2:7",
        "x: 1\\ncode:\"1151\"\\nbasicCode: \"0001\"\\n|parse-colon-space@2:5",
        "a:\\n  promised：{value: 10, unit: 日}\\n|parse-fullwidth-colon@2:11",
        "x: 1\\nname: “排污许可: 核发”\\n|parse-fullwidth-quote@2:7",
        "a:\\n  - name：申请书\\n    id: M01\\n|parse-fullwidth-colon@2:9",
        "a:\\n  b: 1\\n c: 2\\n|parse-indent@3:2",
        "a:\\n  - 1\\n  b: 2\\n|parse-indent@3:3",
        "a: [1, 2\\n|parse-bracket@1:4",
        "a: [1, 2]]\\n|parse-bracket@1:10",
        "a: {x: 1\\n|parse-brace@1:4",
        "a: x\\nb: \"abc\\nc: 1\\n|parse-quote@2:4",
        "a: 'abc\\n|parse-quote@1:4",
        "a:\\n\\t- 1\\n|parse-tab@2:1",
        "a: @x\\n|parse-start@1:4",
        "a: `x\\n|parse-start@1:4",
        "a: \"\\\\q\"\\n|parse-escape@1:6"
      })
  void aHandMadeSyntaxErrorIsNamedForWhatItIs(String text, String expected) {
    String yaml = text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    ParsedYaml parsed = read(yaml);
    assertThat(only(parsed)).as(yaml).isEqualTo(expected);
    for (String language : List.of("en", "zh")) {
      Messages messages = Messages.forLanguage(language);
      String kind = parsed.problems().get(0).kind();
      assertThat(messages.has("yaml-syntax.message." + kind)).as(language + " " + kind).isTrue();
      assertThat(messages.has("yaml-syntax.hint." + kind)).as(language + " " + kind).isTrue();
      assertThat(
              messages.format(
                  "yaml-syntax.message." + kind, parsed.problems().get(0).args().toArray()))
          .as(language + " " + kind)
          .contains(String.valueOf(parsed.problems().get(0).args().get(0)));
    }
  }

  @Test
  void aUtf16Or32FileIsNamedByItsByteOrderMarkNotReportedAsABadUtf8Byte() {
    String text = "a: 1\nb: 中\n";
    for (String charset : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
      byte[] body = ("\uFEFF" + text).getBytes(java.nio.charset.Charset.forName(charset));
      ParsedYaml parsed = reader.read(body);
      assertThat(only(parsed)).as(charset).isEqualTo("utf16@1:1");
      assertThat(parsed.problems().get(0).args()).as(charset).containsExactly(charset);
    }
    // the same bytes without the mark are not guessed at
    ParsedYaml unmarked = reader.read(text.getBytes(StandardCharsets.UTF_16LE));
    assertThat(unmarked.problems()).extracting(YamlProblem::kind).doesNotContain("utf16");
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndsAreTolerated() {
    byte[] body = "a: 1\r\nb: 二\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    ParsedYaml parsed = reader.read(withBom);
    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.root().get("b").stringValue()).isEqualTo("二");
    assertThat(parsed.sourceMap().value("/b")).isEqualTo(new SourceMap.Position(2, 4));
  }

  @Test
  void emptyAndCommentOnlyFilesAreReported() {
    assertThat(only(read(""))).isEqualTo("empty@1:1");
    assertThat(only(read("# only a comment\n"))).isEqualTo("empty@1:1");
  }

  @Test
  void limitsOnSizeDepthAndScalarLengthAreFindingsNotCrashes() {
    StrictYamlReader small = new StrictYamlReader(new YamlLimits(100, 3, 5));
    assertThat(only(small.read(new byte[101]))).isEqualTo("file-too-large@1:1");
    assertThat(only(small.read("a: {b: {c: {d: 1}}}".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("too-deep@1:12");
    assertThat(only(small.read("a: 123456".getBytes(StandardCharsets.UTF_8))))
        .isEqualTo("scalar-too-long@1:4");
  }

  @Test
  void tenThousandLevelsOfNestingAreBoundedNotAStackOverflow() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    ParsedYaml parsed = read("a: " + deep + "\n");
    assertThat(parsed.problems()).extracting(YamlProblem::kind).containsExactly("too-deep");
  }

  @Test
  void collectionKeysAreRejected() {
    assertThat(read("? [a]\n: 1\n").problems())
        .extracting(YamlProblem::kind)
        .containsExactly("complex-key");
  }

  @Test
  void theFastPathReadsTheSameTreeAndProblemsWithoutPositions() {
    byte[] clean = "name: 食品经营许可\nvisits: 0\nchannels: [窗口办理]\n".getBytes(StandardCharsets.UTF_8);
    ParsedYaml located = new StrictYamlReader().read(clean);
    ParsedYaml fast = new StrictYamlReader().readWithoutPositions(clean);
    assertThat(fast.root()).isEqualTo(located.root());
    assertThat(located.sourceMap().value("/visits")).isEqualTo(new SourceMap.Position(2, 9));
    assertThat(fast.sourceMap().value("/visits")).isEqualTo(new SourceMap.Position(1, 1));

    byte[] duplicate = "a: 1\nb: 2\na: 3\n".getBytes(StandardCharsets.UTF_8);
    assertThat(new StrictYamlReader().readWithoutPositions(duplicate).problems())
        .extracting(YamlProblem::kind)
        .containsExactlyElementsOf(
            new StrictYamlReader()
                .read(duplicate).problems().stream().map(YamlProblem::kind).toList());
  }

  @Test
  void stringsGoThroughTheSharingFunction() {
    byte[] bytes = "a: 一\nb: [一, 二]\nc: 3\n".getBytes(StandardCharsets.UTF_8);
    java.util.List<String> seen = new java.util.ArrayList<>();
    new StrictYamlReader()
        .readWithoutPositions(
            bytes,
            s -> {
              seen.add(s);
              return s;
            });
    assertThat(seen).containsExactly("一", "一", "二");
  }

  @Test
  void quickResolutionAgreesWithTheCoreSchemaResolver() {
    var core = new org.snakeyaml.engine.v2.resolver.CoreScalarResolver(false);
    java.util.List<String> samples =
        new java.util.ArrayList<>(
            java.util.List.of(
                "",
                "~",
                "null",
                "Null",
                "NULL",
                "true",
                "False",
                "0",
                "-12",
                "+7",
                "0x1F",
                "0o17",
                "1.5e-3",
                ".5",
                "1.",
                ".inf",
                "-.Inf",
                ".NaN",
                "2024-01-01",
                "11330102002484829X",
                "123abc",
                "0xZZ",
                "身份证",
                "nope",
                "t",
                "8.8.8.8",
                "1_000",
                "1e5",
                "0b101"));
    // and every short string over the characters that the patterns use, plus one they do not
    String alphabet = "0x.e+-aInN9~";
    for (int a = 0; a < alphabet.length(); a++) {
      for (int b = 0; b < alphabet.length(); b++) {
        for (int c = 0; c < alphabet.length(); c++) {
          samples.add("" + alphabet.charAt(a) + alphabet.charAt(b) + alphabet.charAt(c));
          samples.add("" + alphabet.charAt(a) + alphabet.charAt(b) + alphabet.charAt(c) + "Z");
        }
      }
    }
    for (String value : samples) {
      assertThat(StrictYamlReader.resolve(value)).as(value).isEqualTo(core.resolve(value, true));
    }
  }

  @Test
  void aReplacementCharacterOfTheFileIsKeptAndEncodedSurrogatesAreRejected() {
    ParsedYaml kept =
        new StrictYamlReader().read("a: 损坏\uFFFD字\n".getBytes(StandardCharsets.UTF_8));
    assertThat(kept.problems()).isEmpty();
    assertThat(kept.root().get("a").asString()).isEqualTo("损坏\uFFFD字");

    byte[] good = "a: 1\nb: ".getBytes(StandardCharsets.UTF_8);
    byte[] surrogate = java.util.Arrays.copyOf(good, good.length + 3);
    surrogate[good.length] = (byte) 0xED; // U+D800 encoded as if it were a character
    surrogate[good.length + 1] = (byte) 0xA0;
    surrogate[good.length + 2] = (byte) 0x80;
    assertThat(only(new StrictYamlReader().read(surrogate))).isEqualTo("invalid-utf8@2:4");
  }
}
