#!/usr/bin/env python3
"""Writes the corpus of clerk's drafts into Tests/Fixtures/drafts/, made the ways real drafts are
made: python-docx (Word's own XML, raw parts added through its oxml layer where python-docx has
no API), LibreOffice (a flat ODT converted with `soffice --headless --convert-to`) and pandoc
(`pandoc -o` from Markdown). The files are committed; tests never run this script.

    python3 -m venv .venv && .venv/bin/pip install python-docx==1.2.0
    apt-get install -y pandoc libreoffice-writer
    .venv/bin/python Scripts/make-drafts.py

What a correct reading of each file recognises is written by hand beside it
(`NAME.expected.yaml`); keep the two in step when the content here changes.
"""
import copy
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import docx
from docx.enum.section import WD_SECTION  # noqa: F401  (kept for readers of this script)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "drafts")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FIXED_DATE = "2024-03-01T08:00:00"


# ---------------------------------------------------------------- helpers (python-docx)

def new_document(page=(210, 297), margins_mm=(25.4, 25.4, 31.7, 31.7), grid=("lines", 312)):
    """A document on the given paper; margins top, bottom, left, right in mm."""
    d = docx.Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(page[0]), Mm(page[1])
    s.top_margin, s.bottom_margin = Mm(margins_mm[0]), Mm(margins_mm[1])
    s.left_margin, s.right_margin = Mm(margins_mm[2]), Mm(margins_mm[3])
    s.header_distance, s.footer_distance = Mm(15), Mm(17.5)
    grid_el = s._sectPr.find(qn("w:docGrid"))
    if grid is None:
        if grid_el is not None:
            s._sectPr.remove(grid_el)
    else:
        grid_el.set(qn("w:type"), grid[0])
        grid_el.set(qn("w:linePitch"), str(grid[1]))
        if len(grid) > 2:
            grid_el.set(qn("w:charSpace"), str(grid[2]))
    cp = d.core_properties
    cp.author = "办公室"
    cp.last_modified_by = "办公室"
    import datetime
    cp.created = cp.modified = datetime.datetime(2024, 3, 1, 8, 0, 0)
    cp.revision = 1
    return d


def set_fonts(target, east_asia=None, latin=None, size=None, bold=None, color=None):
    """Direct fonts on a run or a style (python-docx's `font` has no east-Asian name)."""
    f = target.font
    if latin:
        f.name = latin
    if size:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold
    if color:
        f.color.rgb = RGBColor.from_string(color)
    if east_asia:
        rpr = target.element.get_or_add_rPr() if hasattr(target.element, "get_or_add_rPr") else target._element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
            rpr.insert(0, fonts)
        fonts.set(qn("w:eastAsia"), east_asia)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)


def style_normal(d, east_asia, latin, size, line=None):
    st = d.styles["Normal"]
    set_fonts(st, east_asia=east_asia, latin=latin, size=size)
    pf = st.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    if line is None:
        pf.line_spacing = 1.0
    else:
        pf.line_spacing = line


def para(d, text="", align=None, east_asia=None, latin=None, size=None, bold=None, color=None, style=None):
    p = d.add_paragraph(style=style)
    if align:
        p.alignment = align
    if text:
        r = p.add_run(text)
        set_fonts(r, east_asia, latin, size, bold, color)
    return p


def add_run(p, text, east_asia=None, latin=None, size=None, bold=None, color=None):
    r = p.add_run(text)
    set_fonts(r, east_asia, latin, size, bold, color)
    return r


def page_field_runs(p, before="", after="", **fonts):
    """`before` PAGE `after` as Word writes a page number: a complex field between plain runs."""
    if before:
        add_run(p, before, **fonts)
    for kind in ("begin", None, "separate", "1", "end"):
        r = add_run(p, "", **fonts)
        if kind in ("begin", "separate", "end"):
            r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))
        elif kind is None:
            r._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> PAGE </w:instrText>'))
        else:
            r.text = kind
    if after:
        add_run(p, after, **fonts)


def cell_text(cell, text, align=WD_ALIGN_PARAGRAPH.CENTER, bold=None, **fonts):
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    add_run(p, text, bold=bold, **fonts)


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def save(d, name):
    path = os.path.join(OUT, name)
    d.save(path)
    normalise_zip(path)
    print("wrote", os.path.relpath(path, ROOT))


def normalise_zip(path):
    """Fixed entry times, so that a rerun gives the same bytes when the content is the same."""
    with zipfile.ZipFile(path) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in entries:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 8, 0, 0))
            fixed.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            z.writestr(fixed, data)


def add_part(d, partname, content_type, reltype, xml):
    part = Part(PackURI(partname), content_type, xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, reltype)
    return part


# ---------------------------------------------------------------- word-default.docx

