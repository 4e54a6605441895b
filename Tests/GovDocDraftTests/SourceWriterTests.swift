import Foundation
import GovDoc
import GovDocSource
import GovDocSourceWriter
import GovDocTemplates
import PropertyBased
import Testing

enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    /// Every source file of Examples/ and Tests/Fixtures/valid/.
    static var sourceFiles: [String] {
        let fm = FileManager.default
        var files: [String] = []
        for dir in ["Examples/shimen-2023", "Examples/notice", "Examples/letter", "Tests/Fixtures/valid"] {
            let names = (try? fm.contentsOfDirectory(atPath: path(dir))) ?? []
            files += names.filter { $0.hasSuffix(".md") }.sorted().map { path(dir + "/" + $0) }
        }
        return files
    }
}

/// source → model → source text → model gives the same model.
@Suite struct SourceWriterTests {
    static func read(_ text: String, base: String? = nil) throws -> Document {
        try SourceReader(baseDirectory: base).read(bytes: Array(text.utf8), file: "w.md").document
    }

    /// The model as the source format can hold it: an annual report's tables are tables.
    static func comparable(_ d: Document) -> Document {
        var d = d
        if d.kind == .annualReport { d.kind = .report }
        return d
    }

    @Test func examplesAndFixturesRoundTrip() throws {
        let files = Repo.sourceFiles
        #expect(files.count >= 9)
        for file in files {
            let original = try SourceReader().read(path: file).document
            let written = SourceWriter().write(original)
            let base = URL(fileURLWithPath: file).deletingLastPathComponent().path
            let again = try Self.read(written.text, base: base)
            #expect(again == Self.comparable(original), "\(file)\n\(written.text)")
            // and the text is a fixed point
            #expect(SourceWriter().write(again).text == written.text, "\(file)")
            if original.kind == .annualReport {
                #expect(written.notes.map(\.id) == ["draft.source.annual-report"])
            } else {
                #expect(written.notes.isEmpty, "\(file): \(written.notes)")
            }
        }
    }

    @Test func frontMatterOfEveryKey() throws {
        let text = """
        ---
        kind: notice
        title: "关于印发《规则》的通知：第二版\\n（征求意见稿）"
        issuer: 某某县人民政府
        date: 2024-01-23
        number: 某政发〔2024〕3号
        signer: 张三
        header: 某某县人民政府文件
        to: "各乡镇人民政府，县直各单位:"
        attachments:
          - "#1 表"
          - "true"
          - 普通名称
        note: （此件公开发布）
        cc: [县委办公室, "2024"]
        printer: 某某县人民政府办公室
        printed: 2024-01-24
        seal: true
        first-page: 7
        style: letter
        ---
        正文。
        <attachment/>
        附件一正文。
        """
        let original = try Self.read(text)
        #expect(original.title == "关于印发《规则》的通知：第二版\n（征求意见稿）")
        let written = SourceWriter().write(original)
        let again = try Self.read(written.text)
        #expect(again == original, "\(written.text)")
        for key in ["kind", "title", "issuer", "date", "number", "signer", "header", "to", "attachments", "note", "cc",
                    "printer", "printed", "seal", "first-page", "style"] {
            #expect(written.text.contains("\n\(key):"), "\(key)")
        }
        #expect(written.text.contains("title: \"关于印发《规则》的通知：第二版\\n（征求意见稿）\""))
        #expect(written.text.contains("  - \"true\""))
        #expect(written.text.contains("  - \"2024\""))
    }

