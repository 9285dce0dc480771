package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.cli.UsageException;
import org.svcat.core.publish.Ed25519;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code svcat keygen --out DIR}: an Ed25519 key pair for signing releases. */
@Command(
    name = "keygen",
    mixinStandardHelpOptions = true,
    description = {
      "Write an Ed25519 key pair in PEM: NAME.key (private, keep it secret) and NAME.pub (public).",
      "生成 Ed25519 密钥对（PEM）：NAME.key 私钥（请妥善保管）和 NAME.pub 公钥。"
    })
public final class KeygenCommand implements Callable<Integer> {
  private final Console console;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory for the key files")
  Path out;

  @Option(
      names = "--name",
      defaultValue = "svcat",
      paramLabel = "NAME",
      description = "File name of the keys (default: ${DEFAULT-VALUE})")
  String name;

  @Option(names = "--lang", paramLabel = "LANG", description = "${COMPLETION-CANDIDATES}")
  Language lang;

  public KeygenCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    String language = console.language(lang == null ? null : lang.name());
    if (!name.matches("[A-Za-z0-9_-]+")) {
      throw new UsageException(Console.messages(language).format("keygen.bad-name", name));
    }
    if (Files.exists(out.resolve(name + ".key")) || Files.exists(out.resolve(name + ".pub"))) {
      throw new UsageException(
          Console.messages(language).format("keygen.exists", out.resolve(name + ".key")));
    }
    Ed25519.write(Ed25519.generate(), out, name);
    console
        .out()
        .println(
            Console.messages(language)
                .format("keygen.done", out.resolve(name + ".key"), out.resolve(name + ".pub")));
    console.out().flush();
    return ExitCode.OK;
  }
}
