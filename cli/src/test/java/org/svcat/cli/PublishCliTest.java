package org.svcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    Path dist = temp.resolve("dist");
    Run publish =
        CliRunner.run(
            "publish",
            CliRunner.catalog(),
            "--out",
            dist.toString(),
            "--sign",
            keys.resolve("svcat.key").toString(),
            "--lang",
            "en");
    assertThat(publish.code()).as(publish.err()).isZero();
    assertThat(publish.out()).startsWith("published ");
    Path release = dist.resolve("cn-510107-wuhou/1.0.0");
    assertThat(
            CliRunner.run(
                    "publish",
                    CliRunner.catalog(),
                    "--out",
                    dist.toString(),
                    "--sign",
                    keys.resolve("svcat.key").toString(),
                    "--lang",
                    "en")
                .out())
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
    assertThat(bad.out()).contains("index.json: modified").contains("NOT verified");
    assertThat(CliRunner.run("verify", temp.resolve("nope").toString()).code())
        .isEqualTo(ExitCode.USAGE);
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