    /// Lines that the reader would take for markup are escaped; tables keep spans and headers.
    @Test func escapingAndTables() throws {
        let styles = try Templates.styleSheet()
        let tricky = ["一、不是标题", "（1）也不是", "1.5亿元不是标题", "|竖线开头", "<table>", "<TABLE border=1>", "<pagebreak/>",
                      "<attachment/>", "\\反斜杠", "\\", "a < b && c > d", "---", "<table", "  "]
        var doc = Document(title: "测试", blocks: tricky.filter { !$0.allSatisfy(\.isWhitespace) }.map { .paragraph(Paragraph($0)) }, styles: styles)
        doc.blocks.append(.table(Table(rows: [
            TableRow(cells: [TableCell("项目&<>", rowSpan: 2, isHeader: true), TableCell("投资（万元）", colSpan: 2, isHeader: true)], isHeader: true),
            TableRow(cells: [TableCell("计划", isHeader: true), TableCell("完成", isHeader: true)], isHeader: true),
            TableRow(cells: [TableCell(lines: ["道路", "硬化"]), TableCell(""), TableCell("80")]),
        ], landscape: true)))
        doc.blocks.append(.table(Table(rows: [
            TableRow(cells: [TableCell("甲", isHeader: true), TableCell("乙|丙", isHeader: true)], isHeader: true),
            TableRow(cells: [TableCell(lines: ["", "换行前为空"]), TableCell("a\\b")]),
        ])))
        doc.blocks.append(.heading(Heading(level: 2, number: "", text: "无编号的标题")))
        let written = SourceWriter().write(doc)
        let again = try Self.read(written.text)
        var expected = doc
        expected.blocks[expected.blocks.count - 1] = .heading(Heading(level: 1, number: "（一）", text: "（一）无编号的标题"))
        // `（一）` is the level-2 form: the number given by position keeps its level
        expected.blocks[expected.blocks.count - 1] = .heading(Heading(level: 2, number: "（一）", text: "（一）无编号的标题"))
        #expect(again.blocks == expected.blocks, "\(written.text)")
        #expect(written.text.contains("<table landscape>"))
        #expect(written.text.contains("<th rowspan=\"2\">项目&amp;&lt;&gt;</th><th colspan=\"2\">投资（万元）</th>"))
        #expect(written.text.contains("\\一、不是标题"))
    }

    /// An attachment bound separately before one printed with the document: an empty text and a note.
    @Test func attachmentOrder() throws {
        var doc = Document(title: "测试", blocks: [.paragraph(Paragraph("正文。"))], styles: try Templates.styleSheet())
        doc.attachments = [Attachment(title: "甲"), Attachment(title: "乙", blocks: [.paragraph(Paragraph("乙的正文。"))])]
        let written = SourceWriter().write(doc)
        #expect(written.notes.map(\.id) == ["draft.source.attachment-order"])
        let again = try Self.read(written.text)
        #expect(again.attachments == [Attachment(title: "甲", blocks: []), doc.attachments[1]])
    }

    // MARK: random documents

    struct Sample: Sendable, CustomStringConvertible {
        var seed: UInt64
        var description: String { "seed \(seed)" }
    }

    static let pieces = ["一、", "（二）", "3.", "(4)", "|", "<table>", "<pagebreak/>", "<attachment/>", "\\", "：", ": ", "#", "\"", "'",
                         "true", "123", "  ", "-", "[a, b]", "{x}", "&amp;", "<b>", "。", "正文", "标题", "A", " ", "—", "〔2024〕", "％"]

