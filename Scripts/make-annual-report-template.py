#!/usr/bin/env python3
"""Writes Templates/annual-report-2021.yaml: the three tables of the 2021 national format as data.

The YAML is the product (committed); this script only saves typing 175 cells by hand and is kept
so that a reviewer can see the table's structure in a few lines. Run it from the repository root.
"""
import json

def q(s):
    return json.dumps(s, ensure_ascii=False)

def cell(**kw):
    return "{" + ", ".join(f"{k}: {q(v) if isinstance(v, str) else str(v).lower()}" for k, v in kw.items()) + "}"

APPLICANTS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

def data_row(path, first):
    return first + [cell(input=f"{path}/{c}") for c in APPLICANTS] + [cell(sum="c4:c9", supplied=f"{path}/总计")]

rows_a = [
    [cell(text="第二十条第（一）项", colspan=4)],
    [q("信息内容"), q("本年制发件数"), q("本年废止件数"), q("现行有效件数")],
    [q("规章")] + [cell(input=f"第二十条第（一）项/规章/{c}") for c in ["本年制发件数", "本年废止件数", "现行有效件数"]],
    [q("行政规范性文件")] + [cell(input=f"第二十条第（一）项/行政规范性文件/{c}") for c in ["本年制发件数", "本年废止件数", "现行有效件数"]],
    [cell(text="第二十条第（五）项", colspan=4)],
    [q("信息内容"), cell(text="本年处理决定数量", colspan=3)],
    [q("行政许可"), cell(input="第二十条第（五）项/行政许可", colspan=3)],
    [cell(text="第二十条第（六）项", colspan=4)],
    [q("信息内容"), cell(text="本年处理决定数量", colspan=3)],
    [q("行政处罚"), cell(input="第二十条第（六）项/行政处罚", colspan=3)],
    [q("行政强制"), cell(input="第二十条第（六）项/行政强制", colspan=3)],
    [cell(text="第二十条第（八）项", colspan=4)],
    [q("信息内容"), cell(text="本年收费金额（单位：万元）", colspan=3)],
    [q("行政事业性收费"), cell(amount="第二十条第（八）项/行政事业性收费", colspan=3)],
]

