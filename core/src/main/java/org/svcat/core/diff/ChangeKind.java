package org.svcat.core.diff;

/** Whom a change affects, and how. */
public enum ChangeKind {
  /** Citizens carry a heavier burden: a new required material, a longer promise, a new fee. */
  BURDEN_INCREASE("burden-increase"),
  /** Citizens carry a lighter burden. */
  RELIEF("relief"),
  /** Systems importing the catalog break: an item removed, a code changed. */
  BREAKING("breaking"),
  /** Wording and other changes that neither burden nor break. */
  EDITORIAL("editorial");

  private final String id;

  ChangeKind(String id) {
    this.id = id;
  }

  /**
   * The id in JSON: {@code burden-increase}, {@code relief}, {@code breaking}, {@code editorial}.
   */
  public String id() {
    return id;
  }
}
