package org.svcat.core.publish;

import java.util.List;
import java.util.Map;
import org.svcat.core.model.Authority;
import org.svcat.core.model.CodedLabel;
import org.svcat.core.model.Contacts;
import org.svcat.core.model.Deadline;
import org.svcat.core.model.FeeItem;
import org.svcat.core.model.Fees;
import org.svcat.core.model.Item;
import org.svcat.core.model.LegalBasis;
import org.svcat.core.model.Material;
import org.svcat.core.model.Result;
import org.svcat.core.model.SharedMaterial;
import org.svcat.core.model.Situation;
import org.svcat.core.model.SpecialProcedure;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.report.PrettyJson;
import tools.jackson.core.JsonGenerator;

/**
 * One item's canonical JSON (see {@link CanonicalJson}), written straight from its records: every
 * component by name with keys in sorted order, nulls written, labels as {@code {code, label}}, each
 * material's {@code ref} resolved into {@code dictionary} (and {@code shared} if either says so),
 * the item's {@code suppress} left out. A release writes one per item, so this is the JSON that a
 * large catalog repeats: made as a Jackson tree of the records and then written with sorted keys,
 * it took most of the items' 9 s of CPU in a 100k-item publish (see docs/performance.md). {@code
 * ItemJsonTest} keeps the two ways byte-identical over every item of the corpus that gives every
 * component a value, so a key left out or misspelt here cannot pass unseen.
 */
final class ItemJson {
  private ItemJson() {}

  /** The item's JSON as UTF-8, pretty as every file of a release, ending in a newline. */
  static byte[] utf8(Item item, Map<String, SharedMaterial> dictionary) {
    return PrettyJson.writeUtf8(json -> item(json, item, dictionary));
  }