def word_default():
    """A colleague's draft in Word's default look: 宋体/Calibri 12 pt on Word's default margins,
    single spacing, numbers typed and headings made bold, full-width spaces as indents, a table
    with merged cells, signature and date pushed right with spaces, 附件说明 and 附注."""
    d = new_document(margins_mm=(25.4, 25.4, 31.8, 31.8), grid=("lines", 312))
    style_normal(d, "宋体", "Calibri", 12)
    C = WD_ALIGN_PARAGRAPH.CENTER
    # ¶1–2 the title on two lines (a manual line break), centred and bold, 小二
    p = para(d, "大河镇人民政府关于开展2024年", align=C, bold=True, size=18)
    p.runs[0].add_break()
    add_run(p, "农村人居环境整治春季行动的通知", bold=True, size=18)
    para(d, "")                                                         # ¶2 empty
    para(d, "各村（社区）、镇直各单位：")                                 # ¶3 主送
    para(d, "　　为进一步改善农村人居环境，巩固拓展脱贫攻坚成果，根据县委、县政府统一部署，"
            "镇党委、镇政府决定在全镇开展2024年农村人居环境整治春季行动。现将有关事项通知如下。")  # ¶4
    para(d, "一、工作目标", bold=True)                                    # ¶5
    para(d, "　　以“三清一改”为重点，集中整治村庄环境“脏乱差”问题，到5月底全镇农村生活垃圾"
            "有效治理率达到95%以上，卫生厕所普及率达到85%以上，村容村貌明显改善。")           # ¶6
    para(d, "二、重点任务", bold=True)                                    # ¶7
    para(d, "　　（一）清理村庄垃圾。", bold=True)                        # ¶8
    para(d, "　　全面清理房前屋后、河塘沟渠、道路两侧的生活垃圾和建筑垃圾，做到垃圾日产日清。"
            "各村要配齐保洁员，明确保洁范围和责任。")                       # ¶9
    para(d, "　　（二）整治河塘沟渠。", bold=True)                        # ¶10
    para(d, "　　重点清理河道漂浮物、沟渠淤泥和水面垃圾，拆除违规设置的拦河网箱。")   # ¶11
    para(d, "　　（三）推进户厕改造。", bold=True)                        # ¶12
    para(d, "　　1.摸清底数。4月10日前完成未改厕农户的摸底登记，建立台账。")          # ¶13
    para(d, "　　2.分类推进。对具备条件的农户实施三格式化粪池改造，对暂不具备条件的农户"
            "先行完成简易改造。")                                           # ¶14
    para(d, "三、任务分工", bold=True)                                    # ¶15
    para(d, "　　各村（社区）任务分解如下：")                              # ¶16
    # the table (not a paragraph): head rows 2, merged cells both ways
    t = d.add_table(rows=5, cols=4)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = t.rows
    a = rows[0].cells[0].merge(rows[1].cells[0])                          # vMerge: 村（社区）
    cell_text(a, "村（社区）", bold=True)
    b = rows[0].cells[1].merge(rows[0].cells[2])                          # gridSpan 2
    cell_text(b, "整治任务", bold=True)
    c = rows[0].cells[3].merge(rows[1].cells[3])                          # vMerge
    cell_text(c, "完成时限", bold=True)
    cell_text(rows[1].cells[1], "垃圾清运（吨）", bold=True)
    cell_text(rows[1].cells[2], "改厕（户）", bold=True)
    cell_text(rows[2].cells[0], "大河村")
    cell_text(rows[2].cells[1], "120")
    cell_text(rows[2].cells[2], "45")
    d4 = rows[2].cells[3].merge(rows[4].cells[3])                         # vMerge over 3 rows
    cell_text(d4, "5月31日")
    cell_text(rows[3].cells[0], "柳树湾村")
    cell_text(rows[3].cells[1], "85")
    cell_text(rows[3].cells[2], "30")
    cell_text(rows[4].cells[0], "合计")
    cell_text(rows[4].cells[1], "205")
    cell_text(rows[4].cells[2], "75")
    para(d, "四、工作要求", bold=True)                                    # ¶17
    para(d, "　　各村（社区）要高度重视，主要负责同志亲自抓，每周五前将工作进展报镇农业农村"
            "办公室。镇纪委将对工作不力的单位进行通报。")                    # ¶18
    para(d, "")                                                         # ¶19 empty
    para(d, "　　附件：1.大河镇农村人居环境整治春季行动任务清单")            # ¶20 附件说明
    para(d, "　　　　　2.大河镇户厕改造技术要点")                          # ¶21
    para(d, "")                                                         # ¶22
    para(d, "")                                                         # ¶23
    para(d, " " * 44 + "大河镇人民政府")                                 # ¶24 署名 pushed right
    para(d, " " * 44 + "2024年3月1日")                                   # ¶25 成文日期
    para(d, "　　（此件公开发布）")                                       # ¶26 附注
    # Word's default page number: PAGE alone, centred
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = C
    page_field_runs(fp)
    save(d, "word-default.docx")


# ---------------------------------------------------------------- heading-styles.docx

