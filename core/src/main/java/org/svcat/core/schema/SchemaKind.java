package org.svcat.core.schema;

/** The kinds of catalog file, each with its JSON Schema under {@code schemas/}. */
public enum SchemaKind {
  CATALOG("catalog.schema.json"),
  DIRECTORY_ENTRY("directory-entry.schema.json"),
  ITEM("item.schema.json"),
  BUNDLE("bundle.schema.json"),
  CALENDAR("calendar.schema.json"),
  MATERIALS("materials.schema.json"),
  POLICY("policy.schema.json");

  /** The base IRI of the published schemas; resolved to the classpath, never fetched. */
  public static final String BASE_IRI = "https://svcat.org/schemas/";

  /** Where the schemas sit on the classpath (packaged from the top-level {@code schemas/}). */
  public static final String CLASSPATH_DIR = "org/svcat/core/schemas/";

  private final String fileName;

  SchemaKind(String fileName) {
    this.fileName = fileName;
  }

  /** The schema's file name, e.g. {@code item.schema.json}. */
  public String fileName() {
    return fileName;
  }

  /** The schema's {@code $id}. */
  public String iri() {
    return BASE_IRI + fileName;
  }
}
