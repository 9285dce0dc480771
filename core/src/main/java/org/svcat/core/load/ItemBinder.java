package org.svcat.core.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.svcat.core.model.Authority;
import org.svcat.core.model.AuthorityNature;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.BundleMode;
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
 * Binds the tree of a schema-valid item or bundle file straight to the model records, a key at a
 * time, the way Jackson binds them (a missing or null value is null, or 0 and false for a number
 * and a flag; an enum is found by its label; an unknown label throws). A catalog holds one file per
 * item and about one bundle for every ten items, so this is the binding that a large catalog
 * repeats: through Jackson's generic path an item took 4.0 µs a file warmed up and 1.3 s of a
 * 100k-item validate's CPU, against 1.24 µs and 0.4 s here, and the 9,676 bundles of the 100k
 * benchmark catalog 0.2 s (see docs/performance.md). The other files are few and bound by Jackson.
 * {@code ItemBinderTest} keeps the two equal: every item and bundle of the reference catalog, the
 * rules' fixtures and a synthetic catalog binds to the same records both ways, and together they
 * give every component of every record a value, so a key misspelt here cannot pass unseen. The
 * records' constructors are called with every component, so a component added to a record does not
 * compile until it is bound here.
 */
final class ItemBinder {
  private ItemBinder() {}

  private static final Labels<ItemType> TYPES = new Labels<>(ItemType.class);
  private static final Labels<Level> LEVELS = new Labels<>(Level.class);
  private static final Labels<AuthorityNature> NATURES = new Labels<>(AuthorityNature.class);
  private static final Labels<ServiceObject> SERVICE_OBJECTS = new Labels<>(ServiceObject.class);
  private static final Labels<Handling> HANDLINGS = new Labels<>(Handling.class);
  private static final Labels<Channel> CHANNELS = new Labels<>(Channel.class);
  private static final Labels<OnlineDepth> ONLINE_DEPTHS = new Labels<>(OnlineDepth.class);
  private static final Labels<ResultType> RESULT_TYPES = new Labels<>(ResultType.class);
  private static final Labels<Status> STATUSES = new Labels<>(Status.class);
  private static final Labels<TimeUnit> UNITS = new Labels<>(TimeUnit.class);
  private static final Labels<Necessity> NECESSITIES = new Labels<>(Necessity.class);
  private static final Labels<MaterialForm> FORMS = new Labels<>(MaterialForm.class);
  private static final Labels<MaterialSource> SOURCES = new Labels<>(MaterialSource.class);
  private static final Labels<BundleMode> MODES = new Labels<>(BundleMode.class);

  static Item item(JsonNode n) {
    return new Item(
        text(n, "code"),
        text(n, "basicCode"),
        text(n, "name"),
        label(n, "type", TYPES),
        label(n, "level", LEVELS),
        obj(n, "authority", ItemBinder::authority),
        text(n, "department"),
        list(n, "legalBasis", ItemBinder::legalBasis),
        labels(n, "serviceObjects", SERVICE_OBJECTS),
        list(n, "conditions", JsonNode::stringValue),
        label(n, "handling", HANDLINGS),
        obj(n, "deadline", ItemBinder::deadline),
        integer(n, "visits"),
        text(n, "visitReason"),
        labels(n, "channels", CHANNELS),
        labels(n, "onlineDepth", ONLINE_DEPTHS),
        obj(n, "fees", ItemBinder::fees),
        list(n, "materials", ItemBinder::material),
        list(n, "situations", ItemBinder::situation),
        list(n, "prerequisites", JsonNode::stringValue),
        list(n, "coHandlers", JsonNode::stringValue),
        obj(n, "result", v -> new Result(text(v, "name"), label(v, "type", RESULT_TYPES))),
        obj(n, "contacts", ItemBinder::contacts),
        label(n, "status", STATUSES),
        text(n, "effectiveFrom"),
        list(n, "suppress", v -> new Suppression(text(v, "rule"), text(v, "reason"))));
  }

