package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.svcat.cli.CliRunner.Run;

/**
 * The hooks that .pre-commit-hooks.yaml offers run svcat commands that exist, on the whole catalog:
 * validate passes a clean catalog and fails one with an error, fmt rewrites a file that is not
 * canonical (pre-commit then fails the commit, seeing the file changed).
 */
class PreCommitHooksTest {
  @TempDir Path temp;

  @SuppressWarnings("unchecked")
  private static Map<String, List<String>> entries() throws IOException {
    String text = Files.readString(CliRunner.root().resolve(".pre-commit-hooks.yaml"));
    List<Map<String, Object>> hooks =
        (List<Map<String, Object>>) new Load(LoadSettings.builder().build()).loadFromString(text);
    Map<String, List<String>> entries = new LinkedHashMap<>();
    for (Map<String, Object> hook : hooks) {
      assertThat(hook)
          .containsEntry("language", "system")
          .containsEntry("pass_filenames", false)
          .containsKeys("id", "name", "description", "files");
      List<String> words = Arrays.asList(((String) hook.get("entry")).split(" "));
      assertThat(words.get(0)).isEqualTo("svcat");
      entries.put((String) hook.get("id"), words.subList(1, words.size()));
    }
    return entries;
  }

  private static Run run(List<String> args, Path catalog) {
    List<String> all = new ArrayList<>(args);
    all.add(catalog.toString());
    return CliRunner.run(all.toArray(String[]::new));
  }

  @Test
  void eachHookRunsACommandOnTheWholeCatalog() throws IOException {
    Map<String, List<String>> entries = entries();
    assertThat(entries).containsOnlyKeys("svcat-validate", "svcat-fmt");
    Path catalog = temp.resolve("catalog");
    CliRunner.copy(Path.of(CliRunner.catalog()), catalog);
    Path item = catalog.resolve("items/civil/disability-subsidies.yaml");
    String canonical = Files.readString(item);

    assertThat(run(entries.get("svcat-validate"), catalog).code()).isZero();
    assertThat(run(entries.get("svcat-fmt"), catalog).code()).isZero();
    assertThat(Files.readString(item)).isEqualTo(canonical);

    Files.writeString(
        item,
        canonical.replaceFirst("(?m)^visits: .*$", "visits: 12").replace("name: ", "name:   "));
    Run validate = run(entries.get("svcat-validate"), catalog);
    assertThat(validate.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(validate.out()).contains("[online-full-but-visits]");
    assertThat(run(entries.get("svcat-fmt"), catalog).code()).isZero();
    assertThat(Files.readString(item))
        .as("fmt rewrote the file, which fails the commit under pre-commit")
        .isEqualTo(canonical.replaceFirst("(?m)^visits: .*$", "visits: 12"));
  }
}
