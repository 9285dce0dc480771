package org.svcat.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.svcat.cli.Console;
import org.svcat.cli.ExitCode;
import org.svcat.cli.UsageException;
import org.svcat.core.init.CatalogSkeleton;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code svcat init DIR}: a new, valid catalog skeleton with editor modelines. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {"Create a new, valid catalog skeleton.", "创建一个新的、可通过校验的目录骨架。"})
public final class InitCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "DIR", description = "New or empty directory / 新的或空的文件夹")
  Path dir;

  @Option(names = "--id", description = "Catalog id (default: from DIR) / 目录编号")
  String id;

  @Option(
      names = "--title",
      defaultValue = "政务服务事项实施清单",
      description = "Title / 标题 (default: ${DEFAULT-VALUE})")
  String title;

  @Option(
      names = "--region",
      defaultValue = "000000",
      description = "6-digit 行政区划代码 (default: ${DEFAULT-VALUE})")
  String region;

  @Option(names = "--lang", paramLabel = "LANG", description = "${COMPLETION-CANDIDATES}")
  Language lang;

  public InitCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    String language = console.language(lang == null ? null : lang.name());
    if (Files.exists(dir)) {
      if (!Files.isDirectory(dir)) {
        throw new NotDirectoryException(dir.toString());
      }
      if (!CatalogDirs.isEmptyDirectory(dir)) {
        throw new UsageException(Console.messages(language).format("error.not-empty", dir));
      }
    }
    Path name = dir.toAbsolutePath().normalize().getFileName();
    CatalogSkeleton.Settings settings;
    try {
      settings =
          new CatalogSkeleton.Settings(
              id != null ? id : CatalogSkeleton.idFor(name == null ? "catalog" : name.toString()),
              title,
              region);
    } catch (CatalogSkeleton.InvalidSettingException e) {
      String key = "init.bad-" + e.setting().name().toLowerCase(Locale.ROOT);
      throw new UsageException(Console.messages(language).format(key, e.value()));
    }
    for (String file : CatalogSkeleton.write(dir, settings)) {
      console.out().println("  " + file);
    }
    console.out().println(Console.messages(language).format("init.done", dir));
    console.out().flush();
    return ExitCode.OK;
  }
}
