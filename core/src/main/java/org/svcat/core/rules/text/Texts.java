package org.svcat.core.rules.text;

import java.util.ArrayList;
import java.util.List;
import org.svcat.core.model.Bundle;
import org.svcat.core.model.DirectoryEntry;
import org.svcat.core.model.Item;
import org.svcat.core.model.LegalBasis;
import org.svcat.core.model.Material;
import org.svcat.core.rules.text.Text.Kind;

/** Every text of an item, directory entry or bundle, with its JSON pointer. */
final class Texts {
  private final List<Text> out = new ArrayList<>();

  private Texts() {}

  static List<Text> of(Object record) {
    Texts t = new Texts();
    if (record instanceof Item item) {
      t.item(item);
    } else if (record instanceof DirectoryEntry entry) {
      t.add("/basicCode", entry.basicCode(), Kind.CODE);
      t.add("/name", entry.name(), Kind.PROSE);
      t.legalBasis(entry.legalBasis());
    } else if (record instanceof Bundle bundle) {
      t.add("/name", bundle.name(), Kind.PROSE);
      t.add("/leadAuthority", bundle.leadAuthority(), Kind.PROSE);
      t.list("/items", bundle.items(), Kind.CODE);
    }
    return t.out;
  }

  private void item(Item item) {
    add("/code", item.code(), Kind.CODE);
    add("/basicCode", item.basicCode(), Kind.CODE);
    add("/name", item.name(), Kind.PROSE);
    add("/authority/name", item.authority().name(), Kind.PROSE);
    add("/authority/creditCode", item.authority().creditCode(), Kind.CODE);
    add("/department", item.department(), Kind.PROSE);
    legalBasis(item.legalBasis());
    list("/conditions", item.conditions(), Kind.PROSE);
    add("/visitReason", item.visitReason(), Kind.PROSE);
    for (int i = 0; i < item.fees().items().size(); i++) {
      var fee = item.fees().items().get(i);
      add("/fees/items", i, "/name", fee.name(), Kind.PROSE);
      add("/fees/items", i, "/standard", fee.standard(), Kind.PROSE);
      add("/fees/items", i, "/basis", fee.basis(), Kind.PROSE);
    }
    for (int i = 0; i < item.materials().size(); i++) {
      Material m = item.materials().get(i);
      add("/materials", i, "/name", m.name(), Kind.PROSE);
      add("/materials", i, "/condition", m.condition(), Kind.PROSE);
      add("/materials", i, "/issuer", m.issuer(), Kind.PROSE);
      add("/materials", i, "/basis", m.basis(), Kind.PROSE);
    }
    for (int i = 0; i < item.situations().size(); i++) {
      add("/situations", i, "/name", item.situations().get(i).name(), Kind.PROSE);
    }
    list("/prerequisites", item.prerequisites(), Kind.CODE);
    list("/coHandlers", item.coHandlers(), Kind.PROSE);
    if (item.result() != null) {
      add("/result/name", item.result().name(), Kind.PROSE);
    }
    list("/contacts/consult", item.contacts().consult(), Kind.PHONE);
    list("/contacts/complaint", item.contacts().complaint(), Kind.PHONE);
  }

  private void legalBasis(List<LegalBasis> bases) {
    for (int i = 0; i < bases.size(); i++) {
      add("/legalBasis", i, "/title", bases.get(i).title(), Kind.PROSE);
      add("/legalBasis", i, "/article", bases.get(i).article(), Kind.PROSE);
      add("/legalBasis", i, "/text", bases.get(i).text(), Kind.PROSE);
    }
  }

  private void list(String pointer, List<String> values, Kind kind) {
    for (int i = 0; i < values.size(); i++) {
      add(pointer, i, "", values.get(i), kind);
    }
  }

  private void add(String pointer, String value, Kind kind) {
    add(pointer, -1, "", value, kind);
  }

  private void add(String base, int index, String field, String value, Kind kind) {
    if (value != null && !value.isEmpty()) {
      out.add(new Text(base, index, field, value, kind));
    }
  }
}
