import Foundation
import GovDocDraft
import GovDocKit
import GovDocODFReader
import Testing

/// Every example and valid fixture, exported to .odt by govdoc's own writer, reads back with
/// every paragraph's text, every heading's level and every table's spans as the model laid
/// them out (the writers' common flow), in order.
struct RoundTripTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var sources: [URL] {
        var urls: [URL] = []
        let fm = FileManager.default
        for dir in ["Examples/notice", "Examples/letter", "Examples/shimen-2023", "Tests/Fixtures/valid"] {
            let folder = root.appendingPathComponent(dir)
            let names = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
            urls += names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0) }
        }
        return urls
    }

    /// What a block reads back as: paragraph text with its outline level, or a table's shape.
    enum Expected: Equatable, CustomStringConvertible {
        case paragraph(String, Int?)
        case table([[String]], [[Int]], [[Int]], [Bool], Bool)

        init(_ table: Table) {
            self = .table(table.rows.map { $0.cells.map(\.text) }, table.rows.map { $0.cells.map(\.rowSpan) },
                          table.rows.map { $0.cells.map(\.colSpan) }, table.rows.map(\.isHeader), table.landscape)
        }

        var description: String {
            switch self {
            case let .paragraph(text, level): return "¶\(level.map { "h\($0) " } ?? "")\(text)"
            case let .table(texts, _, _, _, _): return "table \(texts.prefix(2))…"
            }
        }
    }

    static func expected(_ flow: Flow) -> [Expected] {
        var out: [Expected] = []
        for item in flow.items {
            switch item {
            case let .paragraph(p):
                out.append(.paragraph(p.runs.map(\.text).joined(), p.outlineLevel))
            case let .table(table, _):
                out.append(Expected(table))
            case let .imprint(lines):
                // 版记: a one-column table in a text box anchored to an empty paragraph
                out.append(.paragraph("", nil))
                out.append(Expected(Table(rows: lines.map {
                    TableRow(cells: [TableCell(lines: [$0.left + ($0.right.map { "\t" + $0 } ?? "")])])
                })))
            case let .jointMark(mark):
                // 联合行文's mark: a table without borders, the names stacked in one cell, the suffix in the next
                out.append(Expected(Table(rows: [TableRow(cells: [TableCell(lines: mark.names)] + (mark.suffix.map { [TableCell($0)] } ?? []))])))
            }
        }
        return out
    }

    /// The paragraphs that stand for the flow's: all but an empty paragraph right after a
    /// landscape table (a writer may return to portrait pages with one).
    static func bodyParagraphs(_ draft: Draft) -> [DraftParagraph] {
        var out: [DraftParagraph] = []
        var afterLandscape = false
        for block in draft.blocks {
            switch block {
            case let .paragraph(p):
                if !(afterLandscape && p.text.isEmpty) { out.append(p) }
                afterLandscape = false
            case let .table(t):
                afterLandscape = t.table.landscape
            case .pageBreak:
                continue
            }
        }
        return out
    }

    static func actual(_ draft: Draft) -> [Expected] {
        var out: [Expected] = []
        var afterLandscape = false
        for block in draft.blocks {
            switch block {
            case let .paragraph(p):
                if !(afterLandscape && p.text.isEmpty) { out.append(.paragraph(p.text, p.outlineLevel)) }
                afterLandscape = false
            case let .table(t):
                out.append(Expected(t.table))
                afterLandscape = t.table.landscape
            case .pageBreak:
                continue
            }
        }
        return out
    }

    @Test func sourcesFound() {
        #expect(Self.sources.count >= 10)
    }

    @Test(arguments: sources)
    func readsBackAsWritten(_ source: URL) throws {
        let document = try GovDocIO.read(sourceAt: source.path)
        let bytes = try document.serialized(as: .odt)
        let draft = try ODFReader().read(bytes, file: source.lastPathComponent)
        let expected = Self.expected(Flow(document))
        let actual = Self.actual(draft)
        #expect(actual.count == expected.count)
        for (i, (a, e)) in zip(actual, expected).enumerated() where a != e {
            Issue.record("block \(i + 1): read \(a), written \(e)")
            break
        }
        // each paragraph's first run has its role's font, size and weight (styles resolved
        // through the parent chain from the automatic styles govdoc writes)
        var flowParagraphs: [FlowParagraph?] = []
        for item in Flow(document).items {
            switch item {
            case let .paragraph(p): flowParagraphs.append(p)
            case .table, .jointMark: continue
            case .imprint: flowParagraphs.append(nil)
            }
        }
        let readParagraphs = Self.bodyParagraphs(draft)
        #expect(flowParagraphs.count == readParagraphs.count)
        var checked = 0
        for (flow, read) in zip(flowParagraphs, readParagraphs) {
            guard let flow, let first = flow.runs.first, first.role == nil, !first.text.isEmpty, let run = read.runs.first else { continue }
            let style = document.styles.style(flow.role)
            #expect(run.eastAsianFont == document.styles.font(flow.role).name, "\(flow.role) ¶\(read.index)")
            #expect(run.size == style.size, "\(flow.role) ¶\(read.index)")
            #expect(run.bold == style.bold, "\(flow.role) ¶\(read.index)")
            checked += 1
        }
        #expect(checked > 0)
        // indices count every body paragraph, tables not
        #expect(draft.paragraphs.map(\.index) == Array(1...max(1, draft.paragraphs.count)).prefix(draft.paragraphs.count).map { $0 })
        // headings keep their level; the title its style
        #expect(draft.paragraphs.contains { $0.styleName != nil })
        // the page, the footers, the properties
        let page = try #require(draft.page)
        let setup = document.pageSetup
        #expect(abs(page.width - setup.width) < 0.05 && abs(page.height - setup.height) < 0.05)
        #expect(abs(page.marginLeft - setup.marginLeft) < 0.05 && abs(page.marginRight - setup.marginRight) < 0.05)
        #expect(abs(page.marginTop - setup.marginTop) < 0.05)
        #expect(abs(page.marginBottom - setup.marginBottom) < 0.05)
        #expect(page.gridLinesPerPage == setup.linesPerPage)
        #expect(abs((page.gridLinePitch ?? 0) - setup.linePitch) < 0.01)
        let pattern = document.footer.prefix + "{PAGE}" + document.footer.suffix
        #expect(!draft.pageNumberFooters.isEmpty)
        #expect(draft.pageNumberFooters.allSatisfy { $0.pattern == pattern })
        #expect(draft.propertiesTitle == document.title)
        // nothing is warned about but the 版记's text box and a letter's letterhead
        let allowed: Set<String> = ["reader.odf.text-box", "reader.odf.header-text"]
        #expect(draft.warnings.allSatisfy { allowed.contains($0.message.id) }, "\(draft.warnings)")
    }
}
