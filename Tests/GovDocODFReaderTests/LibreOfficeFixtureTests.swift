import Foundation
import GovDocDraft
import GovDocKit
import GovDocODFReader
import Testing

/// .odt files LibreOffice 7.4 made from .docx drafts (Tests/Fixtures/odt, built by its
/// make-fixtures.py): the reader prints the numbers LibreOffice prints, takes tracked changes as
/// accepted, drops comments, keeps merged cells.
struct LibreOfficeFixtureTests {
    static let folder = RoundTripTests.root.appendingPathComponent("Tests/Fixtures/odt")

    static func read(_ name: String) throws -> Draft {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name + ".odt")))
        return try ODFReader().read(bytes, file: name + ".odt")
    }

    /// LibreOffice's text export of the fixture, one entry per paragraph, white space removed
    /// (the export puts a space after a label and indents list paragraphs).
    static func printed(_ name: String) throws -> [String] {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).map { line in
            String(line.filter { !$0.isWhitespace && $0 != "\u{FEFF}" })
        }.filter { !$0.isEmpty }
    }

    @Test func numbersAsLibreOfficePrintsThem() throws {
        let draft = try Self.read("lo-numbering")
        let read = draft.paragraphs.map { String($0.text.filter { !$0.isWhitespace }) }.filter { !$0.isEmpty }
        #expect(read == (try Self.printed("lo-numbering")))
        let numbers = draft.paragraphs.compactMap(\.automaticNumber)
        #expect(numbers.prefix(13) == ["一、", "（一）", "（二）", "1.", "2.", "（1）", "（2）", "二、", "（一）", "三、", "一、", "（一）", "十、"])
        #expect(Array(numbers.suffix(9)) == ["壹、", "贰、", "1.", "1.1", "1.2", "2.", "2.1", "•", "•"])
        // a tab after the label is layout; Word's `space` suffix is kept
        #expect(draft.paragraphs.first { $0.automaticNumber == "一、" }?.text == "一、提高思想认识")
        #expect(draft.paragraphs.first { $0.automaticNumber == "1.1" }?.text == "1.1 多级一点一")
        #expect(draft.paragraphs.allSatisfy { $0.automaticNumber.map($0.text.hasPrefix) ?? true })
        #expect(draft.warnings.isEmpty)
    }

    @Test func trackedChangesAcceptedCommentsDroppedFootnoteWarned() throws {
        let draft = try Self.read("lo-changes")
        #expect(draft.paragraphs.map(\.text) == ["审核后保留的文字和新增的文字。", "有批注的段落", "有脚注的段落。", "", "末段。"])
        #expect(draft.warnings.count == 1)
        let warning = try #require(draft.warnings.first)
        #expect(warning.message.id == "reader.odf.note")
        #expect(warning.location.paragraph == 3)
        #expect(warning.location.excerpt == "有脚注的段落。")
        #expect(warning.message.arguments["text"] == "脚注内容")
    }

    /// The body as the model laid it out, without empty paragraphs (LibreOffice adds one after
    /// a table in a frame).
    static func nonEmpty(_ blocks: [RoundTripTests.Expected]) -> [RoundTripTests.Expected] {
        blocks.filter { if case let .paragraph(text, _) = $0 { return !text.isEmpty } else { return true } }
    }

    @Test(arguments: [("lo-spans", "Tests/Fixtures/valid/spans.md"), ("lo-report", "Examples/shimen-2023/report.md"),
                      ("lo-notice", "Examples/notice/notice.md"), ("lo-letter", "Examples/letter/letter.md")])
    func govdocDocxThroughLibreOffice(_ fixture: String, _ source: String) throws {
        let draft = try Self.read(fixture)
        let document = try GovDocIO.read(sourceAt: RoundTripTests.root.appendingPathComponent(source).path)
        let expected = Self.nonEmpty(RoundTripTests.expected(Flow(document)))
        let actual = Self.nonEmpty(RoundTripTests.actual(draft))
        // govdoc's .docx draws the 版记 box in DrawingML (wps:wsp, with a VML fallback); LibreOffice
        // turns it into a draw:custom-shape holding a loext:table: read as the blocks after its
        // anchor, like the draw:frame/draw:text-box of govdoc's own .odt
        #expect(actual.count == expected.count)
        for (i, (a, e)) in zip(actual, expected).enumerated() where a != e {
            Issue.record("block \(i + 1): read \(a), written \(e)")
            break
        }
        let pattern = document.footer.prefix + "{PAGE}" + document.footer.suffix
        #expect(draft.pageNumberFooters.map(\.pages) == [.odd, .even])
        #expect(draft.pageNumberFooters.allSatisfy { $0.pattern == pattern })
        let page = try #require(draft.page)
        // LibreOffice rounds lengths to 1/10000 inch
        #expect(abs(page.marginTop - document.pageSetup.marginTop) < 0.1)
        #expect(abs(page.marginBottom - document.pageSetup.marginBottom) < 0.1)
        #expect(abs(page.marginLeft - document.pageSetup.marginLeft) < 0.1)
        #expect(page.gridLinesPerPage == document.pageSetup.linesPerPage)
    }

    /// The 版记 of govdoc's .docx, in the custom shape LibreOffice makes of its box, is
    /// recognised as it is from govdoc's own .odt: 抄送, 印发机关 and 印发日期, and the box is
    /// not reported as lost.
    @Test(arguments: [("lo-notice", "Examples/notice/notice.md"), ("lo-letter", "Examples/letter/letter.md")])
    func imprintInLibreOfficesCustomShapeIsRecognised(_ fixture: String, _ source: String) throws {
        let draft = try Self.read(fixture)
        let document = try GovDocIO.read(sourceAt: RoundTripTests.root.appendingPathComponent(source).path)
        let imprint = try #require(document.imprint)
        #expect(!imprint.copyTo.isEmpty)
        let box = try #require(draft.warnings.first { $0.message.id == "reader.odf.text-box" })
        // the table, and the empty paragraph LibreOffice puts after it in the shape
        #expect(box.message.arguments["count"] == "2")
        #expect(!draft.warnings.contains { $0.message.id == "reader.odf.drawing" })
        let recognition = DraftRecognizer(styles: document.styles, overrides: DraftOverrides(kind: document.kind))
            .recognize(draft, file: fixture + ".odt")
        #expect(recognition.document.imprint == document.imprint)
        #expect(!recognition.warnings.contains { $0.message.id.hasPrefix("reader.odf.") && $0.message.id != "reader.odf.header-text" },
                "\(recognition.warnings)")
        // the anchor paragraph is the 版记's
        let anchor = try #require(box.location.paragraph)
        #expect(recognition.roles[anchor] == .empty || recognition.roles[anchor] == .imprint)
    }

    @Test func headingStylesCarryingWordNumbering() throws {
        let draft = try Self.read("lo-headings")
        let read = draft.paragraphs.map { String($0.text.filter { !$0.isWhitespace }) }
        #expect(read == (try Self.printed("lo-headings")))
        #expect(draft.paragraphs.map(\.outlineLevel) == [1, nil, 2, 2, 1, nil, 2, 1])
        #expect(draft.paragraphs.map(\.automaticNumber) == ["一、", nil, "（一）", "（二）", "二、", nil, "（一）", "三、"])
        #expect(draft.paragraphs[0].styleName == "Heading 1")
        #expect(draft.paragraphs[0].runs.first?.eastAsianFont == "黑体")
        #expect(draft.paragraphs[0].runs.first?.size == 16)
    }

    @Test func lettersHeaderIsWarnedAboutAndItsFirstPageHasNoNumber() throws {
        let draft = try Self.read("lo-letter")
        let header = try #require(draft.warnings.first { $0.message.id == "reader.odf.header-text" })
        #expect(header.message.arguments["text"] == "石门镇人民政府 石政函〔2024〕5号")
        #expect(!draft.pageNumberFooters.contains { $0.pages == .first })
    }

    @Test func mergedCellsOfTheSpansFixture() throws {
        let draft = try Self.read("lo-spans")
        let table = try #require(draft.blocks.compactMap { if case let .table(t) = $0 { return t.table } else { return nil } }.first)
        #expect(table.headerRowCount == 2)
        #expect(table.rows[0].cells.map(\.rowSpan) == [2, 2, 1, 2])
        #expect(table.rows[0].cells.map(\.colSpan) == [1, 1, 2, 1])
        #expect(table.rows[2].cells.first?.rowSpan == 3)
        #expect(table.rows[5].cells.first.map { ($0.rowSpan, $0.colSpan) } ?? (0, 0) == (2, 2))
        #expect(table.rows[3].cells.first?.lines == ["污水处理厂", "扩建工程"])
    }
}

/// An .odt written by pandoc (another producer's styles, lists and footnotes).
struct PandocFixtureTests {
    @Test func pandocDraft() throws {
        let draft = try LibreOfficeFixtureTests.read("pandoc-draft")
        #expect(draft.paragraphs.map(\.text) == ["总体情况", "今年以来，全镇工作平稳推进。", "1.第一项", "2.第二项", "a.子项", "3.第三项",
                                                  "•要点甲", "•要点乙", "脚注在此。"])
        #expect(draft.paragraphs[0].outlineLevel == 1)
        #expect(draft.paragraphs[0].styleName == "Heading 1")
        #expect(draft.paragraphs[0].runs.first?.bold == true)
        let table = try #require(draft.blocks.compactMap { if case let .table(t) = $0 { return t.table } else { return nil } }.first)
        #expect(table.rows.map { $0.cells.map(\.text) } == [["项目", "完成"], ["道路", "80"]])
        #expect(draft.warnings.map(\.message.id) == ["reader.odf.note"])
        #expect(draft.warnings.first?.location.paragraph == 9)
    }
}
