package org.svcat.core.model;

import java.util.List;

/**
 * The deadlines of an item: the legal limit (法定办结时限; absent only where no statute sets one), the
 * promised limit (承诺办结时限; 0 means 即办) and the special procedures not counted in either.
 */
public record Deadline(
    TimeLimit legal, TimeLimit promised, List<SpecialProcedure> specialProcedures) {
  public Deadline {
    specialProcedures = Lists.copy(specialProcedures);
  }
}
