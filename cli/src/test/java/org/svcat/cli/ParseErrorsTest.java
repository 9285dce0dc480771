package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.svcat.cli.CliRunner.Run;

/** picocli's errors in parsing a command line, in the language the command line asks for. */
class ParseErrorsTest {
  private record Case(List<String> args, String english, String chinese) {}

  @Test
  void eachKindOfMistakeIsSaidInEitherLanguageWithTheHelpHint() {
    String catalog = CliRunner.catalog();
    List<Case> cases =
        List.of(
            new Case(
                List.of("stats", catalog, "--formt", "json"),
                "unknown option '--formt' 'json'; did you mean --format?",
                "未知选项 '--formt' 'json'；是否想用 --format？"),
            new Case(
                List.of("validate", catalog, "--formt"),
                "unknown option '--formt'; did you mean --format?",
                "未知选项 '--formt'；是否想用 --format？"),
            new Case(
                List.of("validate", catalog, "--xyz"), "unknown option '--xyz'", "未知选项 '--xyz'"),
            new Case(
                List.of("stats", catalog, "extra"),
                "an argument too many: 'extra'",
                "多余的参数 'extra'"),
            new Case(List.of("due"), "missing --accepted=DATE, CODE", "缺少 --accepted=DATE, CODE"),
            new Case(
                List.of("valdate", catalog),
                "unknown command 'valdate'; did you mean validate?",
                "未知命令 'valdate'；是否想用 validate？"),
            new Case(List.of("xyz"), "unknown command 'xyz'", "未知命令 'xyz'"),
            new Case(
                List.of("due", "X", "--accepted", "2026-01-01", "--accepted", "2026-01-02"),
                "--accepted is given more than once",
                "--accepted 只能给一次"),
            new Case(
                List.of("stats", catalog, "--by", "nothing"),
                "--by cannot be \"nothing\"; it takes department, type, level",
                "--by 不能为“nothing”；可用的取值：department, type, level"),
            new Case(
                List.of("validate", ""),
                "PATH cannot be \"\": an empty path / 路径为空",
                "PATH 不能为“”：an empty path / 路径为空"),
            new Case(
                List.of("stats", ""),
                "DIR cannot be \"\": an empty path / 路径为空",
                "DIR 不能为“”：an empty path / 路径为空"));
    for (Case c : cases) {
      for (String lang : List.of("en", "zh")) {
        Run run = CliRunner.run(c.args(), "--lang", lang);
        String command = c.args().get(0);
        assertThat(run.code()).as(c.args() + " " + lang).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
            .as(c.args() + " " + lang)
            .isEqualTo(
                "svcat: "
                    + (lang.equals("en") ? c.english() : c.chinese())
                    + "\nTry 'svcat "
                    + (command.equals("valdate") || command.equals("xyz") ? "" : command + " ")
                    + "--help' / 用法见 --help\n");
      }
    }
  }

  @Test
  void aLanguageThatIsNoneOfOursIsItselfTheMistake() {
    Run run = CliRunner.run("validate", CliRunner.catalog(), "--lang=fr");
    assertThat(run.err()).startsWith("svcat: --lang cannot be \"fr\"; it takes zh, en\n");
    assertThat(ParseErrors.language("validate", "--lang", "ZH")).isEqualTo("zh");
    assertThat(ParseErrors.language("validate", "--lang=en")).isEqualTo("en");
    assertThat(ParseErrors.language("validate")).isNull();
  }
}