groups = [
    ("不予公开", "（三）不予公开", ["1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                                 "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
    ("无法提供", "（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
    ("不予处理", "（五）不予处理", ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                                 "5.要求行政机关确认或重新出具已获取信息"]),
    ("其他处理", "（六）其他处理", ["1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                 "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]),
]
rows_b = [
    [cell(text="（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3, header=True),
     cell(text="申请人情况", colspan=7, header=True)],
    [cell(text="自然人", rowspan=2, header=True), cell(text="法人或其他组织", colspan=5, header=True), cell(text="总计", rowspan=2, header=True)],
    [cell(text=t, header=True) for t in ["商业\n企业", "科研\n机构", "社会公益\n组织", "法律服务\n机构", "其他"]],
    data_row("申请/本年新收", [cell(text="一、本年新收政府信息公开申请数量", colspan=3)]),
    data_row("申请/上年结转", [cell(text="二、上年结转政府信息公开申请数量", colspan=3)]),
    data_row("申请/予以公开", [cell(text="三、本年度办理结果", rowspan=22), cell(text="（一）予以公开", colspan=2)]),
    data_row("申请/部分公开", [cell(text="（二）部分公开（区分处理的，只计这一情形，不计其他情形）", colspan=2)]),
]
for key, label, items in groups:
    for i, item in enumerate(items):
        first = [cell(text=label, rowspan=len(items))] if i == 0 else []
        rows_b.append(data_row(f"申请/{key}/{item.split('.', 1)[1]}", first + [q(item)]))
rows_b.append([cell(text="（七）总计", colspan=2)] + [cell(sum="r6:r26", supplied=f"申请/总计/{c}") for c in APPLICANTS]
              + [cell(sum="c4:c9", supplied="申请/总计/总计")])
rows_b.append(data_row("申请/结转下年度继续办理", [cell(text="四、结转下年度继续办理", colspan=3)]))

RESULTS = ["结果维持", "结果纠正", "其他结果", "尚未审结"]
rows_c = [
    [cell(text="行政复议", colspan=5, header=True), cell(text="行政诉讼", colspan=10, header=True)],
    [cell(text=t, rowspan=2, header=True) for t in RESULTS + ["总计"]]
    + [cell(text="未经复议直接起诉", colspan=5, header=True), cell(text="复议后起诉", colspan=5, header=True)],
    [cell(text=t, header=True) for t in (RESULTS + ["总计"]) * 2],
    [cell(input=f"复议诉讼/行政复议/{r}") for r in RESULTS] + [cell(sum="c1:c4", supplied="复议诉讼/行政复议/总计")]
    + [cell(input=f"复议诉讼/未经复议直接起诉/{r}") for r in RESULTS] + [cell(sum="c6:c9", supplied="复议诉讼/未经复议直接起诉/总计")]
    + [cell(input=f"复议诉讼/复议后起诉/{r}") for r in RESULTS] + [cell(sum="c11:c14", supplied="复议诉讼/复议后起诉/总计")],
]

def write(path, header, name, fmt, tables):
    out = header + [f"name: {name}", f"format: {fmt}",
           "sections: [总体情况, 主动公开政府信息情况, 收到和处理政府信息公开申请情况, 政府信息公开行政复议、行政诉讼情况, 存在的主要问题及改进情况, 其他需要报告的事项]",
           "tables:"]
    for section, columns, rows, checks in tables:
        out.append(f"  - section: {section}")
        out.append(f"    columns: {columns}")
        if checks:
            out.append("    checks:")
            for c in checks:
                out.append(f"      {c}")
        out.append("    rows:")
        for r in rows:
            out.append("      - [" + ", ".join(r) + "]")
    open(path, "w").write("\n".join(out) + "\n")

LEGEND = [
    "#",
    "# A row is a list of cells. A cell is a label (\"text\" or {text, rowspan, colspan, header}),",
    "# {input: \"A/B/C\"} a whole number from the report's data by its label path, {signed: \"A/B\"} a",
    "# whole number that may be negative (本年增/减), {amount: \"A/B\"} an amount in 万元, or",
    "# {sum: \"c4:c9\"} (this row, columns 4–9) / {sum: \"r6:r26\"} (this column, rows 6–26), 1-based.",
    "# `supplied: \"A/B/总计\"` names a total the clerk may also give: it must agree.",
    "# `checks` are the 勾稽 rules, per column: the sum of the left rows equals the sum of the right rows.",
]
out = ["# 《中华人民共和国政府信息公开工作年度报告格式》 (国办公开办函〔2021〕30号), used from the 2021",
       "# reports on: the three tables as data. A revised national format is a new file like this one.",
       "# Written by Scripts/make-annual-report-template.py."] + LEGEND
write("Templates/annual-report-2021.yaml", out, "annual-report-2021", "国办公开办函〔2021〕30号",
      [(2, 4, rows_a, []), (3, 10, rows_b, ["勾稽: {columns: \"c4:c10\", left: [4, 5], right: [27, 28]}"]), (4, 15, rows_c, [])])

# --- the 2019 trial format (国办公开办函〔2019〕60号, reports for 2019 and 2020), annual-report.md §7.
# Rows marked (unconfirmed) in the spec: （五）其他对外管理服务事项, （九）政府集中采购, （六）其他处理 as one row.
def key(label):
    """A label as a data key: `/` separates labels in a path, so 本年增/减 is written 本年增减."""
    return label.replace("/", "")

def item_row(section, label, cols, kinds):
    return [q(label)] + [cell(**{k: f"{section}/{label}/{key(c)}"}) for c, k in zip(cols, kinds)]

C1 = ["本年新制作数量", "本年新公开数量", "对外公开总数量"]
C5 = ["上一年项目数量", "本年增/减", "处理决定数量"]
C8 = ["上一年项目数量", "本年增/减"]
rows_a19 = [
    [cell(text="第二十条第（一）项", colspan=4)],
    [q("信息内容")] + [q(c) for c in C1],
    item_row("第二十条第（一）项", "规章", C1, ["input"] * 3),
    item_row("第二十条第（一）项", "规范性文件", C1, ["input"] * 3),
    [cell(text="第二十条第（五）项", colspan=4)],
    [q("信息内容")] + [q(c) for c in C5],
    item_row("第二十条第（五）项", "行政许可", C5, ["input", "signed", "input"]),
    item_row("第二十条第（五）项", "其他对外管理服务事项", C5, ["input", "signed", "input"]),
    [cell(text="第二十条第（六）项", colspan=4)],
    [q("信息内容")] + [q(c) for c in C5],
    item_row("第二十条第（六）项", "行政处罚", C5, ["input", "signed", "input"]),
    item_row("第二十条第（六）项", "行政强制", C5, ["input", "signed", "input"]),
    [cell(text="第二十条第（八）项", colspan=4)],
    [q("信息内容"), q(C8[0]), cell(text=C8[1], colspan=2)],
    [q("行政事业性收费"), cell(input="第二十条第（八）项/行政事业性收费/上一年项目数量"),
     cell(signed="第二十条第（八）项/行政事业性收费/本年增减", colspan=2)],
    [cell(text="第二十条第（九）项", colspan=4)],
    [q("信息内容"), q("采购项目数量"), cell(text="采购总金额", colspan=2)],
    [q("政府集中采购"), cell(input="第二十条第（九）项/政府集中采购/采购项目数量"),
     cell(amount="第二十条第（九）项/政府集中采购/采购总金额", colspan=2)],
]
groups19 = groups[:3] + [("其他处理", "（六）其他处理", None)]
rows_b19 = rows_b[:7]
for key, label, items in groups19:
    if items is None:
        rows_b19.append(data_row(f"申请/{key}", [cell(text=label, colspan=2)]))
        continue
    for i, item in enumerate(items):
        first = [cell(text=label, rowspan=len(items))] if i == 0 else []
        rows_b19.append(data_row(f"申请/{key}/{item.split('.', 1)[1]}", first + [q(item)]))
result_rows = len(rows_b19) - 5            # rows 6 … 5 + n
rows_b19[5] = [cell(text="三、本年度办理结果", rowspan=result_rows + 1)] + rows_b19[5][1:]
total_row = 6 + result_rows
rows_b19.append([cell(text="（七）总计", colspan=2)] + [cell(sum=f"r6:r{total_row - 1}", supplied=f"申请/总计/{c}") for c in APPLICANTS]
                + [cell(sum="c4:c9", supplied="申请/总计/总计")])
rows_b19.append(data_row("申请/结转下年度继续办理", [cell(text="四、结转下年度继续办理", colspan=3)]))
write("Templates/annual-report-2019.yaml",
      ["# 政府信息公开工作年度报告格式 (试行), 国办公开办函〔2019〕60号: the reports for 2019 and 2020.",
       "# Rows the spec marks unconfirmed: （五）其他对外管理服务事项, （九）政府集中采购, （六）其他处理 as one row.",
       "# Select it with `格式: 2019` in the report's data; the data key of 本年增/减 is 本年增减.",
       "# Written by Scripts/make-annual-report-template.py."] + LEGEND,
      "annual-report-2019", "国办公开办函〔2019〕60号",
      [(2, 4, rows_a19, []), (3, 10, rows_b19, [f"勾稽: {{columns: \"c4:c10\", left: [4, 5], right: [{total_row}, {total_row + 1}]}}"]), (4, 15, rows_c, [])])
