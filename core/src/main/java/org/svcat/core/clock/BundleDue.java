package org.svcat.core.clock;

import java.time.LocalDate;
import java.util.List;
import org.svcat.core.bundle.BundleMaterial;
import org.svcat.core.bundle.BundlePlan;

/**
 * The clock of a bundle case (一件事): the plan, the one set of materials the applicant submits, the
 * due day of the bundle's promise and of its critical path, and the status. The critical path's day
 * is null when it falls in a year after the catalog's calendars.
 */
public record BundleDue(
    BundlePlan plan,
    List<BundleMaterial> materials,
    LocalDate accepted,
    LocalDate today,
    List<Pause> pauses,
    CaseDue.Due promised,
    CaseDue.Due criticalPath,
    int remainingWorkingDays,
    Light light) {
  public BundleDue {
    materials = List.copyOf(materials);
    pauses = List.copyOf(pauses);
  }

  /** The year whose calendar the critical path's due day needs, or null when it was counted. */
  public Integer missingCalendar() {
    return criticalPath.missingCalendar();
  }
}
