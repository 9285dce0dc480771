package org.svcat.core.rules.text;

/**
 * A piece of text in a catalog record, where it stands, and what it is: prose people read, a code,
 * or a telephone number.
 */
record Text(String pointer, String value, Kind kind) {
  enum Kind {
    PROSE,
    CODE,
    PHONE
  }
}
