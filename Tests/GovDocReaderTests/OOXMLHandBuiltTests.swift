import Foundation
import GovDoc
import GovDocDraft
import GovDocMessages
import GovDocOOXMLReader
import Testing

/// Word-made constructs, written by hand in the test: numbering, tracked changes, comments,
/// merges, fields, text boxes, styles, sections.
@Suite struct OOXMLHandBuiltTests {
    /// The numbering a Chinese Word template carries: 一、 / （一） / 1. / （1）.
    static let officialNumbering = """
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:suff w:val="tab"/></w:lvl>
      <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="3"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%2."/><w:lvlRestart w:val="0"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="2">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="3">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="第%1条"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
    <w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
    """

    @Test func chineseNumberingLevelsAndRestarts() throws {
        let body = [
            numbered("主要工作", numId: 1, ilvl: 0),
            numbered("产业发展", numId: 1, ilvl: 1),
            numbered("特色种植", numId: 1, ilvl: 2),
            numbered("茶叶", numId: 1, ilvl: 3),
            numbered("蔬菜", numId: 1, ilvl: 3),
            numbered("养殖", numId: 1, ilvl: 2),
            numbered("基础设施", numId: 1, ilvl: 1),
            numbered("道路", numId: 1, ilvl: 2),
            numbered("存在问题", numId: 1, ilvl: 0),
            numbered("资金", numId: 1, ilvl: 1),
        ].joined()
        let draft = try readDocx(DocxBuilder(body: body, numbering: Self.officialNumbering))
        #expect(texts(draft) == ["一、主要工作", "（一）产业发展", "1.特色种植", "（1）茶叶", "（2）蔬菜", "2.养殖",
                                 "（二）基础设施", "1.道路", "二、存在问题", "（一）资金"])
        #expect(draft.paragraphs.map(\.automaticNumber) == ["一、", "（一）", "1.", "（1）", "（2）", "2.", "（二）", "1.", "二、", "（一）"])
        #expect(!texts(draft).contains { $0.contains("\t") })   // the suffix is layout
    }

    @Test func countingPastTenAndOtherFormats() throws {
        var body = ""
        for i in 1...21 { body += numbered("项\(i)", numId: 1, ilvl: 0) }
        body += numbered("圈", numId: 2, ilvl: 0) + numbered("甲项", numId: 2, ilvl: 1) + numbered("乙项", numId: 2, ilvl: 1)
        body += numbered("圈二", numId: 2, ilvl: 0) + numbered("不重新开始", numId: 2, ilvl: 1)
        body += numbered("要点", numId: 3, ilvl: 0)
        body += numbered("条", numId: 5, ilvl: 0) + numbered("款", numId: 5, ilvl: 1)
        let draft = try readDocx(DocxBuilder(body: body, numbering: Self.officialNumbering))
        let t = texts(draft)
        #expect(t[9] == "十、项10")
        #expect(t[10] == "十一、项11")
        #expect(t[19] == "二十、项20")
        #expect(t[20] == "二十一、项21")
        #expect(t[21] == "①圈")
        #expect(t[22] == "丙.甲项")        // w:start 3 → 丙
        #expect(t[23] == "丁.乙项")
        #expect(t[24] == "②圈二")
        #expect(t[25] == "戊.不重新开始")   // lvlRestart 0: never restarts
        #expect(t[26] == "要点")            // a bullet prints no number text
        #expect(draft.paragraphs[26].automaticNumber == nil)
        #expect(t[27] == "第1条条")
        #expect(t[28] == "1.1款")           // isLgl: the level-1 number in decimal
    }

    @Test func customNumberFormatOfWord2010() throws {
        let numbering = """
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
        <mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="01, 02, 03, ..."/></mc:Choice>\
        <mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1 "/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        """
        let draft = try readDocx(DocxBuilder(body: numbered("甲", numId: 1, ilvl: 0) + numbered("乙", numId: 1, ilvl: 0), numbering: numbering))
        #expect(texts(draft) == ["01 甲", "02 乙"])
    }

    @Test func startOverrideRestartsTheList() throws {
        let body = numbered("甲", numId: 1, ilvl: 0) + numbered("乙", numId: 1, ilvl: 0)
            + numbered("戊", numId: 4, ilvl: 0) + numbered("己", numId: 4, ilvl: 0) + numbered("庚", numId: 1, ilvl: 0)
        let draft = try readDocx(DocxBuilder(body: body, numbering: Self.officialNumbering))
        // numId 4 shares abstractNum 0 with numId 1: it restarts at 5, and the list goes on from there
        #expect(texts(draft) == ["一、甲", "二、乙", "五、戊", "六、己", "七、庚"])
    }

    @Test func numberFormats() {
        // through a package: one level per format
        let formats: [(String, [String])] = [
            ("chineseCountingThousand", ["一", "十", "十一", "一百零一", "一千零一十"]),
            ("chineseLegalSimplified", ["壹", "壹拾", "壹拾壹", "壹佰零壹", "壹仟零壹拾"]),
            ("decimalFullWidth", ["１", "１０", "１１", "１０１", "１０１０"]),
            ("decimalZero", ["01", "10", "11", "101", "1010"]),
            ("upperRoman", ["I", "X", "XI", "CI", "MX"]),
            ("lowerLetter", ["a", "j", "k", "wwww", "1010"]),
        ]
        for (format, expected) in formats {
            let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="\(format)"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
            var body = ""
            for i in 1...1010 { body += numbered("", numId: 1, ilvl: 0) + (i == 0 ? "" : "") }
            guard let draft = try? readDocx(DocxBuilder(body: body, numbering: numbering)) else {
                Issue.record("\(format): not read"); continue
            }
            let numbers = draft.paragraphs.map { $0.automaticNumber ?? "" }
            #expect([numbers[0], numbers[9], numbers[10], numbers[100], numbers[1009]] == expected, "\(format)")
        }
    }

    @Test func numberingThroughTheParagraphStyle() throws {
        let styles = """
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        """
        let body = p("总体要求", pPr: "<w:pStyle w:val=\"1\"/>") + p("指导思想", pPr: "<w:pStyle w:val=\"2\"/>")
            + p("主要任务", pPr: "<w:pStyle w:val=\"1\"/>") + p("正文。")
        let draft = try readDocx(DocxBuilder(body: body, styles: styles, numbering: Self.officialNumbering))
        #expect(texts(draft) == ["一、总体要求", "（一）指导思想", "二、主要任务", "正文。"])
        #expect(draft.paragraphs.map(\.outlineLevel) == [1, 2, 1, nil])
        #expect(draft.paragraphs.map(\.styleName) == ["Heading 1", "Heading 2", "Heading 1", "Normal"])
    }

    @Test func trackedChangesAcceptedCommentsDropped() throws {
        let body = """
        <w:p><w:commentRangeStart w:id="0"/><w:r><w:t>全年</w:t></w:r>\
        <w:ins w:id="1" w:author="a"><w:r><w:t>新增</w:t></w:r></w:ins>\
        <w:del w:id="2" w:author="a"><w:r><w:delText>减少</w:delText></w:r></w:del>\
        <w:r><w:t>茶园</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>\
        <w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>\
        <w:moveTo w:id="4" w:author="a"><w:r><w:t>500亩</w:t></w:r></w:moveTo>\
        <w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="a"><w:rPr/></w:rPrChange></w:rPr><w:t>。</w:t></w:r></w:p>
        """
        let draft = try readDocx(DocxBuilder(body: body))
        #expect(texts(draft) == ["全年新增茶园500亩。"])
        #expect(draft.warnings.isEmpty)
        #expect(draft.paragraphs[0].runs.last?.bold == true)
    }

    @Test func runContentTabsBreaksSymbolsHyperlinksContentControls() throws {
        let body = """
        <w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:t>丁</w:t>\
        <w:noBreakHyphen/><w:sym w:font="Wingdings" w:char="F0FC"/><w:softHyphen/></w:r>\
        <w:hyperlink r:id="rIdX"><w:r><w:t>链接</w:t></w:r></w:hyperlink>\
        <w:sdt><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>\
        <w:smartTag><w:r><w:t>标记</w:t></w:r></w:smartTag>\
        <w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>
        <w:p/>
        <w:p><w:r><w:t>分页前</w:t></w:r><w:r><w:br w:type="page"/></w:r></w:p>
        <w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>新页</w:t></w:r></w:p>
        <w:sdt><w:sdtContent><w:p><w:r><w:t>块级控件</w:t></w:r></w:p></w:sdtContent></w:sdt>
        """
        let draft = try readDocx(DocxBuilder(body: body))
        #expect(texts(draft) == ["甲\t乙\n丙\n丁-\u{F0FC}链接控件标记3", "", "分页前", "新页", "块级控件"])
        #expect(draft.paragraphs.map(\.index) == [1, 2, 3, 4, 5])
        #expect(draft.warnings.isEmpty)   // a PAGE field in the body is kept as its text
        let kinds = draft.blocks.map { block -> String in
            switch block { case .paragraph: return "p"; case .table: return "t"; case .pageBreak: return "|" }
        }
        #expect(kinds == ["p", "p", "p", "|", "p", "p"])
        #expect(draft.paragraphs[3].pageBreakBefore)
    }

    @Test func fieldsOtherThanPageNumbersAreWarned() throws {
        let body = """
        <w:p><w:r><w:t>见</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref1 \\h </w:instrText></w:r>\
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>第三条</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>规定</w:t></w:r></w:p>
        <w:p><w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; "><w:r><w:t>2024年3月1日</w:t></w:r></w:fldSimple></w:p>
        """
        let draft = try readDocx(DocxBuilder(body: body))
        #expect(texts(draft) == ["见第三条规定", "2024年3月1日"])
        #expect(draft.warnings.map(\.message.id) == ["reader.field", "reader.field"])
        #expect(draft.warnings.map { $0.message.arguments["field"] } == ["REF", "DATE"])
        #expect(draft.warnings[0].location.paragraph == 1)
        #expect(draft.warnings[0].location.excerpt == "见第三条规定")
        #expect(draft.warnings[1].location.paragraph == 2)
    }

    @Test func textBoxesImagesNotesAreWarnedNeverDropped() throws {
        let textBox = """
        <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="t"/>\
        <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>\
        <w:txbxContent><w:p><w:r><w:t>抄送：县应急管理局。</w:t></w:r></w:p><w:p><w:r><w:t>石门镇党政办公室印发</w:t></w:r></w:p></w:txbxContent>\
        </wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>\
        <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>抄送：县应急管理局。</w:t></w:r></w:p><w:p><w:r><w:t>石门镇党政办公室印发</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>
        """
        let image = "<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed=\"rId9\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
        let body = p("正文一") + "<w:p><w:r><w:t>锚点</w:t></w:r>\(textBox)</w:p>"
            + "<w:p><w:r><w:t>见图</w:t></w:r>\(image)</w:p>"
            + "<w:p><w:r><w:t>注释</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:endnoteReference w:id=\"2\"/></w:r></w:p>"
            + "<w:p><w:r><w:pict><v:shape><v:imagedata r:id=\"rId8\"/></v:shape></w:pict></w:r></w:p>"
        let draft = try readDocx(DocxBuilder(body: body))
        #expect(texts(draft) == ["正文一", "锚点", "见图", "注释", ""])
        let ids = draft.warnings.map(\.message.id)
        #expect(ids == ["reader.text-box", "reader.image", "reader.footnote", "reader.endnote", "reader.image"])
        let box = draft.warnings[0]
        #expect(box.location.paragraph == 2)
        #expect(box.location.excerpt == "锚点")
        #expect(box.message.arguments["content"] == "抄送：县应急管理局。\n石门镇党政办公室印发")
        #expect(box.message.text(in: .zh).contains("抄送：县应急管理局"))
        #expect(draft.warnings[2].location.paragraph == 4)
    }

    @Test func mergedCellsBecomeSpans() throws {
        func tc(_ text: String, _ pr: String = "") -> String { "<w:tc>\(pr.isEmpty ? "" : "<w:tcPr>\(pr)</w:tcPr>")\(p(text))</w:tc>" }
        let table = """
        <w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid>
        <w:tr><w:trPr><w:tblHeader/></w:trPr>\(tc("项目", "<w:vMerge w:val=\"restart\"/>"))\(tc("投资", "<w:gridSpan w:val=\"2\"/>"))\(tc("备注", "<w:vMerge w:val=\"restart\"/>"))</w:tr>
        <w:tr><w:trPr><w:tblHeader/></w:trPr>\(tc("", "<w:vMerge/>"))\(tc("计划"))\(tc("完成"))\(tc("", "<w:vMerge/>"))</w:tr>
        <w:tr>\(tc("道路", "<w:vMerge w:val=\"restart\"/>"))\(tc("120"))\(tc("80"))\(tc("第一行<w:br/>"))</w:tr>
        <w:tr>\(tc("", "<w:vMerge w:val=\"continue\"/>"))\(tc("10"))\(tc("5"))\(tc("x"))</w:tr>
        <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>\(tc("合计", "<w:gridSpan w:val=\"2\"/>"))\(tc("85"))</w:tr>
        </w:tbl>
        """
        let body = p("前") + table + p("后")
        let draft = try readDocx(DocxBuilder(body: body))
        #expect(texts(draft) == ["前", "后"])
        #expect(draft.paragraphs.map(\.index) == [1, 2])
        let t = try #require(tables(draft).first)
        #expect(t.rows.map { $0.cells.map(\.rowSpan) } == [[2, 1, 2], [1, 1], [2, 1, 1, 1], [1, 1, 1], [1, 1, 1]])
        #expect(t.rows.map { $0.cells.map(\.colSpan) } == [[1, 2, 1], [1, 1], [1, 1, 1, 1], [1, 1, 1], [1, 2, 1]])
        #expect(t.rows.map { $0.cells.map(\.text) } == [["项目", "投资", "备注"], ["计划", "完成"], ["道路", "120", "80", "第一行"],
                                                      ["10", "5", "x"], ["", "合计", "85"]])
        #expect(t.headerRowCount == 2)
        #expect(t.rows[0].cells.allSatisfy { $0.isHeader })
        if case .table(let dt) = draft.blocks[1] { #expect(dt.followingParagraphIndex == 2) } else { Issue.record("no table block") }
        #expect((try? TableGrid(t)) != nil)
    }

    /// A table is read row by row: one of 4000 rows × 8 cells (some 400000 XML nodes, more than
    /// one block may hold in memory) reads whole.
    @Test func aLongTableIsStreamed() throws {
        let cell = "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"T\"/></w:pPr><w:r><w:t>格</w:t></w:r></w:p></w:tc>"
        let row = "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + String(repeating: cell, count: 8) + "</w:tr>"
        let body = p("前") + "<w:tbl><w:tblPr/><w:tblGrid>" + String(repeating: "<w:gridCol w:w=\"1000\"/>", count: 8) + "</w:tblGrid>"
            + String(repeating: row, count: 4000) + "</w:tbl>" + p("后")
        let draft = try readDocx(DocxBuilder(body: body))
        let t = try #require(tables(draft).first)
        #expect(t.rows.count == 4000)
        #expect(t.rows.allSatisfy { $0.cells.count == 8 })
        #expect(texts(draft) == ["前", "后"])
    }

    @Test func nestedTablesAreFlattenedWithAWarning() throws {
        let inner = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>\(p("内一"))</w:tc></w:tr><w:tr><w:tc>\(p("内二"))</w:tc></w:tr></w:tbl>"
        let body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc>\(p("外"))\(inner)<w:p/></w:tc><w:tc>\(p("右"))</w:tc></w:tr></w:tbl>"
        let draft = try readDocx(DocxBuilder(body: body))
        let t = try #require(tables(draft).first)
        #expect(t.rows[0].cells.map(\.lines) == [["外", "内一", "内二"], ["右"]])
        #expect(draft.warnings.map(\.message.id) == ["reader.nested-table"])
    }

    @Test func stylesResolveThroughTheChain() throws {
        let styles = """
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia"/><w:sz w:val="21"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Body"><w:name w:val="正文缩进"/><w:basedOn w:val="a"/>\
        <w:pPr><w:ind w:firstLineChars="200"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr>\
        <w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:b/><w:color w:val="ff0000"/><w:sz w:val="44"/></w:rPr></w:style>
        <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
        """
        let theme = "<a:majorFont><a:latin typeface=\"Calibri Light\"/><a:ea typeface=\"\"/><a:font script=\"Hans\" typeface=\"等线 Light\"/></a:majorFont><a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:font script=\"Hans\" typeface=\"等线\"/></a:minorFont>"
        let body = p("关于做好工作的通知", pPr: "<w:pStyle w:val=\"Title\"/>")
            + "<w:p><w:pPr><w:pStyle w:val=\"Body\"/><w:ind w:left=\"420\" w:right=\"210\"/></w:pPr><w:r><w:t>正文</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"Strong\"/><w:color w:val=\"auto\"/></w:rPr><w:t>加粗</w:t></w:r></w:p>"
            + p("默认")
            + p("悬挂", pPr: "<w:ind w:left=\"640\" w:hanging=\"640\"/><w:spacing w:line=\"360\" w:lineRule=\"atLeast\"/><w:jc w:val=\"right\"/>")
        let draft = try readDocx(DocxBuilder(body: body, styles: styles, theme: theme))
        let (title, bodyP, plain, hanging) = (draft.paragraphs[0], draft.paragraphs[1], draft.paragraphs[2], draft.paragraphs[3])
        #expect(title.styleName == "Title")
        #expect(title.alignment == .center)
        #expect(title.runs == [DraftRun(text: "关于做好工作的通知", eastAsianFont: "方正小标宋简体", latinFont: "Calibri", size: 22, bold: true, color: "FF0000")])
        #expect(bodyP.styleName == "正文缩进")
        #expect(bodyP.alignment == .justify)
        #expect(bodyP.firstLineIndent == 32)      // 2 characters of 16 pt
        #expect(bodyP.leftIndent == 21 && bodyP.rightIndent == 10.5)
        #expect(bodyP.lineSpacing == .exact(28))
        #expect(bodyP.runs.map(\.text) == ["正文", "加粗"])
        #expect(bodyP.runs.map(\.bold) == [false, true])
        #expect(bodyP.runs.allSatisfy { $0.eastAsianFont == "仿宋_GB2312" && $0.latinFont == "Times New Roman" && $0.size == 16 && $0.color == nil })
        #expect(plain.styleName == "Normal")
        #expect(plain.runs.first?.eastAsianFont == "等线")
        #expect(plain.runs.first?.size == 10.5)
        #expect(plain.lineSpacing == .multiple(1))
        #expect(hanging.firstLineIndent == -32 && hanging.leftIndent == 32)
        #expect(hanging.lineSpacing == .atLeast(18))
        #expect(hanging.alignment == .right)
    }

    @Test func sectionPageGridAndFooters() throws {
        let ftr = { (align: String, before: String) in
            "<w:p><w:pPr><w:jc w:val=\"\(align)\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(before)</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p>"
        }
        let simple = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>第</w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t>页</w:t></w:r></w:p>"
        let sectPr = """
        <w:sectPr><w:headerReference w:type="first" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/><w:footerReference w:type="even" r:id="rIdF2"/><w:footerReference w:type="first" r:id="rIdF3"/>\
        <w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/>\
        <w:titlePg/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>
        """
        let styles = "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:rPr><w:sz w:val=\"32\"/></w:rPr></w:style>"
        let builder = DocxBuilder(body: p("正文") + sectPr, styles: styles, settings: "<w:evenAndOddHeaders/>",
                                  footers: ["rIdF1": ftr("right", "— "), "rIdF2": ftr("left", "— "), "rIdF3": simple + p("石门镇人民政府")],
                                  headers: ["rIdH1": p("石门镇人民政府文件") + p("石政发〔2024〕3号")],
                                  core: "<dc:title>标题属性</dc:title><dc:creator>张三</dc:creator>")
        let draft = try readDocx(builder)
        let page = try #require(draft.page)
        #expect(abs(page.width - 595.3) < 0.01 && abs(page.height - 841.9) < 0.01)
        #expect(abs(page.marginTop - 104.9) < 0.01 && abs(page.marginLeft - 79.35) < 0.01)
        #expect(page.gridLinePitch == 28.95)
        #expect(page.gridLinesPerPage == 22)
        // 16 pt − 849/4096 pt = 15.79 pt per character: 442.25 / 15.79 → 28
        #expect(page.gridCharactersPerLine == 28)
        #expect(draft.pageNumberFooters == [
            DraftFooter(pages: .odd, pattern: "— {PAGE} —", alignment: .right, runs: draft.pageNumberFooters[0].runs),
            DraftFooter(pages: .even, pattern: "— {PAGE} —", alignment: .left, runs: draft.pageNumberFooters[1].runs),
            DraftFooter(pages: .first, pattern: "第{PAGE}页", alignment: .center, runs: draft.pageNumberFooters[2].runs),
        ])
        #expect(draft.pageNumberFooters[0].runs.map(\.text).joined() == "— {PAGE} —")
        #expect(draft.propertiesTitle == "标题属性")
        #expect(draft.propertiesCreator == "张三")
        // header and footer text other than the page number is reported, not dropped
        #expect(draft.warnings.map(\.message.id) == ["reader.header-text", "reader.footer-text"])
        #expect(draft.warnings[0].message.arguments["content"] == "石门镇人民政府文件\n石政发〔2024〕3号")
        #expect(draft.warnings[1].message.arguments["content"] == "石门镇人民政府")
        #expect(draft.warnings[0].location == DraftLocation(file: "draft.docx"))
    }

    @Test func mainPartFoundThroughTheRelationships() throws {
        var builder = DocxBuilder(body: p("别处的正文"))
        builder.mainPath = "content/main.xml"
        #expect(texts(try readDocx(builder)) == ["别处的正文"])
    }
}
