package org.svcat.core.model;

import java.util.List;

/** Consultation and complaint telephone numbers. */
public record Contacts(List<String> consult, List<String> complaint) {
  public Contacts {
    consult = Lists.copy(consult);
    complaint = Lists.copy(complaint);
  }
}
