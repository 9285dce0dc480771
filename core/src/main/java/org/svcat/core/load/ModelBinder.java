package org.svcat.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svcat.core.finding.Severity;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.CalendarYear;
import org.svcat.core.model.CatalogMeta;
import org.svcat.core.model.DirectoryEntry;
import org.svcat.core.model.Exemption;
import org.svcat.core.model.Item;
import org.svcat.core.model.Policy;
import org.svcat.core.model.RuleSetting;
import org.svcat.core.model.SharedMaterial;
import org.svcat.core.model.TimeLimit;
import org.svcat.core.yaml.ParsedYaml;
import org.svcat.core.yaml.StrictYamlReader;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds schema-valid JSON trees to the model records. Policies are merged with the built-in profile
 * they extend ({@code national} or {@code strict}, shipped as {@code
 * org/svcat/core/policy/<name>.yaml}).
 */
public final class ModelBinder {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .addModule(RecordInstantiators.module())
          .build();

  /**
   * Builds Jackson's deserializers for the records of the catalog files other than items and
   * bundles (bound by {@link ItemBinder}) now (Jackson reads their constructors and annotations
   * once), instead of when the first file is bound; called on a background thread at start-up
   * ({@link org.svcat.core.Svcat#warmUp}).
   */
  public static void prepare() {
    for (Class<?> type :
        List.of(
            CatalogMeta.class, DirectoryEntry.class, CalendarYear.class, SharedMaterial.class)) {
      READERS.get(type);
    }
  }

  /**
   * A reader per record type, made once: {@code treeToValue} looked the type up in Jackson's type
   * cache (a concurrent LRU map) and asked the JVM whether it was a record, for every file (a fifth
   * of binding's time).
   */
  private static final ClassValue<ObjectReader> READERS =
      new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
          return MAPPER.readerFor(type);
        }
      };

  /**
   * The record of {@code type} that {@code node} holds: an item or a bundle directly, the rest by
   * Jackson.
   */
  public <T> T bind(JsonNode node, Class<T> type) {
    if (type == Item.class) {
      return type.cast(ItemBinder.item(node));
    }
    if (type == Bundle.class) {
      return type.cast(ItemBinder.bundle(node));
    }
    return bindWithJackson(node, type);
  }

  /** {@code node} bound by Jackson, whatever the type ({@code ItemBinderTest} compares). */
  <T> T bindWithJackson(JsonNode node, Class<T> type) {
    return READERS.get(type).readValue(node);
  }

  /** The entries of materials.yaml, whose keys are the refs. */
  List<SharedMaterial> materials(JsonNode root) {
    List<SharedMaterial> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      SharedMaterial m = bind(e.getValue(), SharedMaterial.class);
      out.add(
          new SharedMaterial(
              e.getKey(), m.name(), m.source(), m.issuer(), m.shared(), m.forms(), m.basis()));
    }
    return out;
  }

  /** A policy file merged over the profile it extends. */
  Policy policy(JsonNode root) {
    String profile = root.path("extends").asString("national");
    return merge(profile(profile), root, profile);
  }

  private Policy merge(Policy base, JsonNode root, String profile) {
    Map<String, RuleSetting> rules = new LinkedHashMap<>(base.rules());
    for (Map.Entry<String, JsonNode> e : root.path("rules").properties()) {
      rules.merge(e.getKey(), setting(e.getValue()), RuleSetting::overlay);
    }
    List<Exemption> exemptions = new ArrayList<>(base.exemptions());
    for (JsonNode e : root.path("exemptions")) {
      List<String> items = new ArrayList<>();
      e.path("items").forEach(i -> items.add(i.asString()));
      exemptions.add(new Exemption(e.path("rule").asString(), items, e.path("reason").asString()));
    }
    JsonNode yellow = root.path("clock").path("yellowWithin");
    TimeLimit yellowWithin =
        yellow.isObject() ? bind(yellow, TimeLimit.class) : base.yellowWithin();
    Map<String, String> changes = new LinkedHashMap<>(base.changes());
    for (Map.Entry<String, JsonNode> e : root.path("changes").properties()) {
      changes.put(e.getKey(), e.getValue().asString());
    }
    return new Policy(profile, rules, exemptions, yellowWithin, changes);
  }

  /** A built-in profile: {@code national} (no settings) or one shipped as a resource. */
  static Policy profile(String name) {
    if ("national".equals(name)) {
      return Policy.NATIONAL;
    }
    String resource = "/org/svcat/core/policy/" + name + ".yaml";
    try (InputStream in = ModelBinder.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no built-in profile " + name);
      }
      ParsedYaml parsed = new StrictYamlReader().read(in.readAllBytes());
      if (!parsed.problems().isEmpty()) {
        throw new IllegalStateException("built-in profile " + name + ": " + parsed.problems());
      }
      return new ModelBinder().merge(Policy.NATIONAL, parsed.root(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RuleSetting setting(JsonNode value) {
    if (value.isString()) {
      return new RuleSetting(Severity.parse(value.stringValue()), Map.of());
    }
    Severity severity = null;
    Map<String, Object> params = new HashMap<>();
    for (Map.Entry<String, JsonNode> p : value.properties()) {
      if ("severity".equals(p.getKey())) {
        severity = Severity.parse(p.getValue().asString());
      } else {
        params.put(p.getKey(), MAPPER.treeToValue(p.getValue(), Object.class));
      }
    }
    return new RuleSetting(severity, params);
  }
}
