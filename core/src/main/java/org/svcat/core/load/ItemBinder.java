package org.svcat.core.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.svcat.core.model.Authority;
import org.svcat.core.model.AuthorityNature;
import org.svcat.core.model.Channel;
import org.svcat.core.model.CodedLabel;
import org.svcat.core.model.Contacts;
import org.svcat.core.model.Deadline;
import org.svcat.core.model.FeeItem;
import org.svcat.core.model.Fees;
import org.svcat.core.model.Handling;
import org.svcat.core.model.Item;
import org.svcat.core.model.ItemType;
import org.svcat.core.model.LegalBasis;
import org.svcat.core.model.Level;
import org.svcat.core.model.Material;
import org.svcat.core.model.MaterialForm;
import org.svcat.core.model.MaterialSource;
import org.svcat.core.model.Necessity;
import org.svcat.core.model.OnlineDepth;
import org.svcat.core.model.Result;
import org.svcat.core.model.ResultType;
import org.svcat.core.model.ServiceObject;
import org.svcat.core.model.Situation;
import org.svcat.core.model.SpecialProcedure;
import org.svcat.core.model.Status;
import org.svcat.core.model.Suppression;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.model.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * Binds the tree of a schema-valid item file straight to the model records, a key at a time, the
 * way Jackson binds them (a missing or null value is null, or 0 and false for a number and a flag;
 * an enum is found by its label; an unknown label throws). A catalog holds one file per item, so
 * this is the binding that a large catalog repeats: through Jackson's generic path it took 4.0 µs a
 * file warmed up and about a twentieth of a 100k-item validate, against 1.5 µs here (see
 * docs/performance.md). The other files are few and bound by Jackson. {@code ItemBinderTest} keeps
 * the two equal: every item of the reference catalog, the rules' fixtures and a synthetic catalog
 * binds to the same records both ways, and together they give every component of every record a
 * value, so a key misspelt here cannot pass unseen. The records' constructors are called with every
 * component, so a component added to a record does not compile until it is bound here.
 */
final class ItemBinder {
  private ItemBinder() {}

  /** Each coded enum's constants by label. */
  private static final ClassValue<Map<String, Object>> LABELS =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> byLabel = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            byLabel.put(((CodedLabel) constant).label(), constant);
          }
          return Map.copyOf(byLabel);
        }
      };

  static Item item(JsonNode n) {
    return new Item(
        text(n, "code"),
        text(n, "basicCode"),
        text(n, "name"),
        label(n, "type", ItemType.class),
        label(n, "level", Level.class),
        obj(n, "authority", ItemBinder::authority),
        text(n, "department"),
        list(n, "legalBasis", ItemBinder::legalBasis),
        list(n, "serviceObjects", v -> label(v, ServiceObject.class)),
        list(n, "conditions", JsonNode::stringValue),
        label(n, "handling", Handling.class),
        obj(n, "deadline", ItemBinder::deadline),
        integer(n, "visits"),
        text(n, "visitReason"),
        list(n, "channels", v -> label(v, Channel.class)),
        list(n, "onlineDepth", v -> label(v, OnlineDepth.class)),
        obj(n, "fees", ItemBinder::fees),
        list(n, "materials", ItemBinder::material),
        list(n, "situations", ItemBinder::situation),
        list(n, "prerequisites", JsonNode::stringValue),
        list(n, "coHandlers", JsonNode::stringValue),
        obj(n, "result", v -> new Result(text(v, "name"), label(v, "type", ResultType.class))),
        obj(n, "contacts", ItemBinder::contacts),
        label(n, "status", Status.class),
        text(n, "effectiveFrom"),
        list(n, "suppress", v -> new Suppression(text(v, "rule"), text(v, "reason"))));
  }

  private static Authority authority(JsonNode n) {
    return new Authority(
        text(n, "name"), text(n, "creditCode"), label(n, "nature", AuthorityNature.class));
  }

  private static LegalBasis legalBasis(JsonNode n) {
    return new LegalBasis(text(n, "title"), text(n, "article"), text(n, "text"));
  }

  private static Deadline deadline(JsonNode n) {
    return new Deadline(
        obj(n, "legal", ItemBinder::timeLimit),
        obj(n, "promised", ItemBinder::timeLimit),
        list(
            n,
            "specialProcedures",
            v -> new SpecialProcedure(text(v, "name"), obj(v, "limit", ItemBinder::timeLimit))));
  }

  private static TimeLimit timeLimit(JsonNode n) {
    return new TimeLimit(integer(n, "value"), label(n, "unit", TimeUnit.class), text(n, "basis"));
  }

  private static Fees fees(JsonNode n) {
    JsonNode online = n.get("onlinePayment");
    return new Fees(
        bool(n, "charged"),
        list(
            n,
            "items",
            v -> {
              JsonNode amount = v.get("amount");
              JsonNode waivable = v.get("waivable");
              return new FeeItem(
                  text(v, "name"),
                  text(v, "standard"),
                  amount == null || amount.isNull() ? null : amount.decimalValue(),
                  text(v, "basis"),
                  waivable == null || waivable.isNull() ? null : waivable.booleanValue());
            }),
        online == null || online.isNull() ? null : online.booleanValue());
  }

  private static Material material(JsonNode n) {
    return new Material(
        text(n, "id"),
        text(n, "name"),
        label(n, "necessity", Necessity.class),
        text(n, "condition"),
        list(n, "forms", v -> label(v, MaterialForm.class)),
        integer(n, "originals"),
        integer(n, "copies"),
        label(n, "source", MaterialSource.class),
        text(n, "issuer"),
        bool(n, "shared"),
        text(n, "ref"),
        text(n, "template"),
        text(n, "basis"));
  }

  private static Situation situation(JsonNode n) {
    return new Situation(
        text(n, "id"),
        text(n, "name"),
        list(n, "materials", JsonNode::stringValue),
        obj(n, "promised", ItemBinder::timeLimit));
  }

  private static Contacts contacts(JsonNode n) {
    return new Contacts(
        list(n, "consult", JsonNode::stringValue), list(n, "complaint", JsonNode::stringValue));
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.stringValue();
  }

  private static int integer(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? 0 : v.intValue();
  }

  private static boolean bool(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v != null && v.booleanValue();
  }

  private static <T> T obj(JsonNode n, String key, Function<JsonNode, T> f) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : f.apply(v);
  }

  private static <E extends Enum<E> & CodedLabel> E label(JsonNode n, String key, Class<E> type) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : label(v, type);
  }

  private static <E extends Enum<E> & CodedLabel> E label(JsonNode v, Class<E> type) {
    Object constant = LABELS.get(type).get(v.stringValue());
    if (constant == null) {
      throw new IllegalArgumentException(
          type.getSimpleName() + ": unknown label " + v.stringValue());
    }
    return type.cast(constant);
  }

  private static <T> List<T> list(JsonNode n, String key, Function<JsonNode, T> f) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    List<T> out = new ArrayList<>(v.size());
    for (JsonNode e : v) {
      out.add(f.apply(e));
    }
    return out;
  }
}