    /// A random document as the source reader builds one (metadata and signature agree).
    static func document(seed: UInt64) -> Document {
        var rng = Mix(seed)
        func text(_ maxPieces: Int = 6) -> String {
            var s = ""
            for _ in 0..<(1 + Int(rng.next() % UInt64(maxPieces))) { s += pieces[Int(rng.next() % UInt64(pieces.count))] }
            let trimmed = s.trimmingCharacters(in: " \t\u{3000}")
            return trimmed.isEmpty ? "字" : trimmed
        }
        func blocks() -> [Block] {
            var result: [Block] = []
            for _ in 0..<Int(rng.next() % 8) {
                switch rng.next() % 5 {
                case 0, 1: result.append(.paragraph(Paragraph(text())))
                case 2:
                    let level = 1 + Int(rng.next() % 4)
                    let n = 1 + Int(rng.next() % 12)
                    let line = HeadingSyntax.canonicalNumber(n, level: level) + text()
                    result.append(HeadingSyntax.parse(line).map { .heading($0) } ?? .paragraph(Paragraph(line)))
                case 3:
                    let columns = 1 + Int(rng.next() % 3)
                    var rows: [TableRow] = []
                    let header = rng.next() % 2 == 0
                    for r in 0..<(1 + Int(rng.next() % 3)) {
                        if rng.next() % 3 == 0, columns > 1 {
                            rows.append(TableRow(cells: [TableCell(text(2), colSpan: columns, isHeader: header && r == 0)], isHeader: header && r == 0))
                        } else {
                            rows.append(TableRow(cells: (0..<columns).map { _ in TableCell(lines: [text(2), text(2)].prefix(1 + Int(rng.next() % 2)).map { $0 }, isHeader: header && r == 0) },
                                                 isHeader: header && r == 0))
                        }
                    }
                    result.append(.table(Table(rows: rows, landscape: rng.next() % 4 == 0)))
                default: result.append(.pageBreak)
                }
            }
            return result
        }
        let styles = try! Templates.styleSheet("gbt9704")
        let kinds: [DocumentKind] = [.report, .notice, .letter]
        let kind = kinds[Int(rng.next() % 3)]
        let issuer: String? = rng.next() % 3 == 0 ? nil : text(3)
        let date = rng.next() % 3 == 0 ? nil : CalendarDate(year: 2000 + Int(rng.next() % 30), month: 1 + Int(rng.next() % 12), day: 1 + Int(rng.next() % 28))
        let number: String? = rng.next() % 2 == 0 ? nil : text(3)
        var title = text()
        if rng.next() % 3 == 0 { title += "\n" + text() }
        let seal = rng.next() % 2 == 0
        var doc = Document(kind: kind, metadata: Metadata(issuer: issuer, date: date, number: number), title: title,
                           blocks: blocks(), signature: issuer.map { SignatureBlock(issuer: $0, date: date, sealed: seal) },
                           styles: kind == .report ? styles : try! Templates.styleSheet(kind.rawValue),
                           firstPageNumber: 1 + Int(rng.next() % 3))
        if kind != .report || rng.next() % 2 == 0 {
            var header = kind == .letter && rng.next() % 2 == 0 ? (issuer ?? text(3)) : text(3)
            // a line of digits over the title is a 份号 (GB/T 9704 §7.2.1), never a 发文机关标志:
            // the recogniser reads it as one, so the generator does not make such a mark
            if header.allSatisfy(\.isNumber) { header += "文件" }
            doc.masthead = Masthead(issuerMark: header, number: number, signer: rng.next() % 2 == 0 ? text(2) : nil)
        }
        if rng.next() % 2 == 0 { doc.recipient = text() }
        if rng.next() % 2 == 0 { doc.note = text() }
        let count = Int(rng.next() % 4)
        let bound = Int(rng.next() % UInt64(count + 1))
        doc.attachments = (0..<count).map { i in Attachment(title: text(3), blocks: i < bound ? blocks() : nil) }
        let imprint = Imprint(copyTo: (0..<Int(rng.next() % 3)).map { _ in text(2) }, printer: rng.next() % 2 == 0 ? text(2) : nil,
                              printedDate: rng.next() % 2 == 0 ? date : nil)
        doc.imprint = imprint.isEmpty ? nil : imprint
        return doc
    }

    @Test func randomDocumentsRoundTrip() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int(Int32.max)).map { Sample(seed: UInt64($0)) }) { sample in
            let doc = Self.document(seed: sample.seed)
            let written = SourceWriter().write(doc)
            do {
                let again = try Self.read(written.text)
                #expect(again == doc, "\(sample)\n\(written.text)")
            } catch {
                Issue.record("\(sample): \(error)\n\(written.text)")
            }
        }
    }
}

/// SplitMix64.
struct Mix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
