package org.svcat.core.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A value of a national code list: the Chinese label written in catalogs and the code that GB/T
 * 39046 (or the named code set) assigns to it. Catalog files use labels; published data carries
 * both.
 */
public interface CodedLabel {
  /** The Chinese label as written in catalog files, e.g. {@code 行政许可}. */
  @JsonValue
  String label();

  /** The code of the label in its code list, e.g. {@code 01}. */
  String code();

  /** Finds the constant of {@code type} whose label is {@code label}. */
  static <E extends Enum<E> & CodedLabel> E byLabel(Class<E> type, String label) {
    for (E e : type.getEnumConstants()) {
      if (e.label().equals(label)) {
        return e;
      }
    }
    throw new IllegalArgumentException(type.getSimpleName() + ": unknown label " + label);
  }
}
