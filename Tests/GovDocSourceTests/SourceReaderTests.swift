import GovDoc
import GovDocMessages
import GovDocSource
import Testing

@Suite struct HeadingSyntaxTests {
    @Test(arguments: [
        ("一、总体情况", 1), ("二十、其他", 1), ("（一）产业发展", 2), ("(二)项目", 2), ("（1） 主动公开情况", 4),
        ("(4)平台", 4), ("1.特色种植", 3), ("2．改进", 3), ("3、措施", 3), ("１．全角", 3),
    ])
    func recognisesLevels(_ line: String, _ level: Int) throws {
        #expect(HeadingSyntax.parse(line)?.level == level)
    }

    @Test(arguments: ["2023年，石门镇……", "1.5亿元投资", "一是加强组织管理", "（此件公开发布）", "十一五规划", "（一二）错"])
    func bodyLinesAreNotHeadings(_ line: String) {
        #expect(HeadingSyntax.parse(line) == nil)
    }

    @Test func runInHeadingSplitsAfterTheFirstFullStop() throws {
        let h = try #require(HeadingSyntax.parse("1.存在问题。一是公开形式。二是……"))
        #expect(h.text == "1.存在问题。")
        #expect(h.runInText == "一是公开形式。二是……")
        #expect(HeadingSyntax.parse("一、总体情况。")?.runInText == nil)
    }

    @Test func chineseNumerals() {
        #expect(ChineseNumerals.value(Array("十二")) == 12)
        #expect(ChineseNumerals.value(Array("二十")) == 20)
        #expect(ChineseNumerals.value(Array("九十九")) == 99)
        #expect(ChineseNumerals.value(Array("一一")) == nil)
    }
}

@Suite struct SourceReaderTests {
    func read(_ text: String) throws(SourceError) -> SourceReader.Result {
        try SourceReader().read(bytes: Array(text.utf8), file: "t.md")
    }

    @Test func readsFrontMatterAndBody() throws {
        let result = try read("""
            ---
            kind: report
            title: 某某镇报告
            issuer: 某某镇人民政府
            date: 2024-04-03
            first-page: 5
            seal: true
            cc: [县政府办公室, 县档案馆]
            ---
            现将情况报告如下。

            一、主要工作
            \\一、不是标题
            \\
            <pagebreak/>
            | 指标 | 一季度 |
            |---|---|
            | 新增就业 | 35 |
            """)
        let doc = result.document
        #expect(doc.title == "某某镇报告")
        #expect(doc.footer.firstPageNumber == 5)
        #expect(doc.signature == SignatureBlock(issuer: "某某镇人民政府", date: CalendarDate(iso: "2024-04-03"), sealed: true))
        #expect(result.frontMatter.cc == ["县政府办公室", "县档案馆"])
        #expect(doc.blocks.count == 6)
        #expect(doc.blocks[0] == .paragraph(Paragraph("现将情况报告如下。")))
        #expect(doc.blocks[1] == .heading(Heading(level: 1, number: "一、", text: "一、主要工作")))
        #expect(doc.blocks[2] == .paragraph(Paragraph("一、不是标题")))
        #expect(doc.blocks[3] == .paragraph(Paragraph("\\")))
        #expect(doc.blocks[4] == .pageBreak)
        guard case let .table(table) = doc.blocks[5] else { Issue.record("expected a table"); return }
        #expect(table.rows.count == 2)
        #expect(table.rows[0].isHeader)
        #expect(table.rows[1].cells.map(\.text) == ["新增就业", "35"])
        #expect(result.blockLines == [10, 12, 13, 14, 15, 16])
        // the GB/T 9704 style sheet from Templates/
        #expect(doc.styles.style(.title).size == 22)
        #expect(doc.pageSetup.linesPerPage == 22)
    }

    @Test func htmlTableWithSpansAndLineBreaks() throws {
        let result = try read("""
            ---
            title: 表
            ---
            <table>
            <tr><th rowspan="2">项目</th><th colspan="2">投资<br>（万元）</th></tr>
            <tr><th>计划</th><th>完成</th></tr>
            <tr><td>道路 &amp; 桥梁</td><td>120</td><td>80</td></tr>
            </table>
            """)
        guard case let .table(table) = result.document.blocks.first else { Issue.record("expected a table"); return }
        #expect(table.headerRowCount == 2)
        #expect(table.rows[0].cells[1].lines == ["投资", "（万元）"])
        #expect(table.rows[0].cells[1].colSpan == 2)
        #expect(table.rows[0].cells[0].rowSpan == 2)
        #expect(table.rows[2].cells[0].text == "道路 & 桥梁")
        #expect(!table.landscape)
    }

    @Test func errorsCarryFileLineAndColumn() {
        do {
            _ = try read("---\ntitle: 报告\nsael: true\n---\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(file: "t.md", line: 3, column: 1))
            #expect(error.message.text(in: .en).contains("did you mean `seal`"))
            #expect(error.text(in: .en).hasPrefix("t.md:3:1: error: "))
            #expect(error.text(in: .zh).hasPrefix("t.md:3:1: 错误："))
            #expect(error.message.text(in: .zh).contains("是否应为 `seal`"))
            #expect(error.message.id == "source.front-matter.unknown-key-guess")
        }
    }

    /// The reader goes on after a problem where the rest still means something: every bad key,
    /// every bad table, every bad line is reported, in line order.
    @Test func everyProblemOfAFileAtOnce() {
        let text = """
        ---
        title: 报告
        date: 2024-13-01
        sael: true
        ---
        正文。
        <table>
        <tr><td>a</td><td rowspan="0">b</td></tr>
        </table>
        | 甲 | 乙 |
        |---|---|
        | 1 | 2 | 3 |
        第二段\u{1}。
        """
        do {
            _ = try read(text)
            Issue.record("expected errors")
        } catch {
            #expect(error.all.map { "\($0.location.line):\($0.location.column)" } == ["3:7", "4:1", "8:1", "12:9", "13:4"],
                    "\(error.all.map(\.description))")
            #expect(error.all.map(\.message.id) == ["source.front-matter.date", "source.front-matter.unknown-key-guess",
                                                    "table.html.span", "source.table.pipe-cells", "source.character.control"])
        }
    }

    /// Problems that leave nothing to read stop the reader: one error.
    @Test func malformedYAMLStops() {
        do {
            _ = try read("---\ntitle: [a\nsael: 1\n---\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.all.count == 1)
            #expect(error.message.id == "source.front-matter.yaml")
        }
    }

    @Test func duplicateKeysAreErrors() {
        #expect(throws: SourceError.self) { try read("---\ntitle: a\ntitle: b\n---\n") }
    }
}
