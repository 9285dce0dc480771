package org.svcat.core.sheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svcat.core.schema.FieldNames;

/**
 * The sheets and column headers svcat reads and writes: the column names of the national exchange
 * schema for 实施清单 (事项名称, 基本编码, 实施编码, 法定办结时限, 承诺办结时限, 到办事现场次数, 是否收费, 材料名称, 原件份数, 复印件份数 ...), with
 * the aliases offices use. Export writes the first header of each column; import accepts any of
 * them (spaces, line breaks, {@code *} and "（必填）" ignored). A mapping file replaces or extends
 * these ({@link ImportMapping}).
 */
public final class SheetColumns {
  private SheetColumns() {}

  /**
   * A sheet: its name, and its columns as header → field id (first header per field is written).
   */
  public record Sheet(String name, Map<String, String> columns) {}

  public static final Sheet ITEMS =
      sheet(
          "事项",
          "实施编码|事项编码|实施清单编码",
          "code",
          "基本编码|基本目录编码",
          "basicCode",
          "事项名称",
          "name",
          "事项类型",
          "type",
          "行使层级",
          "level",
          "实施主体|实施机构|实施主体名称",
          "authority.name",
          "实施主体统一社会信用代码|实施主体编码|统一社会信用代码",
          "authority.creditCode",
          "实施主体性质",
          "authority.nature",
          "办理部门|部门",
          "department",
          "设定依据|实施依据",
          "legalBasis",
          "服务对象",
          "serviceObjects",
          "受理条件|申请条件",
          "conditions",
          "办件类型",
          "handling",
          "法定办结时限|法定时限",
          "deadline.legal",
          "法定时限依据|法定办结时限依据",
          "deadline.legal.basis",
          "承诺办结时限|承诺时限",
          "deadline.promised",
          "特别程序",
          "deadline.specialProcedures",
          "到办事现场次数|到现场次数|跑动次数",
          "visits",
          "必须现场办理原因说明|到现场原因",
          "visitReason",
          "办理形式",
          "channels",
          "网上办理深度",
          "onlineDepth",
          "是否收费",
          "fees.charged",
          "收费项目|收费标准",
          "fees.items",
          "是否支持网上支付",
          "fees.onlinePayment",
          "前置事项|前置条件事项",
          "prerequisites",
          "联办机构",
          "coHandlers",
          "办理结果名称|审批结果名称",
          "result.name",
          "办理结果类型|审批结果类型",
          "result.type",
          "咨询电话|咨询方式",
          "contacts.consult",
          "监督投诉电话|投诉电话|监督投诉方式",
          "contacts.complaint",
          "事项状态",
          "status",
          "生效日期",
          "effectiveFrom",
          "已接受的问题",
          "suppress",
          // one material per row, when a workbook has no materials sheet
          "材料名称",
          "material.name",
          "材料必要性|必要性",
          "material.necessity",
          "材料形式",
          "material.forms",
          "原件份数|原件",
          "material.originals",
          "复印件份数|复印件",
          "material.copies",
          "来源渠道|材料来源",
          "material.source");

  public static final Sheet MATERIALS =
      sheet(
          "材料",
          "实施编码|事项编码",
          "code",
          "材料编号",
          "id",
          "材料名称",
          "name",
          "材料必要性|必要性",
          "necessity",
          "适用条件|材料说明",
          "condition",
          "材料形式",
          "forms",
          "原件份数|原件",
          "originals",
          "复印件份数|复印件",
          "copies",
          "来源渠道|材料来源",
          "source",
          "出具单位",
          "issuer",
          "是否免提交|免提交",
          "shared",
          "材料字典编号",
          "ref",
          "空白表格|空表",
          "template",
          "材料依据|依据",
          "basis");

  public static final Sheet SITUATIONS =
      sheet(
          "情形",
          "实施编码|事项编码",
          "code",
          "情形编号",
          "id",
          "情形名称",
          "name",
          "情形材料",
          "materials",
          "情形承诺时限",
          "promised");

  public static final Sheet DIRECTORY =
      sheet(
          "基本目录",
          "基本编码",
          "basicCode",
          "事项名称",
          "name",
          "事项类型",
          "type",
          "行使层级",
          "levels",
          "设定依据",
          "legalBasis",
          "状态",
          "status");

  public static final Sheet BUNDLES =
      sheet(
          "一件事",
          "编号",
          "id",
          "名称",
          "name",
          "模式",
          "mode",
          "包含事项",
          "items",
          "承诺时限",
          "promised",
          "牵头部门",
          "leadAuthority");

  public static final Sheet DICTIONARY =
      sheet(
          "材料字典",
          "材料字典编号|编号",
          "ref",
          "材料名称",
          "name",
          "来源渠道",
          "source",
          "出具单位",
          "issuer",
          "是否免提交",
          "shared",
          "材料形式",
          "forms",
          "依据",
          "basis");

  public static final Sheet CALENDARS = sheet("工作日历", "年份", "year", "休息日", "rest", "调休上班日", "work");

  public static final Sheet META =
      sheet(
          "目录信息",
          "目录编号",
          "id",
          "标题",
          "title",
          "行政区划代码",
          "region",
          "版本",
          "version",
          "语言",
          "language",
          "编码规则",
          "codeScheme");

  /** The sheets in the order export writes them. */
  public static final List<Sheet> ALL =
      List.of(ITEMS, MATERIALS, SITUATIONS, DIRECTORY, BUNDLES, DICTIONARY, CALENDARS, META);

  private static Sheet sheet(String name, String... pairs) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      for (String header : pairs[i].split("\\|")) {
        columns.put(header, pairs[i + 1]);
      }
    }
    return new Sheet(name, columns);
  }

  /** The first header of each field, in order: what export writes. */
  public static List<Map.Entry<String, String>> headers(Sheet sheet) {
    Map<String, String> first = new LinkedHashMap<>();
    sheet.columns().forEach((header, field) -> first.putIfAbsent(field, header));
    return first.entrySet().stream().map(e -> Map.entry(e.getValue(), e.getKey())).toList();
  }

  /** A header as offices write it, normalized for matching: no spaces, breaks, *, (必填). */
  public static String normalize(String header) {
    return FieldNames.plain(header);
  }
}
