package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svcat.cli.CliRunner.Run;

/** keygen, publish and verify as a release manager runs them. */
class PublishCliTest {
  @TempDir Path temp;

  @Test
  void keygenPublishVerify() throws IOException {
    Path keys = temp.resolve("keys");
    assertThat(CliRunner.run("keygen", "--out", keys.toString()).code()).isZero();
    assertThat(Files.readString(keys.resolve("svcat.key")))
        .startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(Files.readString(keys.resolve("svcat.pub")))
        .startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(CliRunner.run("keygen", "--out", keys.toString()).code()).isEqualTo(ExitCode.USAGE);
    assertThat(CliRunner.run("keygen", "--out", keys.toString(), "--name", "a b", "--lang", "zh"))
        .extracting(Run::code, Run::err)
        .containsExactly(ExitCode.USAGE, "svcat: --name 只能包含字母、数字、_ 和 -，而不是 a b\n");

    Path dist = temp.resolve("dist");
    Path catalog = Path.of(CliRunner.catalog());
    String secret = keys.resolve("svcat.key").toString();
    Run publish = publish(catalog, dist, "en", "--sign", secret);
    assertThat(publish.code()).as(publish.err()).isZero();
    assertThat(publish.out()).startsWith("published ");
    Path release = dist.resolve("cn-510107-wuhou/1.0.0");
    assertThat(publish(catalog, dist, "en", "--sign", secret).out())
        .contains("already holds this release");

    Run ok =
        CliRunner.run(
            "verify",
            release.toString(),
            "--key",
            keys.resolve("svcat.pub").toString(),
            "--lang",
            "en");
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("verified:").contains("signature");

    Path item = release.resolve("index.json");
    Files.writeString(item, Files.readString(item) + " ");
    Run bad = CliRunner.run("verify", release.toString(), "--lang", "en");
    assertThat(bad.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(bad.out()).contains("index.json: modified (sha256 ").contains("NOT verified");
    assertThat(CliRunner.run("verify", release.toString(), "--lang", "zh").out())
        .containsPattern("index.json: 已被修改 \\(sha256 为 [0-9a-f]{64}，清单记载为 [0-9a-f]{64}\\)")
        .contains("校验未通过");
    assertThat(CliRunner.run("verify", keys.toString(), "--lang", "zh"))
        .extracting(Run::code, Run::out)
        .containsExactly(
            ExitCode.FINDINGS,
            "manifest.json: 缺失 (不是已发布的版本：没有 manifest.json)\n校验未通过：" + keys + " 有 1 个问题\n");
    assertThat(CliRunner.run("verify", temp.resolve("nope").toString()).code())
        .isEqualTo(ExitCode.USAGE);
    assertThat(CliRunner.run("verify", release.toString(), "--key", secret, "--lang", "zh"))
        .extracting(Run::code, Run::err)
        .containsExactly(
            ExitCode.USAGE,
            "svcat: " + secret + ": 不是 PEM 格式的 Ed25519 公钥（应为 svcat keygen 生成的 .pub 文件）\n");
    Path open = keys.resolve("svcat.pub");
    assertThat(publish(catalog, dist, "zh", "--sign", open.toString()))
        .extracting(Run::code, Run::err)
        .containsExactly(
            ExitCode.USAGE,
            "svcat: " + open + ": 不是 PEM 格式的 Ed25519 私钥（应为 svcat keygen 生成的 .key 文件）\n");
  }

  @Test
  void eachRefusalIsWordedWholeInTheUsersLanguage() throws IOException {
    Path released = temp.resolve("released");
    CliRunner.copy(Path.of(CliRunner.catalog()), released);
    Path dist = temp.resolve("dist");
    assertThat(publish(released, dist, "en").code()).isZero();
    Path release = dist.resolve("cn-510107-wuhou").resolve("1.0.0");

    Path renamed = temp.resolve("renamed");
    CliRunner.copy(released, renamed);
    Path item = renamed.resolve("items/civil/disability-subsidies.yaml");
    Files.writeString(item, Files.readString(item).replace("持有第二代残疾人证", "持有第三代残疾人证"));
    assertRefused(
        publish(renamed, dist, "en"),
        ExitCode.FINDINGS,
        "svcat: not published: "
            + release
            + " already exists with different content; raise"
            + " the version\n");
    assertRefused(
        publish(renamed, dist, "zh"),
        ExitCode.FINDINGS,
        "svcat: 未发布：" + release + " 已存在且内容不同；请提升版本号\n");

    Path burdened = temp.resolve("burdened");
    CliRunner.copy(released, burdened);
    Path visits = burdened.resolve("items/disabled/assistive-device.yaml");
    Files.writeString(visits, Files.readString(visits).replace("\nvisits: 1\n", "\nvisits: 2\n"));
    Path meta = burdened.resolve("catalog.yaml");
    Files.writeString(meta, Files.readString(meta).replace("version: 1.0.0", "version: 1.1.0"));
    assertRefused(
        publish(burdened, dist, "en", "--previous", released.toString()),
        ExitCode.FINDINGS,
        "svcat: not published: ERR-level changes since 1.0.0 need a major version bump\n");
    assertRefused(
        publish(burdened, dist, "zh", "--previous", released.toString()),
        ExitCode.FINDINGS,
        "svcat: 未发布：自 1.0.0 以来有 ERR 级变更，需要提升主版本号\n");

    Path file = Files.writeString(temp.resolve("not-a-folder"), "kept");
    assertRefused(
        publish(released, file, "en"),
        ExitCode.USAGE,
        "svcat: not published: " + file + " is not a directory, or is a symbolic link\n");
    assertRefused(
        publish(released, file, "zh"), ExitCode.USAGE, "svcat: 未发布：" + file + " 不是目录，或是符号链接\n");
    assertThat(Files.readString(file)).isEqualTo("kept");
  }

  private static Run publish(Path catalog, Path dist, String lang, String... more) {
    return CliRunner.run(
        List.of("publish", catalog.toString(), "--out", dist.toString(), "--lang", lang), more);
  }

  private static void assertRefused(Run run, int code, String err) {
    assertThat(run.code()).as(run.err()).isEqualTo(code);
    assertThat(run.err()).isEqualTo(err);
  }

  @Test
  void aCatalogWithErrorsIsRefusedWithItsFindings() throws IOException {
    Path catalog = CliRunner.sampleCatalog(temp.resolve("c"));
    Path dist = temp.resolve("dist");
    Run run =
        CliRunner.run("publish", catalog.toString(), "--out", dist.toString(), "--lang", "en");
    assertThat(run.code()).isEqualTo(ExitCode.FINDINGS);
    assertThat(run.out()).contains("[code-format]");
    assertThat(run.err()).contains("not published");
    assertThat(CliRunner.run("publish", catalog.toString()).code())
        .as("--out is required")
        .isEqualTo(ExitCode.USAGE);
  }
}
