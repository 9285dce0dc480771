package org.svcat.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.svcat.core.testing.Fixtures;

class CommentKeeperTest {
  @Test
  void aCommentAtTheEndOfALineFollowsItsValueAndOneOnItsOwnLineTheKeyBelowIt() {
    String original = "b: 2  # about b\n# about a\na: 1\n";
    String rewritten = "a: 1\nb: 2\n";

    assertThat(CommentKeeper.keep(original, rewritten))
        .hasValue("# about a\na: 1\nb: 2  # about b\n");
  }

  @Test
  void aCommentBeforeAListEntryIsIndentedAsTheEntryAndOneAfterAKeyStaysOnTheKeysLine() {
    String original =
        """
        materials:  # 申请材料
          # 第一份
          - name: 申请书  # 原件
            id: m1
        code: "1"
        """;
    String rewritten =
        """
        code: "1"
        materials:
          - id: m1
            name: 申请书
        """;

    assertThat(CommentKeeper.keep(original, rewritten))
        .hasValue(
            """
            code: "1"
            materials:  # 申请材料
              # 第一份
              - id: m1
                name: 申请书  # 原件
            """);
  }

  @Test
  void theHeaderIsKeptOnceAndACommentAtTheEndStaysAtTheEnd() {
    String original = "# yaml-language-server: $schema=x.json\n\n# 备注\nb: 2\na: 1\n# 完\n";
    String rewritten = "# yaml-language-server: $schema=x.json\na: 1\nb: 2\n";

    assertThat(CommentKeeper.keep(original, rewritten))
        .hasValue("# yaml-language-server: $schema=x.json\na: 1\n# 备注\nb: 2\n# 完\n");
  }

  @Test
  void aCommentAfterABlockScalarsIndicatorStaysThereAndAHashInsideItIsText() {
    String original = "text: |  # 原文\n  第一条\n  # 不是注释\nb: 1\n";
    String rewritten = "b: 1\ntext: |\n  第一条\n  # 不是注释\n";

    assertThat(CommentKeeper.keep(original, rewritten))
        .hasValue("b: 1\ntext: |  # 原文\n  第一条\n  # 不是注释\n");
  }

  @Test
  void theNameFmtWritesAfterAPrerequisiteReplacesAnOldOne() {
    String original = "prerequisites:\n  - \"A1\"  # 旧名称\n  - \"B2\"  # 未知事项\nname: x\n";
    String rewritten = "name: x\nprerequisites:\n  - \"A1\"  # 新名称\n  - \"B2\"\n";

    assertThat(CommentKeeper.keep(original, rewritten))
        .hasValue("name: x\nprerequisites:\n  - \"A1\"  # 新名称\n  - \"B2\"  # 未知事项\n");
  }

  @Test
  void aCommentByAListEntryThatIsGoneDoesNotPassToTheEntryInItsPlace() {
    String original = "materials:\n  - 申请书  # 原件\n  - 营业执照  # 已共享\n  - 身份证\n";
    String rewritten = "materials:\n  - 申请书\n  - 身份证\n";

    CommentKeeper.Kept kept = CommentKeeper.keepWhatFits(original, rewritten);

    assertThat(kept.text()).isEqualTo("materials:\n  - 申请书  # 原件\n  - 身份证\n");
    assertThat(kept.dropped()).containsExactly(new CommentKeeper.Dropped(3, "# 已共享"));
  }

  @Test
  void theNameAfterABundlesItemIsSvcatsOwnToo() {
    String original = "items:\n  - \"A1\"  # 旧名称\npromised: 3  # 承诺\n";
    String rewritten = "items:\n  - \"A1\"  # 新名称\npromised: 5\n";

    CommentKeeper.Kept kept = CommentKeeper.keepWhatFits(original, rewritten);

    assertThat(kept.text()).isEqualTo("items:\n  - \"A1\"  # 新名称\npromised: 5  # 承诺\n");
    assertThat(kept.dropped()).isEmpty();
  }

  @Test
  void aFileWithCrlfLineEndsAndAByteOrderMarkIsReadAsItsText() {
    String original = "\uFEFFb: 2  # b\r\na: 1\r\n";

    assertThat(CommentKeeper.keep(original, "a: 1\nb: 2\n")).hasValue("a: 1\nb: 2  # b\n");
  }

