package org.svcat.core.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.svcat.core.clock.UnitConversion;
import org.svcat.core.model.Catalog;
import org.svcat.core.model.Channel;
import org.svcat.core.model.FeeItem;
import org.svcat.core.model.Item;
import org.svcat.core.model.LegalBasis;
import org.svcat.core.model.Material;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.report.PrettyJson;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalog as CPSV-AP 3.2 JSON-LD: each item a {@code PublicService} with identifier, title,
 * description, competent authority, processing time (xsd:duration), inputs ({@code Evidence}),
 * costs, channels, output and legal resources, and {@code requires} for prerequisites. The context
 * is inline so the document expands offline.
 */
final class JsonLd {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonLd() {}

  /**
   * The catalog as JSON-LD, written to {@code out} one service at a time, each made as UTF-8 on any
   * core straight from the records.
   *
   * @param items the catalog's items ordered by code ({@link CanonicalJson#sortedItems})
   */
  static void writeCatalog(Catalog catalog, List<Item> items, OutputStream out) throws IOException {
    try (JsonGenerator json = PrettyJson.generator(out)) {
      json.writeStartObject();
      json.writeName("@context");
      json.writeTree(context());
      json.writeName("@graph");
      json.writeStartArray();
      String base = "urn:svcat:" + catalog.meta().id() + ":";
      Batched.forEach(
          items,
          item -> PrettyJson.atArrayDepth(PrettyJson.writeUtf8(s -> service(s, item, base))),
          json::writeRawValue);
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void service(JsonGenerator json, Item item, String base) {
    String id = base + "service:" + item.code();
    json.writeStartObject();
    json.writeStringProperty("@id", id);
    json.writeStringProperty("@type", "PublicService");
    json.writeStringProperty("identifier", item.code());
    json.writeStringProperty("title", item.name());
    json.writeStringProperty("description", String.join("；", item.conditions()));
    json.writeStringProperty("type", item.type().label());
    json.writeName("hasCompetentAuthority");
    json.writeStartObject();
    json.writeStringProperty("@id", base + "authority:" + item.authority().creditCode());
    json.writeStringProperty("@type", "PublicOrganisation");
    json.writeStringProperty("prefLabel", item.authority().name());
    json.writeStringProperty("identifier", item.authority().creditCode());
    json.writeEndObject();
    TimeLimit promised = item.deadline().promised();
    json.writeStringProperty("processingTime", duration(promised));
    json.writeNumberProperty("promisedWorkingDays", UnitConversion.workingDays(promised));
    json.writeName("hasInput");
    json.writeStartArray();
    for (Material m : item.materials()) {
      json.writeStartObject();
      json.writeStringProperty("@id", id + "/evidence/" + m.id());
      json.writeStringProperty("@type", "Evidence");
      json.writeStringProperty("name", m.name());
      json.writeStringProperty("identifier", m.id());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("hasCost");
    json.writeStartArray();
    List<FeeItem> fees = item.fees().items();
    for (int i = 0; i < fees.size(); i++) {
      json.writeStartObject();
      json.writeStringProperty("@id", id + "/cost/" + i);
      json.writeStringProperty("@type", "Cost");
      json.writeStringProperty("description", fees.get(i).name() + "：" + fees.get(i).standard());
      if (fees.get(i).amount() != null) {
        json.writeNumberProperty("value", fees.get(i).amount());
        json.writeStringProperty(
            "currency", "http://publications.europa.eu/resource/authority/currency/CNY");
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("hasChannel");
    json.writeStartArray();
    for (Channel c : item.channels()) {
      json.writeStartObject();
      json.writeStringProperty("@id", base + "channel:" + c.code());
      json.writeStringProperty("@type", "Channel");
      json.writeStringProperty("prefLabel", c.label());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (item.result() != null) {
      json.writeName("produces");
      json.writeStartObject();
      json.writeStringProperty("@id", id + "/output");
      json.writeStringProperty("@type", "Output");
      json.writeStringProperty("name", item.result().name());
      json.writeEndObject();
    }
    json.writeName("hasLegalResource");
    json.writeStartArray();
    List<LegalBasis> bases = item.legalBasis();
    for (int i = 0; i < bases.size(); i++) {
      json.writeStartObject();
      json.writeStringProperty("@id", id + "/legal/" + i);
      json.writeStringProperty("@type", "LegalResource");
      json.writeStringProperty(
          "title",
          bases.get(i).title() + (bases.get(i).article() == null ? "" : bases.get(i).article()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("requires");
    json.writeStartArray();
    for (String code : item.prerequisites()) {
      json.writeString(base + "service:" + code);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** A limit as xsd:duration; working days under 5 工作日 = 7 自然日 (promisedWorkingDays keeps them). */
  static String duration(TimeLimit limit) {
    return switch (limit.unit()) {
      case CALENDAR_DAY -> "P" + limit.value() + "D";
      case MONTH -> "P" + limit.value() + "M";
      case WORKING_DAY -> "P" + (long) Math.ceil(UnitConversion.calendarDays(limit)) + "D";
    };
  }

  private static ObjectNode context() {
    ObjectNode c = NODES.objectNode();
    c.put("cpsv", "http://purl.org/vocab/cpsv#");
    c.put("cv", "http://data.europa.eu/m8g/");
    c.put("dct", "http://purl.org/dc/terms/");
    c.put("eli", "http://data.europa.eu/eli/ontology#");
    c.put("skos", "http://www.w3.org/2004/02/skos/core#");
    c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
    c.put("svcat", "https://svcat.org/ns#");
    c.put("PublicService", "cpsv:PublicService");
    c.put("PublicOrganisation", "cv:PublicOrganisation");
    c.put("Evidence", "cv:Evidence");
    c.put("Cost", "cv:Cost");
    c.put("Channel", "cv:Channel");
    c.put("Output", "cv:Output");
    c.put("LegalResource", "eli:LegalResource");
    c.put("identifier", "dct:identifier");
    c.set("title", NODES.objectNode().put("@id", "dct:title").put("@language", "zh"));
    c.set("description", NODES.objectNode().put("@id", "dct:description").put("@language", "zh"));
    c.set("name", NODES.objectNode().put("@id", "dct:title").put("@language", "zh"));
    c.set("prefLabel", NODES.objectNode().put("@id", "skos:prefLabel").put("@language", "zh"));
    c.set("type", NODES.objectNode().put("@id", "dct:type").put("@language", "zh"));
    c.set(
        "hasCompetentAuthority",
        NODES.objectNode().put("@id", "cv:hasCompetentAuthority").put("@type", "@id"));
    c.set(
        "processingTime",
        NODES.objectNode().put("@id", "cv:processingTime").put("@type", "xsd:duration"));
    c.set(
        "promisedWorkingDays",
        NODES.objectNode().put("@id", "svcat:promisedWorkingDays").put("@type", "xsd:decimal"));
    c.set("hasInput", NODES.objectNode().put("@id", "cpsv:hasInput").put("@type", "@id"));
    c.set("hasCost", NODES.objectNode().put("@id", "cv:hasCost").put("@type", "@id"));
    c.set("hasChannel", NODES.objectNode().put("@id", "cv:hasChannel").put("@type", "@id"));
    c.set("produces", NODES.objectNode().put("@id", "cpsv:produces").put("@type", "@id"));
    c.set(
        "hasLegalResource",
        NODES.objectNode().put("@id", "cv:hasLegalResource").put("@type", "@id"));
    c.set("requires", NODES.objectNode().put("@id", "dct:requires").put("@type", "@id"));
    c.set("value", NODES.objectNode().put("@id", "cv:value").put("@type", "xsd:decimal"));
    c.set("currency", NODES.objectNode().put("@id", "cv:currency").put("@type", "@id"));
    return c;
  }
}
