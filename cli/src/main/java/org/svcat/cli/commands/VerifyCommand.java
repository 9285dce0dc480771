package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.core.finding.Messages;
import org.svcat.core.publish.ReleaseVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code svcat verify DIR [--key PUB]}: digests, completeness and signature of a release. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check a published release: every file's sha256, no file missing or extra, and the signature.",
      "校验已发布的版本：逐个文件摘要、文件是否缺失或多余、签名。",
      "",
      "Exit 0 when verified, 1 naming each offending file."
    })
public final class VerifyCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "DIR", description = "A release: DIST/<id>/<version>")
  Path dir;

  @Option(
      names = "--key",
      paramLabel = "PUB",
      description = "Ed25519 public key (PEM); without it the signature is not checked")
  Path key;

  @Option(names = "--lang", paramLabel = "LANG", description = "${COMPLETION-CANDIDATES}")
  Language lang;

  public VerifyCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    String language = console.language(lang == null ? null : lang.name());
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString());
    }
    if (key != null && !Files.isRegularFile(key)) {
      throw new NoSuchFileException(key.toString());
    }
    ReleaseVerifier.Result result = ReleaseVerifier.verify(dir, key, console.progress());
    var messages = Console.messages(language);
    Messages why = Messages.forLanguage(language);
    for (ReleaseVerifier.Problem p : result.problems()) {
      console
          .out()
          .println(
              p.file()
                  + ": "
                  + messages.format("verify." + p.kind().name().toLowerCase(java.util.Locale.ROOT))
                  + " ("
                  + p.detail(why)
                  + ")");
    }
    if (result.ok()) {
      console
          .out()
          .println(
              messages.format(
                  result.signatureChecked() ? "verify.ok-signed" : "verify.ok-unsigned",
                  result.files(),
                  dir));
    } else {
      console.out().println(messages.format("verify.failed", result.problems().size(), dir));
    }
    console.out().flush();
    return result.ok() ? ExitCode.OK : ExitCode.FINDINGS;
  }
}
