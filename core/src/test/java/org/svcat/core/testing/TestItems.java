package org.svcat.core.testing;

import java.util.List;
import org.svcat.core.model.Authority;
import org.svcat.core.model.Contacts;
import org.svcat.core.model.Deadline;
import org.svcat.core.model.Fees;
import org.svcat.core.model.Handling;
import org.svcat.core.model.Item;
import org.svcat.core.model.ItemType;
import org.svcat.core.model.Level;
import org.svcat.core.model.Material;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.model.TimeUnit;

/**
 * Items made in code for unit tests of the model's logic (planning, graphs, lookups): the fields a
 * test is about, and the rest empty or a plain default (事项 + code, authority 某局, 县级 公共服务).
 */
public final class TestItems {
  private TestItems() {}

  /** An item promising {@code days} working days, with these materials and prerequisites. */
  public static Item item(
      String code,
      String basicCode,
      int days,
      List<Material> materials,
      List<String> prerequisites) {
    return new Item(
        code,
        basicCode,
        "事项" + code,
        ItemType.PUBLIC_SERVICE,
        Level.COUNTY,
        new Authority("某局", "X", null),
        null,
        null,
        null,
        null,
        Handling.PROMISED,
        new Deadline(null, TimeLimit.of(days, TimeUnit.WORKING_DAY), null),
        0,
        null,
        null,
        null,
        new Fees(false, null, null),
        materials,
        null,
        prerequisites,
        null,
        null,
        new Contacts(null, null),
        null,
        null,
        null);
  }
}
