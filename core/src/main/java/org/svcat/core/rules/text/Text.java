package org.svcat.core.rules.text;

/**
 * A piece of text in a catalog record, where it stands, and what it is: prose people read, a code,
 * or a telephone number. Where it stands is {@code base}, or {@code base/index field} in a list
 * ({@code /materials/3/name}), put together only when a finding asks: most texts have none.
 */
record Text(String base, int index, String field, String value, Kind kind) {
  /** The JSON pointer of the text in its record. */
  String pointer() {
    return index < 0 ? base : base + "/" + index + field;
  }

  enum Kind {
    PROSE,
    CODE,
    PHONE
  }
}
