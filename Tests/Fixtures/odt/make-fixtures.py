#!/usr/bin/env python3
"""Builds the .odt fixtures of the ODF reader tests the way real drafts are made: a .docx
(written here by hand, or by govdoc) converted by LibreOffice (`soffice --headless --convert-to
odt`), and one .odt written by pandoc. Run once from this folder with LibreOffice and a built govdoc; the results are committed,
so the tests need neither. Each .odt gets a .txt beside it: LibreOffice's own text export of
it, the printed text (numbers included) the reader must reproduce."""
import os, shutil, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

def lvl(i, fmt, text, start=1, suff="nothing"):
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>')

def docx(path, body, abstracts=(), nums=(), comments=None, footnotes=None, styles=None):
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>'
                 + "".join(f'<w:abstractNum w:abstractNumId="{i}"><w:multiLevelType w:val="multilevel"/>{"".join(levels)}</w:abstractNum>'
                           for i, levels in abstracts)
                 + "".join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>{extra}</w:num>' for n, a, extra in nums)
                 + '</w:numbering>')
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>')
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}{sect}</w:body></w:document>'
    types = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
             '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>']
    rels = [f'<Relationship Id="rId1" Type="{REL}numbering" Target="numbering.xml"/>']
    parts = {"word/numbering.xml": numbering}
    if styles:
        parts["word/styles.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>{styles}</w:styles>'
        types.append('<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>')
        rels.append(f'<Relationship Id="rId4" Type="{REL}styles" Target="styles.xml"/>')
    if comments:
        parts["word/comments.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}>{comments}</w:comments>'
        types.append('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        rels.append(f'<Relationship Id="rId2" Type="{REL}comments" Target="comments.xml"/>')
    if footnotes:
        sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        parts["word/footnotes.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>{sep}{footnotes}</w:footnotes>'
        types.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        rels.append(f'<Relationship Id="rId3" Type="{REL}footnotes" Target="footnotes.xml"/>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                   + "".join(types) + '</Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(rels) + '</Relationships>')
        for name, text in parts.items():
            z.writestr(name, text)

def p(text, num=None, ilvl=0, jc=None):
    ppr = ""
    if num is not None or jc:
        ppr = "<w:pPr>" + (f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>' if num is not None else "") + (f'<w:jc w:val="{jc}"/>' if jc else "") + "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

def numbering_fixture(path):
    official = [lvl(0, "chineseCounting", "%1、"), lvl(1, "chineseCounting", "（%2）"), lvl(2, "decimal", "%3."), lvl(3, "decimal", "（%4）")]
    body = "".join([
        p("关于做好春季森林防火工作的通知", jc="center"),
        p("各村（社区）：", None),
        p("提高思想认识", 1, 0), p("总体要求", 1, 1), p("具体目标", 1, 1), p("完成造林任务。", 1, 2), p("减少火灾发生。", 1, 2),
        p("重点区域", 1, 3), p("一般区域", 1, 3),
        p("落实防控责任", 1, 0), p("压实属地责任。", 1, 1),
        p("这是不编号的正文段落。"),
        p("加强火源管控", 1, 0),
        p("重新编号", 2, 0), p("重新编号之二", 2, 1),
        p("第十项", 3, 0), p("第十一项", 3, 0), p("第十二项", 3, 0),
        p("圈号甲", 4, 0), p("圈号乙", 4, 0),
        p("天干甲", 5, 0), p("天干乙", 5, 0),
        p("大写一", 6, 0), p("大写二", 6, 0),
        p("多级一", 7, 0), p("多级一点一", 7, 1), p("多级一点二", 7, 1), p("多级二", 7, 0), p("多级二点一", 7, 1),
        p("项目符号一", 8, 0), p("项目符号二", 8, 0),
    ])
    abstracts = [(1, official), (2, [lvl(0, "chineseCounting", "%1、", start=10)]),
                 (3, [lvl(0, "decimalEnclosedCircle", "%1")]), (4, [lvl(0, "ideographTraditional", "%1、")]),
                 (5, [lvl(0, "chineseLegalSimplified", "%1、")]),
                 (6, [lvl(0, "decimal", "%1.", suff="space"), lvl(1, "decimal", "%1.%2", suff="space")]),
                 (7, ['<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
                      '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'])]
    nums = [(1, 1, ""), (2, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
            (3, 2, ""), (4, 3, ""), (5, 4, ""), (6, 5, ""), (7, 6, ""), (8, 7, "")]
    docx(path, body, abstracts, nums)

def changes_fixture(path):
    body = ("<w:p><w:r><w:t>审核后保留的文字</w:t></w:r>"
            '<w:ins w:id="11" w:author="张三" w:date="2024-03-01T08:00:00Z"><w:r><w:t>和新增的文字</w:t></w:r></w:ins>'
            '<w:del w:id="12" w:author="张三" w:date="2024-03-01T08:00:00Z"><w:r><w:delText>和删除的文字</w:delText></w:r></w:del>'
            "<w:r><w:t>。</w:t></w:r></w:p>"
            '<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>有批注的段落</w:t></w:r><w:commentRangeEnd w:id="0"/>'
            '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
            '<w:p><w:r><w:t>有脚注的段落</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r></w:p>'
            '<w:p><w:del w:id="13" w:author="李四" w:date="2024-03-02T08:00:00Z"><w:r><w:delText>整段删除</w:delText></w:r></w:del></w:p>'
            "<w:p><w:r><w:t>末段。</w:t></w:r></w:p>")
    comments = ('<w:comment w:id="0" w:author="李四" w:date="2024-03-01T09:00:00Z" w:initials="LS">'
                "<w:p><w:r><w:t>批注内容不应读入</w:t></w:r></w:p></w:comment>")
    footnotes = '<w:footnote w:id="1"><w:p><w:r><w:t>脚注内容</w:t></w:r></w:p></w:footnote>'
    docx(path, body, comments=comments, footnotes=footnotes)

def headings_fixture(path):
    """Word's Heading styles carrying the automatic numbering (一、 / （一）), a draft's usual form."""
    styles = ('<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
              '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>')
    def h(text, style):
        return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'
    body = (h("总体情况", "Heading1") + p("今年以来工作平稳。") + h("产业发展", "Heading2") + h("基础设施", "Heading2")
            + h("主要措施", "Heading1") + p("采取以下措施。") + h("强化组织", "Heading2") + h("存在问题", "Heading1"))
    docx(path, body, [(1, [lvl(0, "chineseCounting", "%1、"), lvl(1, "chineseCounting", "（%2）")])], [(1, 1, "")], styles=styles)

def convert(docx_path, out_dir):
    work = tempfile.mkdtemp()
    profile = "file://" + os.path.join(work, "profile")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "odt", "--outdir", out_dir, docx_path],
                   check=True, capture_output=True)
    odt = os.path.join(out_dir, os.path.splitext(os.path.basename(docx_path))[0] + ".odt")
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out_dir, odt],
                   check=True, capture_output=True)
    shutil.rmtree(work, ignore_errors=True)

def main():
    """`make-fixtures.py [NAME…]` builds the named fixtures (all without names)."""
    wanted = set(sys.argv[1:])
    work = tempfile.mkdtemp()
    for name, build in [("lo-numbering", numbering_fixture), ("lo-changes", changes_fixture), ("lo-headings", headings_fixture)]:
        if not wanted or name in wanted:
            build(os.path.join(work, name + ".docx"))
    govdoc = os.path.join(ROOT, ".build", "debug", "govdoc")
    for name, source in [("lo-report", "Examples/shimen-2023/report.md"), ("lo-spans", "Tests/Fixtures/valid/spans.md"),
                         ("lo-notice", "Examples/notice/notice.md"), ("lo-letter", "Examples/letter/letter.md")]:
        if wanted and name not in wanted:
            continue
        subprocess.run([govdoc, "export", "--docx", "-o", os.path.join(work, name + ".docx"), os.path.join(ROOT, source)],
                       check=True, capture_output=True)
    for name in sorted(os.listdir(work)):
        if name.endswith(".docx"):
            convert(os.path.join(work, name), HERE)
    # a third-party producer: pandoc's own ODT writer (lists, a table, a footnote)
    if not wanted or "pandoc-draft" in wanted:
        source = os.path.join(work, "pandoc-draft.md")
        with open(source, "w", encoding="utf-8") as f:
            f.write("# 总体情况\n\n今年以来，全镇工作*平稳*推进。\n\n1. 第一项\n2. 第二项\n    a. 子项\n3. 第三项\n\n"
                    "- 要点甲\n- 要点乙\n\n| 项目 | 完成 |\n|------|------|\n| 道路 | 80   |\n\n脚注在此[^1]。\n\n[^1]: 注释内容。\n")
        subprocess.run(["pandoc", source, "-o", os.path.join(HERE, "pandoc-draft.odt")], check=True)
    shutil.rmtree(work, ignore_errors=True)

if __name__ == "__main__":
    main()
