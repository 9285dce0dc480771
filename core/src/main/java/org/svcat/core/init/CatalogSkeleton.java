package org.svcat.core.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.svcat.core.schema.SchemaKind;

/**
 * Writes a new, valid catalog: catalog.yaml, policy.yaml, an example directory entry and item, the
 * official working-day calendars, and the JSON Schemas under {@code schemas/} so that the modelines
 * at the top of every file work offline in editors.
 */
public final class CatalogSkeleton {
  private static final String DIR = "/org/svcat/core/skeleton/";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern REGION = Pattern.compile("[0-9]{6}");

  private CatalogSkeleton() {}

  /**
   * The settings of a new catalog.
   *
   * @param id catalog id, {@code [a-z0-9][a-z0-9-]*}
   * @param title human title
   * @param region 6-digit 行政区划代码
   */
  public record Settings(String id, String title, String region) {
    /**
     * @throws InvalidSettingException when a setting is not as described above
     */
    public Settings {
      if (!ID.matcher(id).matches()) {
        throw new InvalidSettingException(
            InvalidSettingException.Setting.ID, id, "catalog id must match [a-z0-9][a-z0-9-]*");
      }
      if (!REGION.matcher(region).matches()) {
        throw new InvalidSettingException(
            InvalidSettingException.Setting.REGION, region, "region must be 6 digits");
      }
      if (title.isBlank() || title.contains("\n")) {
        throw new InvalidSettingException(
            InvalidSettingException.Setting.TITLE, title, "title must be one non-empty line");
      }
    }
  }

  /** A setting of a new catalog that cannot be used: which one, and the value given. */
  public static final class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The settings of {@link Settings}. */
    public enum Setting {
      ID,
      REGION,
      TITLE
    }

    private final Setting setting;
    private final String value;

    InvalidSettingException(Setting setting, String value, String rule) {
      super(rule + ": " + value);
      this.setting = setting;
      this.value = value;
    }

    public Setting setting() {
      return setting;
    }

    public String value() {
      return value;
    }
  }

  /** A catalog id derived from a folder name: lower case, other characters replaced by '-'. */
  public static String idFor(String folderName) {
    String id = folderName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    id = id.replaceAll("^-+", "").replaceAll("-+$", "");
    return id.isEmpty() ? "catalog" : id;
  }

  /**
   * Writes the skeleton into {@code dir}, which must not exist or be empty.
   *
   * @return the files written, relative to {@code dir}
   */
  public static List<String> write(Path dir, Settings settings) throws IOException {
    List<String> written = new ArrayList<>();
    for (String name : resource("files.txt").lines().filter(l -> !l.isBlank()).toList()) {
      String text = resource(name);
      if ("catalog.yaml".equals(name)) {
        text =
            text.replace("${id}", settings.id())
                .replace("${title}", quoteIfNeeded(settings.title()))
                .replace("${region}", settings.region());
      }
      writeFile(dir.resolve(name), text);
      written.add(name);
    }
    written.addAll(writeSchemas(dir));
    return written;
  }

  /** Writes the JSON Schemas into {@code dir/schemas/}, for the editor modelines. */
  public static List<String> writeSchemas(Path dir) throws IOException {
    List<String> written = new ArrayList<>();
    for (SchemaKind kind : SchemaKind.values()) {
      written.add(copySchema(dir, kind.fileName()));
    }
    written.add(copySchema(dir, "common.schema.json"));
    return written;
  }

  private static String copySchema(Path dir, String fileName) throws IOException {
    String text = classpath("/" + SchemaKind.CLASSPATH_DIR + fileName);
    writeFile(dir.resolve("schemas").resolve(fileName), text);
    return "schemas/" + fileName;
  }

  private static String quoteIfNeeded(String title) {
    return "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void writeFile(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String resource(String name) {
    return classpath(DIR + name);
  }

  private static String classpath(String path) {
    try (InputStream in = CatalogSkeleton.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
