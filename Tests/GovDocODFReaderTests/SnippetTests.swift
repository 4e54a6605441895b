import GovDoc
import GovDocDraft
import GovDocMessages
import Testing
@testable import GovDocODFReader

/// Hand-written content.xml/styles.xml snippets read by the document parser: lists and
/// numbering, styles, tables with covered cells, tracked changes, comments, frames.
struct SnippetTests {
    /// The snippets zipped into a package with ZipArchiveWriter and read by ``ODFReader``.
    static func read(_ body: String, automatic: String = "", named: String = "", stylesAutomatic: String = "",
                     master: String = "", fonts: String = "") throws -> Draft {
        let package = try Snippet.package(content: Snippet.content(styles: automatic, body: body),
                                          styles: Snippet.styles(named: named, automatic: stylesAutomatic, master: master, fonts: fonts))
        return try ODFReader().read(package, file: "draft.odt")
    }

    static let chineseList = """
    <text:list-style style:name="L1">\
    <text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>\
    <text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>\
    <text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1"/>\
    <text:list-level-style-number text:level="4" style:num-prefix="（" style:num-suffix="）" style:num-format="1"/>\
    </text:list-style>
    """

    @Test func nestedListsAreLevels() throws {
        let draft = try Self.read("""
        <text:list text:style-name="L1">\
        <text:list-item><text:p>主要工作</text:p>\
          <text:list><text:list-item><text:p>产业发展</text:p>\
            <text:list><text:list-item><text:p>特色种植。</text:p></text:list-item>\
                       <text:list-item><text:p>乡村旅游。</text:p>\
                          <text:list><text:list-item><text:p>民宿</text:p></text:list-item></text:list></text:list-item></text:list>\
          </text:list-item>\
          <text:list-item><text:p>基础设施</text:p></text:list-item></text:list>\
        </text:list-item>\
        <text:list-header><text:p>说明段落</text:p></text:list-header>\
        <text:list-item><text:p>存在问题</text:p><text:p>续段</text:p></text:list-item>\
        </text:list>
        """, automatic: Self.chineseList)
        #expect(draft.paragraphs.map(\.text) == ["一、主要工作", "（一）产业发展", "1.特色种植。", "2.乡村旅游。", "（1）民宿",
                                                  "（二）基础设施", "说明段落", "二、存在问题", "续段"])
        #expect(draft.paragraphs.map(\.automaticNumber) == ["一、", "（一）", "1.", "2.", "（1）", "（二）", nil, "二、", nil])
        #expect(draft.paragraphs.map(\.index) == Array(1...9))
    }

    @Test func startValuesContinuationAndDisplayLevels() throws {
        let styles = """
        <text:list-style style:name="L2">\
        <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1" text:start-value="3"/>\
        <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1" text:display-levels="2"/>\
        </text:list-style>\
        <text:list-style style:name="L3">\
        <text:list-level-style-number text:level="1" loext:num-list-format="第%1%条" style:num-format="一, 二, 三, ..."/>\
        </text:list-style>\
        <style:style style:name="P9" style:family="paragraph" style:list-style-name="L3"/>
        """
        let draft = try Self.read("""
        <text:list text:style-name="L2" xml:id="list1"><text:list-item><text:p>甲</text:p>\
          <text:list><text:list-item><text:p>乙</text:p></text:list-item><text:list-item><text:p>丙</text:p></text:list-item></text:list>\
        </text:list-item></text:list>\
        <text:p>中间</text:p>\
        <text:list text:style-name="L2" text:continue-list="list1"><text:list-item><text:p>丁</text:p></text:list-item></text:list>\
        <text:list text:style-name="L2"><text:list-item><text:p>重新</text:p></text:list-item></text:list>\
        <text:list text:style-name="L2" text:continue-numbering="true"><text:list-item><text:p>接续</text:p></text:list-item>\
          <text:list-item text:start-value="10"><text:p>指定</text:p></text:list-item><text:list-item><text:p>其后</text:p></text:list-item>\
          <text:list-item text:style-override="L3"><text:p>改式</text:p></text:list-item></text:list>\
        <text:list><text:list-item><text:p text:style-name="P9">条款</text:p></text:list-item><text:list-item><text:p text:style-name="P9">条款</text:p></text:list-item></text:list>
        """, automatic: styles)
        #expect(draft.paragraphs.map(\.text) == ["3.甲", "3.1.乙", "3.2.丙", "中间", "4.丁", "3.重新", "4.接续", "10.指定", "11.其后", "第十二条改式",
                                                  "第一条条款", "第二条条款"])
    }

    @Test func outlineNumberingOfHeadings() throws {
        let named = """
        <text:outline-style style:name="Outline">\
        <text:outline-level-style text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>\
        <text:outline-level-style text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>\
        <text:outline-level-style text:level="3" style:num-format=""/>\
        </text:outline-style>\
        <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"/>
        """
        let draft = try Self.read("""
        <text:h text:style-name="Heading_20_1" text:outline-level="1">总体情况</text:h>\
        <text:h text:outline-level="2">分项</text:h><text:h text:outline-level="2">分项</text:h>\
        <text:h text:outline-level="3">无号</text:h>\
        <text:h text:style-name="Heading_20_1">第二部分</text:h>\
        <text:h text:outline-level="2">再分</text:h>\
        <text:h text:outline-level="1" text:is-list-header="true">不编号</text:h>\
        <text:h text:outline-level="1" text:restart-numbering="true" text:start-value="9">九号</text:h>\
        <text:list text:style-name="Outline"><text:list-item><text:h text:outline-level="1">列表中的标题</text:h></text:list-item></text:list>
        """, named: named)
        #expect(draft.paragraphs.map(\.text) == ["一、总体情况", "（一）分项", "（二）分项", "无号", "二、第二部分", "（一）再分", "不编号", "九、九号",
                                                  "一、列表中的标题"])
        #expect(draft.paragraphs.map(\.outlineLevel) == [1, 2, 2, 3, 1, 2, 1, 1, 1])
        #expect(draft.paragraphs[0].styleName == "Heading 1")
    }

    @Test func textSpacingAndInlineMarkup() throws {
        let draft = try Self.read("""
        <text:p>  现将<text:span>我镇</text:span> 2024年   工作<text:s text:c="3"/>报告<text:tab/>如下<text:line-break/>第二行<text:soft-page-break/>。  </text:p>\
        <text:p><text:s text:c="2"/>缩进<text:a xlink:href="http://x">链接</text:a><text:bookmark text:name="b"/>\
        <text:reference-mark-start text:name="r"/>引用<text:reference-mark-end text:name="r"/>\
        <office:annotation><dc:creator>张三</dc:creator><text:p>批注不要</text:p></office:annotation>正文<office:annotation-end office:name="a"/></text:p>\
        <text:p/>
        """)
        // as LibreOffice 7.4 reads them: one space kept at the end
        #expect(draft.paragraphs.map(\.text) == ["现将我镇 2024年 工作   报告\t如下\n第二行。 ", "  缩进链接引用正文", ""])
        #expect(draft.warnings.isEmpty)
    }

    @Test func trackedChangesTakenAsAccepted() throws {
        let draft = try Self.read("""
        <text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>李四</dc:creator></office:change-info>\
        <text:p>被删的字</text:p></text:deletion></text:changed-region>\
        <text:changed-region text:id="c2"><text:insertion><office:change-info/></text:insertion></text:changed-region></text:tracked-changes>\
        <text:p>保留<text:change text:change-id="c1"/>文字<text:change-start text:change-id="c2"/>新增<text:change-end text:change-id="c2"/>。</text:p>
        """)
        #expect(draft.paragraphs.map(\.text) == ["保留文字新增。"])
        #expect(draft.warnings.isEmpty)
    }

    @Test func framesNotesAndFieldsAreWarnedAboutByParagraph() throws {
        let draft = try Self.read("""
        <text:p>第一段</text:p>\
        <text:p>有图片<draw:frame draw:name="图1" text:anchor-type="as-char"><draw:image xlink:href="Pictures/a.png"/></draw:frame>的段落</text:p>\
        <text:p>脚注在此<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>注释文字</text:p></text:note-body></text:note>后</text:p>\
        <text:p>日期<text:date text:date-value="2024-03-01">2024年3月1日</text:date>第<text:page-number>3</text:page-number>页</text:p>\
        <text:p>文本框<draw:frame text:anchor-type="paragraph"><draw:text-box><text:p>框内一</text:p><text:p>框内二</text:p></draw:text-box></draw:frame></text:p>\
        <text:p>其后</text:p>\
        <text:p><draw:custom-shape><text:p>形状文字</text:p></draw:custom-shape>形状</text:p>
        """)
        #expect(draft.paragraphs.map(\.text) == ["第一段", "有图片的段落", "脚注在此后", "日期2024年3月1日第3页", "文本框", "框内一", "框内二", "其后", "形状",
                                                  "形状文字"])
        let ids = draft.warnings.map { "\($0.location.paragraph ?? 0) \($0.message.id)" }
        #expect(ids == ["2 reader.odf.image", "3 reader.odf.note", "4 reader.odf.field", "5 reader.odf.text-box", "9 reader.odf.text-box"])
        #expect(draft.warnings[0].location.excerpt == "有图片的段落")
        #expect(draft.warnings[1].message.arguments["text"] == "注释文字")
        #expect(draft.warnings[2].message.arguments["text"] == "2024年3月1日")
        #expect(draft.warnings[3].message.arguments["count"] == "2")
        #expect(draft.warnings[4].message.arguments["count"] == "1")
        #expect(draft.warnings[0].description.contains("draft.odt:¶2「有图片的段落」"))
    }

    /// A shape's text (LibreOffice's custom shape made from a Word text box: a loext:table and
    /// paragraphs) is read as the blocks after its anchor, a group's members in order; a shape
    /// without text is reported as a drawing.
    @Test func shapesWithTextAreReadLikeTextBoxes() throws {
        let draft = try Self.read("""
        <text:p>前</text:p>\
        <text:p><draw:custom-shape text:anchor-type="char" draw:name="版记"><loext:table table:name="T"><loext:table-column/>\
        <loext:table-row><loext:table-cell><text:p>抄送：县林业局。</text:p></loext:table-cell></loext:table-row>\
        <loext:table-row><loext:table-cell><text:p>党政办<text:tab/>2024年2月20日印发</text:p></loext:table-cell></loext:table-row></loext:table>\
        <text:p/><draw:enhanced-geometry draw:type="ooxml-rect"><draw:equation draw:name="f0" draw:formula="logwidth"/></draw:enhanced-geometry>\
        </draw:custom-shape></text:p>\
        <text:p>线<draw:line svg:x1="0" svg:y1="0" svg:x2="1cm" svg:y2="0"/><draw:rect><text:p/></draw:rect></text:p>\
        <draw:g><draw:rect><text:p>甲</text:p></draw:rect><draw:g><draw:ellipse><text:list><text:list-item><text:p>乙</text:p></text:list-item></text:list></draw:ellipse></draw:g>\
        <draw:frame><draw:text-box><text:p>丙</text:p></draw:text-box></draw:frame></draw:g>\
        <text:p>后</text:p>
        """)
        #expect(draft.paragraphs.map(\.text) == ["前", "", "", "线", "甲", "乙", "丙", "后"])
        let table = try #require(draft.blocks.compactMap { if case let .table(t) = $0 { return t } else { return nil } }.first)
        #expect(table.table.rows.map { $0.cells.map(\.lines) } == [[["抄送：县林业局。"]], [["党政办\t2024年2月20日印发"]]])
        #expect(table.followingParagraphIndex == 3)
        let ids = draft.warnings.map { "\($0.location.paragraph ?? 0) \($0.message.id) \($0.message.arguments["count"] ?? $0.message.arguments["text"] ?? "")" }
        // the page-anchored group's warnings name the paragraph after them (its first member's)
        #expect(ids == ["2 reader.odf.text-box 2", "4 reader.odf.drawing ", "4 reader.odf.drawing ",
                        "5 reader.odf.text-box 1", "5 reader.odf.text-box 1", "5 reader.odf.text-box 1"])
    }

    @Test func tablesWithSpansCoveredCellsHeaderRowsAndRepeats() throws {
        let draft = try Self.read("""
        <text:p>表前</text:p>\
        <table:table table:name="表1"><table:table-column table:number-columns-repeated="3"/>\
        <table:table-header-rows><table:table-row>\
          <table:table-cell table:number-rows-spanned="2"><text:p>项目</text:p></table:table-cell>\
          <table:table-cell table:number-columns-spanned="2"><text:p>投资（万元）</text:p></table:table-cell><table:covered-table-cell/>\
        </table:table-row><table:table-row><table:covered-table-cell/>\
          <table:table-cell><text:p>计划</text:p></table:table-cell><table:table-cell><text:p>完成</text:p></table:table-cell>\
        </table:table-row></table:table-header-rows>\
        <table:table-row><table:table-cell><text:p>道路<text:line-break/>硬化</text:p></table:table-cell>\
          <table:table-cell table:number-columns-repeated="2"><text:p>0</text:p></table:table-cell></table:table-row>\
        <table:table-row table:number-rows-repeated="2"><table:table-cell><text:p>a</text:p><text:p>b</text:p></table:table-cell>\
          <table:table-cell/><table:table-cell><text:p/></table:table-cell></table:table-row>\
        </table:table>\
        <text:p>表后</text:p>
        """)
        guard case let .table(t) = draft.blocks[1] else { Issue.record("no table"); return }
        #expect(t.followingParagraphIndex == 2)
        let table = t.table
        #expect(table.rows.count == 5)
        #expect(table.headerRowCount == 2)
        #expect(table.rows[0].cells.map(\.text) == ["项目", "投资（万元）"])
        #expect(table.rows[0].cells.map(\.rowSpan) == [2, 1])
        #expect(table.rows[0].cells.map(\.colSpan) == [1, 2])
        #expect(table.rows[1].cells.map(\.text) == ["计划", "完成"])
        #expect(table.rows[2].cells.map(\.lines) == [["道路", "硬化"], ["0"], ["0"]])
        #expect(table.rows[3].cells.map(\.lines) == [["a", "b"], [""], [""]])
        #expect(table.rows[4] == table.rows[3])
        #expect(try TableGrid(table).columnCount == 3)
        #expect(draft.paragraphs.map(\.index) == [1, 2])
    }

    @Test func nestedTablesFlattenedAndIrregularTablesCompleted() throws {
        let draft = try Self.read("""
        <table:table><table:table-row><table:table-cell><text:p>外</text:p>\
          <table:table><table:table-row><table:table-cell><text:p>内1</text:p></table:table-cell><table:table-cell><text:p>内2</text:p></table:table-cell></table:table-row></table:table>\
        </table:table-cell><table:table-cell table:number-rows-spanned="5"><text:p>长</text:p></table:table-cell></table:table-row>\
        <table:table-row><table:table-cell><text:p>x</text:p></table:table-cell><table:covered-table-cell><text:p>藏字</text:p></table:covered-table-cell></table:table-row>\
        <table:table-row><table:table-cell table:number-columns-spanned="1"><text:p>y</text:p></table:table-cell><table:table-cell><text:p>z</text:p></table:table-cell><table:table-cell><text:p>多</text:p></table:table-cell></table:table-row>\
        </table:table><text:p>后</text:p>
        """)
        guard case let .table(t) = draft.blocks[0] else { Issue.record("no table"); return }
        #expect(t.table.rows[0].cells[0].lines == ["外", "内1", "内2"])
        #expect(throws: Never.self) { try TableGrid(t.table) }
        let ids = Set(draft.warnings.map(\.message.id))
        #expect(ids == ["reader.odf.nested-table", "reader.odf.covered-cell-text", "reader.odf.table-repaired"])
        #expect(draft.warnings.allSatisfy { $0.location.paragraph == 1 })
    }

    @Test func stylesResolvedThroughTheChain() throws {
        let fonts = """
        <style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312;FangSong" style:font-family-generic="system"/>\
        <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"/>\
        <style:font-face style:name="黑体" svg:font-family="黑体"/>
        """
        let named = """
        <style:default-style style:family="paragraph"><style:paragraph-properties fo:text-align="start"/>\
        <style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" style:font-name-asian="仿宋_GB2312" style:font-size-asian="16pt"/></style:default-style>\
        <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:text-indent="32pt" fo:line-height="28.95pt"/></style:style>\
        <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">\
        <style:paragraph-properties fo:text-align="center" fo:line-height="150%"/>\
        <style:text-properties fo:font-size="130%" style:font-size-asian="130%" fo:font-weight="bold" style:font-weight-asian="bold" style:font-name-asian="黑体"/></style:style>\
        <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"/>\
        <style:style style:name="Red" style:family="text"><style:text-properties fo:color="#c9211e" style:font-weight-asian="normal"/></style:style>
        """
        let automatic = """
        <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">\
        <style:paragraph-properties fo:margin-left="10pt" fo:margin-right="5mm" fo:break-before="page" style:line-height-at-least="20pt"/></style:style>\
        <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Title">\
        <style:paragraph-properties fo:text-align="justify" fo:text-align-last="justify"/></style:style>
        """
        let draft = try Self.read("""
        <text:p text:style-name="Title">标题 Title</text:p>\
        <text:p text:style-name="P1">正文<text:span text:style-name="Red">红字</text:span>2024</text:p>\
        <text:p text:style-name="P2">分散</text:p>
        """, automatic: automatic, named: named, fonts: fonts)
        let p = draft.paragraphs
        #expect(p[0].styleName == "Title")
        #expect(p[0].alignment == .center)
        #expect(p[0].lineSpacing == .multiple(1.5))
        #expect(p[0].firstLineIndent == 32)
        #expect(p[0].runs == [DraftRun(text: "标题 Title", eastAsianFont: "黑体", latinFont: "Times New Roman", size: 20.8, bold: true)])
        #expect(p[1].styleName == "Standard")
        #expect(p[1].leftIndent == 10)
        #expect(abs((p[1].rightIndent ?? 0) - 14.173) < 0.01)
        #expect(p[1].lineSpacing == .exact(28.95))
        #expect(p[1].pageBreakBefore)
        #expect(p[1].alignment == .left)
        #expect(p[1].runs.map(\.text) == ["正文", "红字", "2024"])
        #expect(p[1].runs.map(\.size) == [16, 16, 12])
        #expect(p[1].runs.map(\.color) == [nil, "C9211E", nil])
        #expect(p[1].runs[0].eastAsianFont == "仿宋_GB2312")
        #expect(draft.blocks.count == 4)
        if case .pageBreak = draft.blocks[1] {} else { Issue.record("no page break before ¶2") }
        #expect(p[2].alignment == .distribute)
    }

    @Test func pageGeometryGridAndFooters() throws {
        let stylesAutomatic = """
        <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" \
        fo:margin-top="37mm" fo:margin-bottom="20mm" fo:margin-left="28mm" fo:margin-right="26mm" style:layout-grid-mode="both" \
        style:layout-grid-base-height="20pt" style:layout-grid-ruby-height="8.95pt" style:layout-grid-lines="22" \
        style:layout-grid-base-width="15.75pt" style:layout-grid-standard-mode="true"/>\
        <style:footer-style><style:header-footer-properties fo:min-height="15mm" fo:margin-top="10mm"/></style:footer-style></style:page-layout>\
        <style:style style:name="MP1" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>\
        <style:text-properties style:font-name-asian="宋体" style:font-size-asian="14pt" fo:font-size="14pt"/></style:style>
        """
        let master = """
        <style:master-page style:name="Standard" style:page-layout-name="pm1">\
        <style:footer><text:p text:style-name="MP1">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>\
        <style:footer-left><text:p>第<text:page-number>2</text:page-number>页 共<text:page-count>9</text:page-count>页</text:p></style:footer-left>\
        <style:footer-first><text:p>无页码</text:p></style:footer-first>\
        </style:master-page>
        """
        let draft = try Self.read("<text:p>正文</text:p>", stylesAutomatic: stylesAutomatic, master: master)
        let page = try #require(draft.page)
        #expect(abs(page.width - 595.28) < 0.01)
        #expect(abs(page.marginTop - 104.88) < 0.01)
        #expect(abs(page.marginBottom - 35 * 72 / 25.4) < 0.01)
        #expect(abs(page.marginLeft - 79.37) < 0.01)
        #expect(page.gridLinePitch == 28.95)
        #expect(page.gridLinesPerPage == 22)
        #expect(page.gridCharactersPerLine == 28)
        #expect(draft.pageNumberFooters.map(\.pattern) == ["— {PAGE} —", "第{PAGE}页 共{PAGES}页"])
        #expect(draft.pageNumberFooters.map(\.pages) == [.odd, .even])
        #expect(draft.pageNumberFooters[0].alignment == .right)
        #expect(draft.pageNumberFooters[0].runs.first?.size == 14)
    }

    @Test func firstPageMasterWithNextStyle() throws {
        let stylesAutomatic = """
        <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.2681in" fo:page-height="11.6929in" fo:margin-top="1.4571in" fo:margin-bottom="0.8783in" fo:margin-left="1.102in" fo:margin-right="1.0236in"/>\
        <style:footer-style><style:header-footer-properties fo:min-height="0.4992in" fo:margin-top="0.4602in"/></style:footer-style></style:page-layout>\
        <style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="8.2681in" fo:page-height="11.6929in" fo:margin-top="1in" fo:margin-bottom="1in" fo:margin-left="1in" fo:margin-right="1in"/></style:page-layout>
        """
        let master = """
        <style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p>— <text:page-number>2</text:page-number><text:s/>—</text:p></style:footer></style:master-page>\
        <style:master-page style:name="First_20_Page" style:page-layout-name="pm2" style:next-style-name="Standard">\
        <style:header><text:p>石门镇人民政府</text:p></style:header><style:footer><text:p/></style:footer></style:master-page>
        """
        let automatic = #"<style:style style:name="P1" style:family="paragraph" style:master-page-name="First_20_Page"/>"#
        let draft = try Self.read(#"<text:p text:style-name="P1">函</text:p><text:p>正文</text:p>"#, automatic: automatic,
                                  stylesAutomatic: stylesAutomatic, master: master)
        #expect(draft.pageNumberFooters == [DraftFooter(pages: .all, pattern: "— {PAGE} —", runs: draft.pageNumberFooters.first?.runs ?? [])])
        #expect(abs((draft.page?.marginBottom ?? 0) - 1.3775 * 72) < 0.01)
        #expect(draft.warnings.map(\.message.id) == ["reader.odf.header-text"])
        #expect(draft.paragraphs.allSatisfy { !$0.pageBreakBefore })
    }

    @Test func listLevelIndentsOverStyleIndents() throws {
        let automatic = """
        <text:list-style style:name="L5"><text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ...">\
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">\
        <style:list-level-label-alignment text:label-followed-by="nothing" fo:margin-left="0pt" fo:text-indent="32pt"/></style:list-level-properties>\
        </text:list-level-style-number></text:list-style>\
        <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:text-indent="0pt"/></style:style>
        """
        let named = #"<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-left="20pt" fo:text-indent="10pt"/></style:style>"#
        let draft = try Self.read("""
        <text:list text:style-name="L5"><text:list-item><text:p text:style-name="Body">甲</text:p></text:list-item>\
        <text:list-item><text:p text:style-name="P1">乙</text:p></text:list-item></text:list><text:p text:style-name="Body">丙</text:p>
        """, automatic: automatic, named: named)
        let p = draft.paragraphs
        #expect(p.map(\.text) == ["一、甲", "二、乙", "丙"])
        #expect(p[0].leftIndent == 0 && p[0].firstLineIndent == 32)
        #expect(p[1].leftIndent == 0 && p[1].firstLineIndent == 0)
        #expect(p[2].leftIndent == 20 && p[2].firstLineIndent == 10)
    }

    /// The white-space cases measured with LibreOffice 7.4's text export of the same markup.
    @Test func whiteSpaceAsLibreOfficeReadsIt() throws {
        let draft = try Self.read("""
        <text:p>A|  lead</text:p><text:p>  lead2|</text:p><text:p>x <text:s/> y|</text:p><text:p>x<text:s/> y|</text:p>\
        <text:p>x <text:span> y</text:span>|</text:p><text:p>tail  </text:p><text:p>m<text:line-break/> n|</text:p><text:p>p<text:tab/> q|</text:p>
        <text:p>
          indented
          lines
        </text:p>
        """)
        #expect(draft.paragraphs.map(\.text) == ["A| lead", "lead2|", "x   y|", "x  y|", "x y|", "tail ", "m\n n|", "p\t q|", "indented lines "])
    }
}