def heading_styles():
    """A Title-style title and Heading 1/2/3 headings without typed numbers (the styles of the
    template as they are: theme fonts, blue headings); no page number."""
    d = new_document(margins_mm=(25.4, 25.4, 31.8, 31.8), grid=("lines", 312))
    style_normal(d, "宋体", "Calibri", 12, line=1.5)
    d.add_paragraph("大河镇2024年第一季度安全生产工作总结", style="Title")   # ¶1
    body = lambda t: d.add_paragraph(t)  # noqa: E731
    body("　　今年以来，我镇坚持人民至上、生命至上，认真落实安全生产责任制，全镇安全生产形势"
         "总体平稳，未发生较大以上生产安全事故。现将第一季度工作总结如下。")            # ¶2
    d.add_paragraph("主要工作", style="Heading 1")                        # ¶3
    d.add_paragraph("压实安全责任", style="Heading 2")                    # ¶4
    body("　　镇党委、镇政府与各村（社区）、重点企业签订安全生产责任书32份，将责任落实到岗、"
         "到人。")                                                        # ¶5
    d.add_paragraph("开展隐患排查", style="Heading 2")                    # ¶6
    d.add_paragraph("道路交通", style="Heading 3")                        # ¶7
    body("　　排查农村公路急弯陡坡路段14处，增设警示标志26块。")               # ¶8
    d.add_paragraph("消防安全", style="Heading 3")                        # ¶9
    body("　　检查人员密集场所41家，督促整改消防隐患57处。")                  # ¶10
    d.add_paragraph("存在的问题", style="Heading 1")                      # ¶11
    body("　　部分企业主体责任落实不到位，安全投入不足；少数村组安全员业务能力偏弱。")  # ¶12
    d.add_paragraph("下一步打算", style="Heading 1")                      # ¶13
    body("　　一是持续开展“打非治违”专项行动；二是加强汛期地质灾害防范；三是组织安全员"
         "集中培训。")                                                    # ¶14
    body("")                                                            # ¶15
    para(d, "大河镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)             # ¶16
    para(d, "二〇二四年四月八日", align=WD_ALIGN_PARAGRAPH.RIGHT)          # ¶17
    save(d, "heading-styles.docx")


# ---------------------------------------------------------------- auto-numbering.docx

ABSTRACT_NUM = f"""<w:abstractNum {W} w:abstractNumId="10">
  <w:nsid w:val="5A1B2C3D"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="0F1E2D3C"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hAnsi="黑体"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlRestart w:val="1"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
    <w:rPr><w:rFonts w:ascii="楷体_GB2312" w:eastAsia="楷体_GB2312" w:hAnsi="楷体_GB2312"/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="2">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%3."/><w:lvlJc w:val="left"/>
    <w:pPr><w:tabs><w:tab w:val="num" w:pos="1060"/></w:tabs><w:ind w:left="0" w:firstLine="640"/></w:pPr>
  </w:lvl>
  <w:lvl w:ilvl="3">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>
    <w:lvlText w:val="（%4）"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>
  </w:lvl>
</w:abstractNum>"""


def auto_numbering():
    """Word's automatic numbering (一、 / （一） / 1. / （1）) from numbering.xml, the numbers never
    typed. num 21 is the body's list; num 22 restarts it for the attachment (startOverride 1);
    num 23 begins its level 2 at 3 (the clerk's 设置编号值). The document's fonts are already
    the standard's; the page is not (Word's default margins)."""
    d = new_document(margins_mm=(25.4, 25.4, 31.8, 31.8), grid=("lines", 579))
    style_normal(d, "仿宋_GB2312", "Times New Roman", 16)
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abstract = parse_xml(ABSTRACT_NUM)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {W} w:numId="21"><w:abstractNumId w:val="10"/></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {W} w:numId="22"><w:abstractNumId w:val="10"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    numbering.append(parse_xml(
        f'<w:num {W} w:numId="23"><w:abstractNumId w:val="10"/>'
        f'<w:lvlOverride w:ilvl="2"><w:startOverride w:val="3"/></w:lvlOverride></w:num>'))

    def numbered(text, num, ilvl, east_asia=None):
        p = d.add_paragraph()
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'))
        add_run(p, text, east_asia=east_asia)
        return p

    def body(text):
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        add_run(p, text)
        return p

    C = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "关于做好2024年防汛备汛工作的通知", align=C, east_asia="方正小标宋简体", size=22)  # ¶1
    para(d, "")                                                                          # ¶2
    para(d, "各村（社区）、镇直各单位：")                                                  # ¶3
    body("入汛在即，为切实做好今年防汛备汛工作，确保安全度汛，现将有关事项通知如下。")       # ¶4
    numbered("强化组织领导", 21, 0, "黑体")                                               # ¶5 一、
    body("各村（社区）要成立防汛工作领导小组，主要负责同志任组长，明确分管领导和联络员。")     # ¶6
    numbered("全面排查隐患", 21, 0, "黑体")                                               # ¶7 二、
    numbered("水库山塘", 21, 1, "楷体_GB2312")                                            # ¶8 （一）
    numbered("逐库落实行政、技术、巡查“三个责任人”。", 21, 2)                               # ¶9 1.
    numbered("汛限水位以上的水库一律按规定泄洪。", 21, 2)                                   # ¶10 2.
    numbered("地质灾害点", 21, 1, "楷体_GB2312")                                          # ¶11 （二）
    numbered("对全镇18处地质灾害隐患点逐点落实监测人。", 21, 2)                             # ¶12 1.
    numbered("每日巡查不少于两次，重点时段加密巡查：", 21, 2)                                # ¶13 2.
    numbered("降雨量达到50毫米时每两小时巡查一次；", 21, 3)                                  # ¶14 （1）
    numbered("发现险情立即组织群众转移。", 21, 3)                                           # ¶15 （2）
    numbered("做好应急准备", 21, 0, "黑体")                                               # ¶16 三、
    numbered("物资储备", 21, 1, "楷体_GB2312")                                            # ¶17 （一）
    body("镇防汛物资仓库储备编织袋5000条、救生衣200件、冲锋舟2艘。")                        # ¶18
    numbered("队伍建设", 21, 1, "楷体_GB2312")                                            # ¶19 （二）
    numbered("镇应急分队30人集中备勤。", 23, 2)                                            # ¶20 3. (num 23: starts at 3)
    numbered("各村组建不少于15人的抢险队伍。", 23, 2)                                       # ¶21 4.
    para(d, "")                                                                          # ¶22
    para(d, "附件：防汛重点部位责任人名单", east_asia=None)                                 # ¶23 附件说明 (no indent)
    para(d, "")                                                                          # ¶24
    para(d, "大河镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT)                               # ¶25
    para(d, "2024年5月6日", align=WD_ALIGN_PARAGRAPH.RIGHT)                                # ¶26
    page_break(d)                                                                        # ¶27 (holds the break)
    para(d, "附件", east_asia="黑体")                                                      # ¶28
    para(d, "")                                                                          # ¶29
    para(d, "防汛重点部位责任人名单", align=C, east_asia="方正小标宋简体", size=22)          # ¶30
    numbered("水库", 22, 0, "黑体")                                                       # ¶31 一、 (restarted)
    body("石门水库：行政责任人王建国，技术责任人李春梅。")                                  # ¶32
    numbered("地质灾害点", 22, 0, "黑体")                                                  # ¶33 二、
    body("龙潭村滑坡点：监测人赵卫东。")                                                    # ¶34
    sp = d.sections[0]
    fp = sp.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field_runs(fp, "- ", " -", east_asia="宋体", latin="宋体", size=14)
    save(d, "auto-numbering.docx")


# ---------------------------------------------------------------- pasted-mixed.docx

FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes {W}>
  <w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
  <w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 数据来源：县统计局2023年农村经济统计年报。</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""

TEXT_BOX = """<w:r {ns}><w:rPr><w:noProof/></w:rPr>
<mc:AlternateContent>
 <mc:Choice Requires="wps">
  <w:drawing>
   <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
    <wp:simplePos x="0" y="0"/>
    <wp:positionH relativeFrom="column"><wp:posOffset>3429000</wp:posOffset></wp:positionH>
    <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
    <wp:extent cx="1714500" cy="571500"/>
    <wp:effectExtent l="0" t="0" r="0" b="0"/>
    <wp:wrapSquare wrapText="bothSides"/>
    <wp:docPr id="1" name="文本框 1"/>
    <wp:cNvGraphicFramePr/>
    <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
     <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
      <wps:wsp>
       <wps:cNvSpPr txBox="1"/>
       <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1714500" cy="571500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>
       <wps:txbx><w:txbxContent><w:p><w:r><w:t>联系人：王芳，电话：0736-5321118</w:t></w:r></w:p></w:txbxContent></wps:txbx>
       <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>
      </wps:wsp>
     </a:graphicData>
    </a:graphic>
   </wp:anchor>
  </w:drawing>
 </mc:Choice>
 <mc:Fallback>
  <w:pict>
   <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
   <v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:270pt;margin-top:0;width:135pt;height:45pt;z-index:251659264" strokeweight=".5pt">
    <v:textbox><w:txbxContent><w:p><w:r><w:t>联系人：王芳，电话：0736-5321118</w:t></w:r></w:p></w:txbxContent></v:textbox>
    <w10:wrap type="square"/>
   </v:shape>
  </w:pict>
 </mc:Fallback>
</mc:AlternateContent></w:r>"""


def pasted_mixed():
    """Text pasted from a web page, a WeChat article and another draft: fonts, sizes and colours
    change run by run, runs split mid-word, proofing marks and bookmarks between them, a
    reviewer's tracked changes and a comment, a footnote, a text box and a hyperlink."""
    d = new_document(margins_mm=(25.4, 25.4, 31.8, 31.8), grid=("lines", 312))
    style_normal(d, "宋体", "Calibri", 10.5)
    C = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(); p.alignment = C                                              # ¶1 title
    add_run(p, "关于2023年度农村集体经济", east_asia="微软雅黑", latin="微软雅黑", size=16, bold=True, color="1F1F1F")
    add_run(p, "发展情况的报告", east_asia="黑体", size=16, bold=True)
    para(d, "")                                                                         # ¶2
    p = d.add_paragraph()                                                               # ¶3 主送
    add_run(p, "县农业农村局", east_asia="仿宋", size=14)
    add_run(p, "：", east_asia="仿宋", size=14)
    p = d.add_paragraph()                                                               # ¶4 body, mixed
    add_run(p, "　　2023年，我镇", east_asia="仿宋", size=14)
    add_run(p, "深入贯彻落实", east_asia="微软雅黑", latin="Arial", size=10.5, color="333333")
    add_run(p, "中央和省市县关于发展新型农村集体经济的决策部署，", east_asia="宋体", latin="Helvetica Neue", size=12, color="3E3E3E")
    add_run(p, "全镇12个村集体经济总收入达到386.5万元", east_asia="仿宋", size=14)
    p._p.append(parse_xml(f'<w:proofErr {nsdecls("w")} w:type="gramStart"/>'))
    add_run(p, "，同比增长", east_asia="仿宋", size=14)
    p._p.append(parse_xml(f'<w:proofErr {nsdecls("w")} w:type="gramEnd"/>'))
    r = add_run(p, "18.2%", latin="Times New Roman", size=14, bold=True, color="C00000")
    fr = add_run(p, "", latin="Times New Roman", size=14)                               # footnote 1
    fr._r.get_or_add_rPr().append(parse_xml(f'<w:vertAlign {nsdecls("w")} w:val="superscript"/>'))
    fr._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="1"/>'))
    add_run(p, "。现将有关情况报告如下:", east_asia="仿宋", size=14)                         # half-width colon
    p = d.add_paragraph()                                                               # ¶5 heading split mid-word
    add_run(p, "一、基本", east_asia="黑体", size=14)
    p._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="0" w:name="_Toc1"/>'))
    add_run(p, "情", east_asia="黑体", size=14)
    add_run(p, "况", east_asia="SimHei", latin="SimHei", size=14)
    p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="0"/>'))
    # ¶6 tracked changes: a deletion and an insertion by the reviewer
    p = d.add_paragraph()
    add_run(p, "　　全镇集体经济收入超过50万元的村有", east_asia="仿宋", size=14)
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="101" w:author="李明" w:date="2024-03-10T09:00:00Z">'
        f'<w:r><w:rPr><w:rFonts w:eastAsia="仿宋"/><w:sz w:val="28"/></w:rPr><w:delText>2个</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="102" w:author="李明" w:date="2024-03-10T09:00:00Z">'
        f'<w:r><w:rPr><w:rFonts w:eastAsia="仿宋"/><w:sz w:val="28"/></w:rPr><w:t>3个</w:t></w:r></w:ins>'))
    add_run(p, "，10万元至50万元的村有7个，", east_asia="仿宋", size=14)
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="103" w:author="李明" w:date="2024-03-10T09:01:00Z">'
        f'<w:r><w:rPr><w:rFonts w:eastAsia="仿宋"/><w:sz w:val="28"/></w:rPr><w:delText>空壳村已全部清零，</w:delText></w:r></w:del>'))
    add_run(p, "10万元以下的村有2个。", east_asia="仿宋", size=14)
    # ¶7 the commented paragraph, with a half-width parenthesis pasted in
    p = d.add_paragraph()
    run = add_run(p, "　　主要做法(一是盘活资源,二是发展产业)已在全县推广。", east_asia="仿宋", size=14)
    comment = d.add_comment(run, text="括号和逗号请改为全角", author="李明", initials="LM")
    comment._comment_elm.set(qn("w:date"), "2024-03-10T09:05:00Z")   # not today: reruns give the same bytes
    # ¶8 heading, ¶9 body with a text box anchored in it
    para(d, "二、存在问题", east_asia="黑体", size=14)
    p = d.add_paragraph()
    add_run(p, "　　部分村集体经济来源单一，过度依赖资源租赁收入；经营管理人才缺乏。", east_asia="仿宋", size=14)
    p._p.append(parse_xml(TEXT_BOX.format(ns=" ".join([
        nsdecls("w"), 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
        'xmlns:v="urn:schemas-microsoft-com:vml"', 'xmlns:o="urn:schemas-microsoft-com:office:office"',
        'xmlns:w10="urn:schemas-microsoft-com:office:word"']))))
    # ¶10 heading, ¶11 body with a hyperlink
    para(d, "三、下一步工作打算", east_asia="黑体", size=14)
    p = d.add_paragraph()
    add_run(p, "　　认真学习借鉴先进地区经验（详见", east_asia="仿宋", size=14)
    rid = d.part.relate_to("http://nync.example.gov.cn/art/2023/12/1/art_123.html", RT.HYPERLINK, is_external=True)
    p._p.append(parse_xml(
        f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}" w:history="1"><w:r><w:rPr>'
        f'<w:color w:val="0563C1"/><w:u w:val="single"/><w:sz w:val="28"/></w:rPr>'
        f'<w:t>县农业农村局网站</w:t></w:r></w:hyperlink>'))
    add_run(p, "），推动村集体经济提质增效。", east_asia="仿宋", size=14)
    para(d, "")                                                                          # ¶12
    para(d, "大河镇人民政府", align=WD_ALIGN_PARAGRAPH.RIGHT, east_asia="仿宋", size=14)    # ¶13
    para(d, "2024年03月15日", align=WD_ALIGN_PARAGRAPH.RIGHT, east_asia="仿宋", size=14)   # ¶14
    add_part(d, "/word/footnotes.xml",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
             RT.FOOTNOTES, FOOTNOTES)
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field_runs(fp, "第", "页")
    save(d, "pasted-mixed.docx")


