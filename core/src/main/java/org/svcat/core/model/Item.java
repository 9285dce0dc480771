package org.svcat.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entry of the implementation list (实施清单): how one authority at one level delivers a directory
 * item. Identity is {@link #code()} (实施编码).
 */
public record Item(
    String code,
    String basicCode,
    String name,
    ItemType type,
    Level level,
    Authority authority,
    String department,
    List<LegalBasis> legalBasis,
    List<ServiceObject> serviceObjects,
    List<String> conditions,
    Handling handling,
    Deadline deadline,
    int visits,
    String visitReason,
    List<Channel> channels,
    List<OnlineDepth> onlineDepth,
    Fees fees,
    List<Material> materials,
    List<Situation> situations,
    List<String> prerequisites,
    List<String> coHandlers,
    Result result,
    Contacts contacts,
    Status status,
    String effectiveFrom,
    List<Suppression> suppress) {
  public Item {
    legalBasis = Lists.copy(legalBasis);
    serviceObjects = Lists.copy(serviceObjects);
    conditions = Lists.copy(conditions);
    channels = Lists.copy(channels);
    onlineDepth = Lists.copy(onlineDepth);
    materials = Lists.copy(materials);
    situations = Lists.copy(situations);
    prerequisites = Lists.copy(prerequisites);
    coHandlers = Lists.copy(coHandlers);
    suppress = Lists.copy(suppress);
    if (status == null) {
      status = Status.ACTIVE;
    }
  }

  /** The department used in statistics: {@code department}, or the authority's name. */
  public String departmentOrAuthority() {
    if (department != null && !department.isBlank()) {
      return department;
    }
    return authority == null ? "" : authority.name();
  }

  /** The material with this id, if the item has it. */
  public Optional<Material> material(String id) {
    for (Material m : materials) {
      if (id.equals(m.id())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The item's materials by id, the first of each id as {@link #material} finds it: for looking up
   * many ids, which {@link #material} does by a search of the list each time.
   */
  public Map<String, Material> materialsById() {
    Map<String, Material> byId = new HashMap<>();
    for (Material m : materials) {
      byId.putIfAbsent(m.id(), m);
    }
    return Collections.unmodifiableMap(byId);
  }

  /** True when the item is in use (状态 在用). */
  @JsonIgnore
  public boolean isActive() {
    return status == Status.ACTIVE;
  }
}
