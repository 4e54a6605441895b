import Foundation
import GovDocKit
import GovDocTemplates
import PropertyBased
import Testing

/// Random documents from the model, concurrent exports, hostile text.
@Suite struct ReliabilityTests {
    /// Text with arbitrary Unicode, markup of both formats, XML specials and characters XML
    /// cannot carry (which the writers drop).
    static let text = Gen<String>.oneOf(
        Gen<UnicodeScalar>.unicodeScalar(in: "\u{0}"..."\u{D7FF}").map { Character($0) }.string(of: 0...40),
        Gen<String?>.element(of: ["<w:t>x</w:t>", "<text:p/>", "]]>", "&amp;", "a < b && c > d", "\"'", "两个 空格", "制表\t符", "一、假标题"])
            .map { $0! }.array(of: 1...4).map { $0.joined() },
        Gen<Character>.letterOrNumber.string(of: 1...20)
    )

    /// A random table of valid spans: each row is a partition of the columns; some cells span
    /// down into the next row's matching slot.
    static let table = zip(Gen<Int>.int(in: 1...5), Gen<Int>.int(in: 1...5), Gen<Int>.int(in: 0...1_000_000)).map { columns, rows, seed -> Table in
        var rng = SplitMix(seed: UInt64(seed))
        var covered = Set<[Int]>()
        var result: [TableRow] = []
        for r in 0..<rows {
            var cells: [TableCell] = []
            var c = 0
            while c < columns {
                if covered.contains([r, c]) { c += 1; continue }
                var width = 1
                while c + width < columns, !covered.contains([r, c + width]), rng.next() % 3 == 0 { width += 1 }
                var height = 1
                while r + height < rows, rng.next() % 4 == 0 { height += 1 }
                for dr in 0..<height { for dc in 0..<width { covered.insert([r + dr, c + dc]) } }
                cells.append(TableCell("格\(r)-\(c)", rowSpan: height, colSpan: width, isHeader: r == 0 && rng.next() % 2 == 0))
                c += width
            }
            result.append(TableRow(cells: cells))
        }
        return Table(rows: result)
    }

    static let blocks = zip(Gen<Int>.int(in: 0...3), text, table).map { kind, text, table -> Block in
        switch kind {
        case 0: return .paragraph(Paragraph(text))
        case 1: return .heading(Heading(level: 1 + abs(text.hashValue % 4), number: "", text: "标题" + text))
        case 2: return .table(table)
        default: return .pageBreak
        }
    }.array(of: 0...8)

    /// The text a reader should find: XML-forbidden characters dropped, as the writers do.
    static func visible(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter {
            switch $0.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
            default: return false
            }
        }))
    }

    @Test func randomDocumentsAreValidAndKeepTheirTextAndGrids() async throws {
        let styles = try Templates.styleSheet()
        await propertyCheck(count: 12, input: Self.text, Self.blocks) { title, blocks in
            let document = Document(title: "标题" + title, blocks: blocks,
                                    signature: SignatureBlock(issuer: "某某镇人民政府", date: CalendarDate(iso: "2024-01-23")),
                                    styles: styles)
            let dir = try! Paths.temporaryDirectory()
            var extracted: [ExtractedDocument] = []
            for format in OutputFormat.packages {
                let path = dir.appendingPathComponent("d.\(format.fileExtension)").path
                try! document.write(to: path, format: format)
                try! Checkers.expectValid(path)
                extracted.append(format == .docx ? try! DocxReader(path).extract() : try! OdtReader(path).extract())
            }
            // the model's text, in reading order, comes back from both packages
            // the title as laid out in lines (TitleLayout inserts line breaks into a long one)
            let laidOut = Flow(document).items.lazy.compactMap { item -> String? in
                if case let .paragraph(p) = item, p.role == .title { return p.text } else { return nil }
            }.first ?? ""
            var expected = [Self.visible(laidOut)]
            var tables: [[GridCell]] = []
            for block in blocks {
                switch block {
                case let .paragraph(p): expected.append(Self.visible(p.text))
                case let .heading(h): expected.append(Self.visible(h.text))
                case let .table(t):
                    let grid = try! TableGrid(t)
                    tables.append(t.rows.enumerated().flatMap { r, row in
                        row.cells.enumerated().map { i, cell in
                            GridCell(row: r, column: grid.startColumns[r][i], rowSpan: cell.rowSpan, colSpan: cell.colSpan, text: cell.text)
                        }
                    })
                case .pageBreak, .figure: break
                }
            }
            expected += ["某某镇人民政府", "2024年1月23日"]
            for doc in extracted {
                #expect(doc.paragraphs == expected.filter { !$0.isEmpty })
                #expect(doc.tables == tables)
            }
        }
    }

    /// 100 exports at once from one process: libxml2 is set up once, writers share nothing.
    @Test func hundredConcurrentExports() async throws {
        let source = try String(contentsOf: Paths.example, encoding: .utf8)
        let document = try GovDocIO.read(source: source, name: "report.md")
        let expectedDocx = try document.docx(), expectedOdt = try document.odt()
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for i in 0..<100 {
                group.addTask {
                    // half of them parse too (the HTML table reader uses libxml2's parser)
                    let doc = i % 2 == 0 ? document : try GovDocIO.read(source: source, name: "report.md")
                    return try doc.docx() == expectedDocx && doc.odt() == expectedOdt
                }
            }
            return try await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 100 && results.allSatisfy { $0 })
    }
}

/// A small deterministic generator for table shapes.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