# ---------------------------------------------------------------- notice-with-masthead.docx

def notice_with_masthead():
    """A notice as an office's template gives it: 版头 (red mark, 发文字号, red rule), title, 主送,
    body, 附件说明, signature, 附注, an attachment page, the 版记 at the end. The page is the
    standard's (A4, 37/35/28/26 mm, 28.95 pt grid, `— N —` outside), as a clerk's template has it."""
    d = new_document(margins_mm=(37, 35, 28, 26), grid=("linesAndChars", 579, -842))
    style_normal(d, "仿宋_GB2312", "Times New Roman", 16)
    s = d.sections[0]
    C, R = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT
    XBS = "方正小标宋简体"

    def body(text, east_asia=None):
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        add_run(p, text, east_asia=east_asia)
        return p

    para(d, "青山县人民政府文件", align=C, east_asia=XBS, latin=XBS, size=36, color="FF0000")   # ¶1 mark
    para(d, "")                                                                                # ¶2
    para(d, "")                                                                                # ¶3
    p = para(d, "青政发〔2024〕5号", align=C)                                                    # ¶4 发文字号
    p.paragraph_format.space_after = Pt(11)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="12" w:space="4" w:color="FF0000"/></w:pBdr>'))
    para(d, "")                                                                                # ¶5
    para(d, "")                                                                                # ¶6
    para(d, "青山县人民政府关于印发青山县2024年", align=C, east_asia=XBS, size=22)               # ¶7 title 1
    para(d, "优化营商环境工作要点的通知", align=C, east_asia=XBS, size=22)                       # ¶8 title 2
    para(d, "")                                                                                # ¶9
    para(d, "各乡镇人民政府，县政府各部门、各直属机构：")                                          # ¶10 主送
    body("现将《青山县2024年优化营商环境工作要点》印发给你们，请认真抓好贯彻落实。")               # ¶11
    body("各乡镇、各部门要对照工作要点，细化工作措施，明确责任人和完成时限，于每季度末将工作"
         "进展情况报县优化营商环境工作领导小组办公室。")                                           # ¶12
    para(d, "")                                                                                # ¶13
    body("附件：青山县2024年优化营商环境工作要点")                                                 # ¶14 附件说明
    para(d, "")                                                                                # ¶15
    para(d, "")                                                                                # ¶16
    p = para(d, "青山县人民政府", align=R); p.paragraph_format.right_indent = Pt(64)              # ¶17
    p = para(d, "2024年2月26日", align=R); p.paragraph_format.right_indent = Pt(64)               # ¶18
    body("（此件公开发布）")                                                                     # ¶19 附注
    p = para(d, "附件", east_asia="黑体"); p.paragraph_format.page_break_before = True           # ¶20
    para(d, "")                                                                                # ¶21
    para(d, "青山县2024年优化营商环境工作要点", align=C, east_asia=XBS, size=22)                 # ¶22
    para(d, "")                                                                                # ¶23
    body("一、提升政务服务效能", east_asia="黑体")                                                # ¶24
    body("（一）深化“一网通办”。", east_asia="楷体_GB2312")                                        # ¶25
    body("依申请政务服务事项网上可办率保持在98%以上。")                                            # ¶26
    body("（二）推行“高效办成一件事”。", east_asia="楷体_GB2312")                                  # ¶27
    body("年内新增企业开办、工程建设项目审批等“一件事”集成服务10项。")                              # ¶28
    body("二、加强要素保障", east_asia="黑体")                                                    # ¶29
    body("加快标准厂房建设，全年新增工业用地500亩，确保重点项目用地应保尽保。")                      # ¶30
    body("三、强化法治保障", east_asia="黑体")                                                    # ¶31
    body("严格规范涉企行政检查，推行“综合查一次”，全年涉企检查次数下降30%。")                       # ¶32
    para(d, "")                                                                                # ¶33
    # 版记: 抄送 and 印发 lines between a thick, a thin and a thick rule (paragraph borders)
    def imprint(text, top=None, bottom=None, left=0, right=0, align=None):
        p = para(d, "", align=align)
        ppr = p._p.get_or_add_pPr()
        borders = ""
        if top:
            borders += f'<w:top w:val="single" w:sz="{top}" w:space="1" w:color="000000"/>'
        if bottom:
            borders += f'<w:bottom w:val="single" w:sz="{bottom}" w:space="1" w:color="000000"/>'
        if borders:
            ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}>{borders}</w:pBdr>'))
        p.paragraph_format.left_indent = Pt(left)
        p.paragraph_format.right_indent = Pt(right)
        for part in text:
            add_run(p, part, size=14)
        return p
    imprint(["抄送：县委办公室，县人大常委会办公室，县政协办公室。"], top=8, bottom=4, left=14, right=14)  # ¶34
    p = imprint(["青山县人民政府办公室", "\t", "2024年2月26日印发"], bottom=8, left=14, right=14)         # ¶35
    p.paragraph_format.tab_stops.add_tab_stop(Pt(442 - 28), alignment=2)
    # odd pages: `— N —` right, even pages: left, 4号宋体
    d.settings.odd_and_even_pages_header_footer = True
    s.footer_distance = Mm(24)
    fo = s.footer.paragraphs[0]; fo.alignment = R; fo.paragraph_format.right_indent = Pt(14)
    page_field_runs(fo, "— ", " —", east_asia="宋体", latin="宋体", size=14)
    fe = s.even_page_footer.paragraphs[0]; fe.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fe.paragraph_format.left_indent = Pt(14)
    page_field_runs(fe, "— ", " —", east_asia="宋体", latin="宋体", size=14)
    save(d, "notice-with-masthead.docx")


