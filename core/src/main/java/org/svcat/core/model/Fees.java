package org.svcat.core.model;

import java.util.List;

/** Whether an item is charged, for what, and whether fees can be paid online. */
public record Fees(boolean charged, List<FeeItem> items, Boolean onlinePayment) {
  public Fees {
    items = Lists.copy(items);
  }
}