  private static void item(JsonGenerator json, Item i, Map<String, SharedMaterial> dictionary) {
    json.writeStartObject();
    json.writeName("authority");
    authority(json, i.authority());
    json.writeStringProperty("basicCode", i.basicCode());
    json.writeName("channels");
    labels(json, i.channels());
    json.writeName("coHandlers");
    texts(json, i.coHandlers());
    json.writeStringProperty("code", i.code());
    json.writeName("conditions");
    texts(json, i.conditions());
    json.writeName("contacts");
    contacts(json, i.contacts());
    json.writeName("deadline");
    deadline(json, i.deadline());
    json.writeStringProperty("department", i.department());
    json.writeStringProperty("effectiveFrom", i.effectiveFrom());
    json.writeName("fees");
    fees(json, i.fees());
    json.writeName("handling");
    label(json, i.handling());
    json.writeName("legalBasis");
    if (present(json, i.legalBasis())) {
      json.writeStartArray();
      for (LegalBasis basis : i.legalBasis()) {
        json.writeStartObject();
        json.writeStringProperty("article", basis.article());
        json.writeStringProperty("text", basis.text());
        json.writeStringProperty("title", basis.title());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeName("level");
    label(json, i.level());
    json.writeName("materials");
    if (present(json, i.materials())) {
      json.writeStartArray();
      for (Material material : i.materials()) {
        material(json, material, material.ref() == null ? null : dictionary.get(material.ref()));
      }
      json.writeEndArray();
    }
    json.writeStringProperty("name", i.name());
    json.writeName("onlineDepth");
    labels(json, i.onlineDepth());
    json.writeName("prerequisites");
    texts(json, i.prerequisites());
    json.writeName("result");
    result(json, i.result());
    json.writeName("serviceObjects");
    labels(json, i.serviceObjects());
    json.writeName("situations");
    if (present(json, i.situations())) {
      json.writeStartArray();
      for (Situation situation : i.situations()) {
        json.writeStartObject();
        json.writeStringProperty("id", situation.id());
        json.writeName("materials");
        texts(json, situation.materials());
        json.writeStringProperty("name", situation.name());
        json.writeName("promised");
        timeLimit(json, situation.promised());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeName("status");
    label(json, i.status());
    json.writeName("type");
    label(json, i.type());
    json.writeStringProperty("visitReason", i.visitReason());
    json.writeNumberProperty("visits", i.visits());
    json.writeEndObject();
  }

  private static void authority(JsonGenerator json, Authority authority) {
    if (present(json, authority)) {
      json.writeStartObject();
      json.writeStringProperty("creditCode", authority.creditCode());
      json.writeStringProperty("name", authority.name());
      json.writeName("nature");
      label(json, authority.nature());
      json.writeEndObject();
    }
  }

  private static void contacts(JsonGenerator json, Contacts contacts) {
    if (present(json, contacts)) {
      json.writeStartObject();
      json.writeName("complaint");
      texts(json, contacts.complaint());
      json.writeName("consult");
      texts(json, contacts.consult());
      json.writeEndObject();
    }
  }

  private static void deadline(JsonGenerator json, Deadline deadline) {
    if (present(json, deadline)) {
      json.writeStartObject();
      json.writeName("legal");
      timeLimit(json, deadline.legal());
      json.writeName("promised");
      timeLimit(json, deadline.promised());
      json.writeName("specialProcedures");
      if (present(json, deadline.specialProcedures())) {
        json.writeStartArray();
        for (SpecialProcedure procedure : deadline.specialProcedures()) {
          json.writeStartObject();
          json.writeName("limit");
          timeLimit(json, procedure.limit());
          json.writeStringProperty("name", procedure.name());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    }
  }

  private static void timeLimit(JsonGenerator json, TimeLimit limit) {
    if (present(json, limit)) {
      json.writeStartObject();
      json.writeStringProperty("basis", limit.basis());
      json.writeName("unit");
      label(json, limit.unit());
      json.writeNumberProperty("value", limit.value());
      json.writeEndObject();
    }
  }

  private static void fees(JsonGenerator json, Fees fees) {
    if (present(json, fees)) {
      json.writeStartObject();
      json.writeBooleanProperty("charged", fees.charged());
      json.writeName("items");
      if (present(json, fees.items())) {
        json.writeStartArray();
        for (FeeItem fee : fees.items()) {
          json.writeStartObject();
          json.writeName("amount");
          if (present(json, fee.amount())) {
            json.writeNumber(fee.amount());
          }
          json.writeStringProperty("basis", fee.basis());
          json.writeStringProperty("name", fee.name());
          json.writeStringProperty("standard", fee.standard());
          json.writeName("waivable");
          flag(json, fee.waivable());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeName("onlinePayment");
      flag(json, fees.onlinePayment());
      json.writeEndObject();
    }
  }

  /** A material, with the dictionary's entry for its ref when there is one. */
  private static void material(JsonGenerator json, Material m, SharedMaterial entry) {
    json.writeStartObject();
    json.writeStringProperty("basis", m.basis());
    json.writeStringProperty("condition", m.condition());
    json.writeNumberProperty("copies", m.copies());
    if (entry != null) {
      json.writeName("dictionary");
      json.writeStartObject();
      json.writeStringProperty("basis", entry.basis());
      json.writeName("forms");
      labels(json, entry.forms());
      json.writeStringProperty("issuer", entry.issuer());
      json.writeStringProperty("name", entry.name());
      json.writeStringProperty("ref", entry.ref());
      json.writeBooleanProperty("shared", entry.shared());
      json.writeName("source");
      label(json, entry.source());
      json.writeEndObject();
    }
    json.writeName("forms");
    labels(json, m.forms());
    json.writeStringProperty("id", m.id());
    json.writeStringProperty("issuer", m.issuer());
    json.writeStringProperty("name", m.name());
    json.writeName("necessity");
    label(json, m.necessity());
    json.writeNumberProperty("originals", m.originals());
    json.writeStringProperty("ref", m.ref());
    json.writeBooleanProperty("shared", m.shared() || (entry != null && entry.shared()));
    json.writeName("source");
    label(json, m.source());
    json.writeStringProperty("template", m.template());
    json.writeEndObject();
  }

  private static void result(JsonGenerator json, Result result) {
    if (present(json, result)) {
      json.writeStartObject();
      json.writeStringProperty("name", result.name());
      json.writeName("type");
      label(json, result.type());
      json.writeEndObject();
    }
  }

  private static void label(JsonGenerator json, CodedLabel label) {
    if (present(json, label)) {
      json.writeStartObject();
      json.writeStringProperty("code", label.code());
      json.writeStringProperty("label", label.label());
      json.writeEndObject();
    }
  }

  private static void labels(JsonGenerator json, List<? extends CodedLabel> labels) {
    if (present(json, labels)) {
      json.writeStartArray();
      for (CodedLabel label : labels) {
        label(json, label);
      }
      json.writeEndArray();
    }
  }

  private static void texts(JsonGenerator json, List<String> texts) {
    if (present(json, texts)) {
      json.writeStartArray();
      for (String text : texts) {
        json.writeString(text);
      }
      json.writeEndArray();
    }
  }

  private static void flag(JsonGenerator json, Boolean flag) {
    if (present(json, flag)) {
      json.writeBoolean(flag);
    }
  }

  /** True when {@code value} is there to be written; otherwise writes null in its place. */
  private static boolean present(JsonGenerator json, Object value) {
    if (value == null) {
      json.writeNull();
      return false;
    }
    return true;
  }
}