# ---------------------------------------------------------------- libreoffice.odt / .docx

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>大河镇2024年上半年工作总结</dc:title><meta:initial-creator>党政办</meta:initial-creator></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="仿宋" svg:font-family="仿宋"/>
  <style:font-face style:name="黑体" svg:font-family="黑体"/>
  <style:font-face style:name="楷体" svg:font-family="楷体"/>
  <style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体"/>
  <style:font-face style:name="宋体" svg:font-family="宋体"/>
  <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:line-height="100%"/>
   <style:text-properties style:font-name="Times New Roman" fo:font-size="16pt" style:font-name-asian="仿宋" style:font-size-asian="16pt"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-indent="32pt" fo:margin-top="0pt" fo:margin-bottom="0pt"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties style:font-name="方正小标宋简体" fo:font-size="22pt" style:font-name-asian="方正小标宋简体" style:font-size-asian="22pt"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/>
  </style:style>
  <text:list-style style:name="GovOutline">
   <text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0pt" fo:margin-left="0pt"/></style:list-level-properties>
   </text:list-level-style-number>
   <text:list-level-style-number text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0pt" fo:margin-left="0pt"/></style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm" style:print-orientation="portrait"/>
   <style:footer-style/>
  </style:page-layout>
  <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="GovOutline">
   <style:text-properties style:font-name-asian="黑体"/>
  </style:style>
  <style:style style:name="H2" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="GovOutline">
   <style:text-properties style:font-name-asian="楷体"/>
  </style:style>
  <style:style style:name="Sig" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end" fo:margin-right="32pt"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/>
  </style:style>
  <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
  <text:p text:style-name="Title">大河镇2024年上半年工作总结</text:p>
  <text:p text:style-name="Standard"/>
  <text:p text:style-name="Text_20_body">今年以来，在县委、县政府的坚强领导下，我镇紧紧围绕年度目标任务，统筹推进经济发展、乡村振兴和社会治理各项工作，经济社会保持平稳健康发展。</text:p>
  <text:list text:style-name="GovOutline">
   <text:list-item><text:p text:style-name="H1">主要经济指标</text:p>
    <text:list><text:list-item><text:p text:style-name="H2">农业生产</text:p></text:list-item></text:list>
   </text:list-item>
  </text:list>
  <text:p text:style-name="Text_20_body">上半年完成粮食播种面积2.6万亩，夏粮总产8900吨。主要经济指标完成情况见下表。</text:p>
  <table:table table:name="指标" table:style-name="Tbl">
   <table:table-column table:number-columns-repeated="4"/>
   <table:table-header-rows>
    <table:table-row>
     <table:table-cell table:number-rows-spanned="2"><text:p text:style-name="Table_20_Contents">指标</text:p></table:table-cell>
     <table:table-cell table:number-columns-spanned="2"><text:p text:style-name="Table_20_Contents">上半年</text:p></table:table-cell>
     <table:covered-table-cell/>
     <table:table-cell table:number-rows-spanned="2"><text:p text:style-name="Table_20_Contents">备注</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:covered-table-cell/>
     <table:table-cell><text:p text:style-name="Table_20_Contents">完成</text:p></table:table-cell>
     <table:table-cell><text:p text:style-name="Table_20_Contents">增长（%）</text:p></table:table-cell>
     <table:covered-table-cell/>
    </table:table-row>
   </table:table-header-rows>
   <table:table-row>
    <table:table-cell><text:p text:style-name="Table_20_Contents">农业总产值（万元）</text:p></table:table-cell>
    <table:table-cell><text:p text:style-name="Table_20_Contents">15600</text:p></table:table-cell>
    <table:table-cell><text:p text:style-name="Table_20_Contents">4.2</text:p></table:table-cell>
    <table:table-cell table:number-rows-spanned="2"><text:p text:style-name="Table_20_Contents">统计快报数</text:p></table:table-cell>
   </table:table-row>
   <table:table-row>
    <table:table-cell><text:p text:style-name="Table_20_Contents">固定资产投资（万元）</text:p></table:table-cell>
    <table:table-cell><text:p text:style-name="Table_20_Contents">23800</text:p></table:table-cell>
    <table:table-cell><text:p text:style-name="Table_20_Contents">6.5</text:p></table:table-cell>
    <table:covered-table-cell/>
   </table:table-row>
  </table:table>
  <text:list text:style-name="GovOutline" text:continue-numbering="true">
   <text:list-item><text:list><text:list-item><text:p text:style-name="H2">项目建设</text:p></text:list-item></text:list></text:list-item>
  </text:list>
  <text:p text:style-name="Text_20_body">实施重点项目8个，已开工6个，完成投资1.2亿元。</text:p>
  <text:list text:style-name="GovOutline" text:continue-numbering="true">
   <text:list-item><text:p text:style-name="H1">下半年工作安排</text:p></text:list-item>
  </text:list>
  <text:p text:style-name="Text_20_body">紧盯全年目标，抓好项目建设、安全生产和防汛救灾，确保完成全年各项任务。</text:p>
  <text:p text:style-name="Standard"/>
  <text:p text:style-name="Sig">大河镇人民政府</text:p>
  <text:p text:style-name="Sig">2024.7.5</text:p>
 </office:text></office:body>
