package org.svcat.core.diff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every change the differ reports, with its stable id (§8.1 of the catalog format), default level
 * and kind. An id never changes; the policy may override its level ({@code changes:} in
 * policy.yaml). Messages are {@code change.<id>} in messages.properties.
 */
public enum ChangeType {
  ITEM_ADDED(ChangeLevel.INFO, ChangeKind.EDITORIAL),
  ITEM_REMOVED(ChangeLevel.ERR, ChangeKind.BREAKING),
  ITEM_CODE_CHANGED(ChangeLevel.ERR, ChangeKind.BREAKING),
  ITEM_TYPE_CHANGED(ChangeLevel.ERR, ChangeKind.BREAKING),
  ITEM_NAME_CHANGED(ChangeLevel.WARN, ChangeKind.EDITORIAL),
  ITEM_STATUS_CHANGED(ChangeLevel.WARN, ChangeKind.BREAKING),
  PROMISED_DEADLINE_INCREASED(ChangeLevel.ERR, ChangeKind.BURDEN_INCREASE),
  PROMISED_DEADLINE_DECREASED(ChangeLevel.INFO, ChangeKind.RELIEF),
  DEADLINE_UNIT_CHANGED(ChangeLevel.INFO, ChangeKind.EDITORIAL),
  LEGAL_DEADLINE_CHANGED(ChangeLevel.WARN, ChangeKind.EDITORIAL),
  MATERIAL_ADDED(ChangeLevel.ERR, ChangeKind.BURDEN_INCREASE),
  MATERIAL_ADDED_OPTIONAL(ChangeLevel.INFO, ChangeKind.EDITORIAL),
  MATERIAL_MADE_REQUIRED(ChangeLevel.ERR, ChangeKind.BURDEN_INCREASE),
  MATERIAL_REMOVED(ChangeLevel.INFO, ChangeKind.RELIEF),
  MATERIAL_MADE_OPTIONAL(ChangeLevel.INFO, ChangeKind.RELIEF),
  MATERIAL_COPIES_INCREASED(ChangeLevel.WARN, ChangeKind.BURDEN_INCREASE),
  VISITS_INCREASED(ChangeLevel.ERR, ChangeKind.BURDEN_INCREASE),
  VISITS_DECREASED(ChangeLevel.INFO, ChangeKind.RELIEF),
  FEE_ADDED(ChangeLevel.ERR, ChangeKind.BURDEN_INCREASE),
  FEE_INCREASED(ChangeLevel.ERR, ChangeKind.BURDEN_INCREASE),
  FEE_REMOVED(ChangeLevel.INFO, ChangeKind.RELIEF),
  CHANNEL_REMOVED(ChangeLevel.ERR, ChangeKind.BURDEN_INCREASE),
  CHANNEL_ADDED(ChangeLevel.INFO, ChangeKind.RELIEF),
  ONLINE_DEPTH_REDUCED(ChangeLevel.ERR, ChangeKind.BURDEN_INCREASE),
  ONLINE_DEPTH_EXTENDED(ChangeLevel.INFO, ChangeKind.RELIEF),
  PREREQUISITE_ADDED(ChangeLevel.ERR, ChangeKind.BURDEN_INCREASE),
  PREREQUISITE_REMOVED(ChangeLevel.INFO, ChangeKind.RELIEF),
  HANDLING_SLOWED(ChangeLevel.ERR, ChangeKind.BURDEN_INCREASE),
  HANDLING_SPED_UP(ChangeLevel.INFO, ChangeKind.RELIEF),
  DIRECTORY_ENTRY_ADDED(ChangeLevel.INFO, ChangeKind.EDITORIAL),
  DIRECTORY_ENTRY_REMOVED(ChangeLevel.ERR, ChangeKind.BREAKING),
  DIRECTORY_ENTRY_CHANGED(ChangeLevel.WARN, ChangeKind.EDITORIAL),
  BUNDLE_ADDED(ChangeLevel.INFO, ChangeKind.RELIEF),
  BUNDLE_REMOVED(ChangeLevel.ERR, ChangeKind.BREAKING),
  BUNDLE_CHANGED(ChangeLevel.WARN, ChangeKind.EDITORIAL),
  VERSION_BUMP_REQUIRED(ChangeLevel.ERR, ChangeKind.BREAKING),
  TEXT_CHANGED(ChangeLevel.INFO, ChangeKind.EDITORIAL);

  private final ChangeLevel level;
  private final ChangeKind kind;

  ChangeType(ChangeLevel level, ChangeKind kind) {
    this.level = level;
    this.kind = kind;
  }

  /** The stable id, e.g. {@code material-added}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public ChangeLevel defaultLevel() {
    return level;
  }

  public ChangeKind kind() {
    return kind;
  }

  /** The type with this id. */
  public static Optional<ChangeType> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
  }
}