  @Test
  void aTextWithoutCommentsToKeepComesBackAsItIs() {
    assertThat(CommentKeeper.keep("b: 2\na: 1\n", "a: 1\nb: 2\n")).hasValue("a: 1\nb: 2\n");
    assertThat(CommentKeeper.keep("a: \"1 # x\"\n", "a: '1 # x'\n")).hasValue("a: '1 # x'\n");
  }

  @Test
  void aCommentByAKeyTheRewrittenTextLacksCannotBeKept() {
    assertThat(CommentKeeper.keep("a: 1\nnature: 法定  # 默认值\n", "a: 1\n")).isEmpty();
  }

  @Test
  void aCommentInsideACollectionWrittenOnOneLineCannotBeKept() {
    String original = "result:\n  name: 许可证  # 正本\n  type: 证照\n";
    String rewritten = "result: {name: 许可证, type: 证照}\n";

    assertThat(CommentKeeper.keep(original, rewritten)).isEmpty();
    assertThat(CommentKeeper.keep("list:\n  # 第二项\n  - a\n", "list: [a]\n")).isEmpty();
  }

  @Test
  void whatFitsIsKeptAndWhatDoesNotIsNamed() {
    String original = "a: 1  # 甲\nnature: 法定机关  # 默认值\n# 乙\nb: 2\n";

    CommentKeeper.Kept kept = CommentKeeper.keepWhatFits(original, "b: 2\na: 1\n");

    assertThat(kept.text()).isEqualTo("# 乙\nb: 2\na: 1  # 甲\n");
    assertThat(kept.dropped()).containsExactly(new CommentKeeper.Dropped(2, "# 默认值"));
    assertThat(kept.none()).isFalse();
    assertThat(CommentKeeper.keepWhatFits("a: [1  # x\n", "a: [1]\n"))
        .isEqualTo(new CommentKeeper.Kept("a: [1]\n", java.util.List.of(), true));
  }

  @Test
  void twoCommentsForOneLineCannotBeKept() {
    assertThat(CommentKeeper.keep("a:  # x\n  b: 1  # y\n", "a: {b: 1}\n")).isEmpty();
  }

  @Test
  void aTextThatDoesNotReadCannotBeKeptFrom() {
    assertThat(CommentKeeper.keep("a: [1  # x\n", "a: [1]\n")).isEmpty();
  }

  @Test
  void aCommentThatMovesToAnotherLineIsPutBackWhereItStood() {
    // the same text after another value: not taken for the name fmt writes after a code
    String original = "name: x  # A 许可\nprerequisites:\n  - \"A1\"\n";
    String rewritten = "name: x\nprerequisites:\n  - \"A1\"  # A 许可\n";

    assertThat(CommentKeeper.keep(original, rewritten))
        .hasValue("name: x  # A 许可\nprerequisites:\n  - \"A1\"  # A 许可\n");
  }

  /**
   * Every item file of the reference catalog, with a comment on a line of its own before each line
   * and one at the end of each line that has none, keeps each where it stood when rewritten to its
   * canonical self: a comment's place is found wherever the reference catalog's shapes put it.
   */
  @Test
  void commentsEverywhereInTheReferenceCatalogStayWhereTheyStood() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Fixtures.repositoryRoot().resolve("catalog/items"))) {
      files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(20);
    for (Path file : files) {
      String canonical = Files.readString(file);
      String header = CatalogFormatter.header(canonical);
      StringBuilder noted = new StringBuilder(header);
      int n = 0;
      for (String line : canonical.substring(header.length()).split("\n")) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        noted.append(indent).append("# 第 ").append(++n).append(" 条\n").append(line);
        noted.append(line.contains("#") ? "" : "  # 行末 " + n).append('\n');
      }

      // as fmt rewrites it: after the file's leading comment lines, which it keeps as they are
      String rewritten =
          CatalogFormatter.header(noted.toString()) + canonical.substring(header.length());
      assertThat(CommentKeeper.keep(noted.toString(), rewritten))
          .as(file.toString())
          .hasValue(noted.toString());
    }
  }
}