</office:document>
"""


def libreoffice():
    """Made by LibreOffice from a flat ODT: a list-numbered outline (一、 / （一） from a list
    style) and a table with a header row, spans across and down. .odt and .docx from one file."""
    work = tempfile.mkdtemp(prefix="govdoc-drafts-")
    try:
        src = os.path.join(work, "libreoffice.fodt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(FODT)
        for fmt, filt in (("odt", "odt"), ("docx", "docx:MS Word 2007 XML")):
            subprocess.run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless",
                            "--convert-to", filt, "--outdir", work, src],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            out = os.path.join(OUT, f"libreoffice.{fmt}")
            shutil.copy(os.path.join(work, f"libreoffice.{fmt}"), out)
            normalise_zip(out)
            print("wrote", os.path.relpath(out, ROOT))
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------- pandoc.docx

PANDOC_MD = """---
title: 大河镇关于进一步加强农村饮水安全管理的意见
lang: zh-CN
---

各村（社区）、镇直各单位：

为巩固提升农村饮水安全保障水平，结合我镇实际，现提出如下意见。

# 一、总体要求

以保障群众饮水安全为目标，健全工程管护机制，到2024年底全镇农村自来水普及率达到98%。

# 二、主要措施

## （一）落实管护责任

镇水务站负责全镇供水工程的技术指导，各村明确1名管水员。

