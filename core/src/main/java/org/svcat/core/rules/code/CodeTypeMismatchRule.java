package org.svcat.core.rules.code;

import java.util.List;
import org.svcat.core.codes.ItemCodes;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.DirectoryEntry;
import org.svcat.core.model.Item;
import org.svcat.core.model.ItemType;
import org.svcat.core.rules.RecordRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** The 事项类型 digits inside the 基本编码 differ from the code of {@code type}. */
@SvcatRule(id = "code-type-mismatch", severity = Severity.ERROR)
public final class CodeTypeMismatchRule extends RecordRule<Object> {
  @Override
  protected List<Object> records(Catalog catalog) {
    return catalog.meta().strictCodes() ? concat(catalog.directory(), catalog.items()) : List.of();
  }

  @Override
  protected void checkRecord(Object record, RuleContext context) {
    if (record instanceof DirectoryEntry entry) {
      check(context, entry, entry.basicCode(), entry.type());
    } else if (record instanceof Item item) {
      check(context, item, item.basicCode(), item.type());
    }
  }

  private static void check(RuleContext context, Object record, String basicCode, ItemType type) {
    if (!ItemCodes.isBasicCode(basicCode)) {
      return;
    }
    String digits = ItemCodes.typeDigits(basicCode);
    if (!digits.equals(type.code())) {
      context.report(record, "/type", basicCode, digits, type.label(), type.code());
    }
  }
}
