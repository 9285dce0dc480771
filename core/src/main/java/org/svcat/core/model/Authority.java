package org.svcat.core.model;

/** The implementing authority (实施主体) with its 统一社会信用代码. */
public record Authority(String name, String creditCode, AuthorityNature nature) {
  public Authority {
    if (nature == null) {
      nature = AuthorityNature.STATUTORY;
    }
  }
}