## （二）加强水质检测

每季度对集中供水工程开展一次水质检测，检测结果在村务公开栏公示。

| 供水工程 | 受益人口（人） | 检测频次 |
|---|---|---|
| 大河集中供水站 | 6200 | 每季度 |
| 柳树湾供水点 | 850 | 每半年 |

# 三、保障措施

各村（社区）要把饮水安全纳入年度目标考核，确保各项措施落到实处。

::: {custom-style="Signature"}
大河镇人民政府

2024年6月18日
:::
"""


def pandoc_docx():
    work = tempfile.mkdtemp(prefix="govdoc-pandoc-")
    try:
        src = os.path.join(work, "pandoc.md")
        with open(src, "w", encoding="utf-8") as f:
            f.write(PANDOC_MD)
        out = os.path.join(OUT, "pandoc.docx")
        env = dict(os.environ, SOURCE_DATE_EPOCH="1709280000")   # 2024-03-01: fixed package dates
        subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", "-o", out, src], check=True, timeout=120, env=env)
        normalise_zip(out)
        print("wrote", os.path.relpath(out, ROOT))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    for name, fn in (("word-default", word_default), ("heading-styles", heading_styles),
                     ("auto-numbering", auto_numbering), ("pasted-mixed", pasted_mixed),
                     ("notice-with-masthead", notice_with_masthead), ("libreoffice", libreoffice),
                     ("pandoc", pandoc_docx)):
        if not only or name in only:
            fn()


if __name__ == "__main__":
    main()
