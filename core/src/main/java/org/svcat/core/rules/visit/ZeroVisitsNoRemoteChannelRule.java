package org.svcat.core.rules.visit;

import java.util.Set;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Channel;
import org.svcat.core.model.Item;
import org.svcat.core.rules.ItemRule;
import org.svcat.core.rules.RuleContext;
import org.svcat.core.rules.SvcatRule;

/** No visit is needed, yet the item offers no online or postal channel to apply through. */
@SvcatRule(id = "zero-visits-no-remote-channel", severity = Severity.ERROR)
public final class ZeroVisitsNoRemoteChannelRule extends ItemRule {
  private static final Set<Channel> REMOTE =
      Set.of(Channel.ONLINE_PC, Channel.ONLINE_MOBILE, Channel.POSTAL);

  @Override
  protected void checkItem(Item item, RuleContext context) {
    if (item.visits() == 0 && !remote(item)) {
      context.report(item, "/channels");
    }
  }

  private static boolean remote(Item item) {
    for (Channel channel : item.channels()) {
      if (REMOTE.contains(channel)) {
        return true;
      }
    }
    return false;
  }
}
