package org.svcat.core.rules.contact;

import java.util.regex.Pattern;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/**
 * The only consultation number is also the only complaint number: a complaint should reach someone
 * other than the office complained about.
 */
@SvcatRule(id = "contact-consult-equals-complaint", severity = Severity.WARNING)
public final class ContactConsultEqualsComplaintRule extends ItemRule {
  @Override
  protected void checkItem(Item item, RuleContext context) {
    var consult = item.contacts().consult();
    var complaint = item.contacts().complaint();
    if (consult.size() == 1
        && complaint.size() == 1
        && normalize(consult.get(0)).equals(normalize(complaint.get(0)))) {
      context.report(item, "/contacts/complaint/0", complaint.get(0));
    }
  }

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()（）]");

  private static String normalize(String phone) {
    return SEPARATORS.matcher(phone).replaceAll("");
  }
}