  static Bundle bundle(JsonNode n) {
    return new Bundle(
        text(n, "id"),
        text(n, "name"),
        label(n, "mode", MODES),
        list(n, "items", JsonNode::stringValue),
        obj(n, "promised", ItemBinder::timeLimit),
        text(n, "leadAuthority"));
  }

  private static Authority authority(JsonNode n) {
    return new Authority(text(n, "name"), text(n, "creditCode"), label(n, "nature", NATURES));
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
    return new TimeLimit(integer(n, "value"), label(n, "unit", UNITS), text(n, "basis"));
  }

  private static Fees fees(JsonNode n) {
    return new Fees(
        bool(n, "charged"),
        list(n, "items", ItemBinder::feeItem),
        obj(n, "onlinePayment", JsonNode::booleanValue));
  }

  private static FeeItem feeItem(JsonNode n) {
    return new FeeItem(
        text(n, "name"),
        text(n, "standard"),
        obj(n, "amount", JsonNode::decimalValue),
        text(n, "basis"),
        obj(n, "waivable", JsonNode::booleanValue));
  }

  private static Material material(JsonNode n) {
    return new Material(
        text(n, "id"),
        text(n, "name"),
        label(n, "necessity", NECESSITIES),
        text(n, "condition"),
        labels(n, "forms", FORMS),
        integer(n, "originals"),
        integer(n, "copies"),
        label(n, "source", SOURCES),
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
    return obj(n, key, JsonNode::stringValue);
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

  private static <E extends Enum<E> & CodedLabel> E label(
      JsonNode n, String key, Labels<E> labels) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : labels.of(v);
  }

  /**
   * A list of code-list labels. Lists of one or two labels are shared, one instance for each
   * combination (made with the {@link Labels}), rather than made anew for each item and material:
   * nearly all are that short, and a 100,000-item catalog has some 490,000 of them.
   */
  private static <E extends Enum<E> & CodedLabel> List<E> labels(
      JsonNode n, String key, Labels<E> labels) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    return switch (v.size()) {
      case 1 -> labels.one(labels.of(v.get(0)));
      case 2 -> labels.two(labels.of(v.get(0)), labels.of(v.get(1)));
      default -> list(v, labels::of);
    };
  }

  private static <T> List<T> list(JsonNode n, String key, Function<JsonNode, T> f) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : list(v, f);
  }

  /** The values of the array {@code v}, each made by {@code f}. */
  private static <T> List<T> list(JsonNode v, Function<JsonNode, T> f) {
    // most lists hold one or two values: made immutable here, the records keep them as they are
    switch (v.size()) {
      case 0:
        return List.of();
      case 1:
        return List.of(f.apply(v.get(0)));
      case 2:
        return List.of(f.apply(v.get(0)), f.apply(v.get(1)));
      default:
        List<T> out = new ArrayList<>(v.size());
        for (JsonNode e : v) {
          out.add(f.apply(e));
        }
        return out;
    }
  }

  /** An enum's constants by label, as Jackson finds them by their {@code @JsonValue}. */
  private static final class Labels<E extends Enum<E> & CodedLabel> {
    private final Class<E> type;
    private final Map<String, E> byLabel = new HashMap<>();
    private final List<List<E>> ones = new ArrayList<>();
    private final List<List<E>> twos = new ArrayList<>();

    Labels(Class<E> type) {
      this.type = type;
      E[] constants = type.getEnumConstants();
      for (E constant : constants) {
        byLabel.put(constant.label(), constant);
        ones.add(List.of(constant));
        for (E second : constants) {
          twos.add(List.of(constant, second));
        }
      }
    }

    /** The shared list of {@code e} alone. */
    List<E> one(E e) {
      return ones.get(e.ordinal());
    }

    /** The shared list of {@code first} and {@code second}, in that order. */
    List<E> two(E first, E second) {
      return twos.get(first.ordinal() * ones.size() + second.ordinal());
    }

    /** The constant labelled {@code v}'s text; an unknown label throws. */
    E of(JsonNode v) {
      E constant = byLabel.get(v.stringValue());
      if (constant == null) {
        throw new IllegalArgumentException(
            type.getSimpleName() + ": unknown label " + v.stringValue());
      }
      return constant;
    }
  }
}
