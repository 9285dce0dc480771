package org.svcat.core.rules.code;

import java.util.List;
import org.svcat.core.codes.CreditCode;
import org.svcat.core.codes.ItemCodes;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.DirectoryEntry;
import org.svcat.core.model.Item;
import org.svcat.core.rules.RecordRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * 实施编码 and 基本编码 follow GB/T 39554.1, and every 统一社会信用代码 has the right check character (GB
 * 32100—2015). Not applied under {@code codeScheme: local}.
 */
@SvcatRule(id = "code-format", severity = Severity.ERROR)
public final class CodeFormatRule extends RecordRule<Object> {
  /** Quotes that, around a code, YAML kept as part of it ({@link #quoted}). */
  private static final String QUOTES = "“”‘’「」『』\"'";

  @Override
  protected List<Object> records(Catalog catalog) {
    return catalog.meta().strictCodes() ? concat(catalog.directory(), catalog.items()) : List.of();
  }

  @Override
  protected void checkRecord(Object record, RuleContext context) {
    if (record instanceof DirectoryEntry entry) {
      checkBasic(context, entry, entry.basicCode(), "/basicCode");
    } else if (record instanceof Item item) {
      checkImplementation(context, item);
      checkBasic(context, item, item.basicCode(), "/basicCode");
      checkCredit(context, item, item.authority().creditCode(), "/authority/creditCode");
    }
  }

  private static void checkImplementation(RuleContext context, Item item) {
    String code = item.code();
    if (quoted(context, item, code, "/code")) {
      return;
    }
    boolean structured =
        ItemCodes.hasImplementationLength(code)
            && CreditCode.isWellFormed(ItemCodes.creditPart(code))
            && isLevelDigit(ItemCodes.levelDigit(code))
            && ItemCodes.isBasicCode(ItemCodes.basicPart(code));
    if (!structured) {
      context.reportVariant(item, "/code", "implementation", code, code.length());
    } else if (!CreditCode.isValid(ItemCodes.creditPart(code))) {
      context.reportVariant(
          item, "/code", "check", code, CreditCode.checkCharacter(ItemCodes.creditPart(code)));
    }
  }

  /** 1 (national) to 7 (village), without a regular expression: this runs once an item. */
  private static boolean isLevelDigit(String digit) {
    return digit.length() == 1 && digit.charAt(0) >= '1' && digit.charAt(0) <= '7';
  }

  private static void checkBasic(RuleContext context, Object record, String code, String pointer) {
    if (quoted(context, record, code, pointer)) {
      return;
    }
    if (!ItemCodes.isBasicCode(code)) {
      context.reportVariant(record, pointer, "basic", code, code.length());
    }
  }

  private static void checkCredit(RuleContext context, Item item, String code, String pointer) {
    if (quoted(context, item, code, pointer)) {
      return;
    }
    if (!CreditCode.isWellFormed(code)) {
      context.reportVariant(item, pointer, "credit", code);
    } else if (!CreditCode.isValid(code)) {
      context.reportVariant(item, pointer, "credit-check", code, CreditCode.checkCharacter(code));
    }
  }

  /**
   * Reports {@code code} wrapped in quotes that YAML keeps as part of it: the full-width quotes a
   * Chinese input method types ({@code “000125012000”}), or ASCII quotes inside YAML's own ({@code
   * "'000125012000'"}). Their structure is then wrong only because of the quotes, which this says.
   */
  private static boolean quoted(RuleContext context, Object record, String code, String pointer) {
    boolean quoted =
        code.length() >= 2
            && QUOTES.indexOf(code.charAt(0)) >= 0
            && QUOTES.indexOf(code.charAt(code.length() - 1)) >= 0;
    if (quoted) {
      context.reportVariant(
          record, pointer, "quoted", code, code.substring(1, code.length() - 1).strip());
    }
    return quoted;
  }
}
