import Foundation
import GovDocDraft
import GovDocODFReader
import Testing

/// `ODF_DUMP=file.odt swift test --filter DumpTests` prints what the reader finds in a file
/// (for looking at a draft by eye; without the variable the test only checks it was not asked).
struct DumpTests {
    @Test func dump() throws {
        guard let path = ProcessInfo.processInfo.environment["ODF_DUMP"] else { return }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let draft = try ODFReader().read(bytes, file: URL(fileURLWithPath: path).lastPathComponent)
        for block in draft.blocks {
            switch block {
            case let .paragraph(p):
                print("¶\(p.index) [\(p.styleName ?? "-")\(p.outlineLevel.map { " h\($0)" } ?? "")\(p.automaticNumber.map { " #\($0)" } ?? "")] \(p.alignment.map { "\($0)" } ?? "") \(p.text.debugDescription) runs=\(p.runs.map { "\($0.eastAsianFont ?? "-")/\($0.size.map { "\($0)" } ?? "-")\($0.bold ? "b" : "")" })")
            case let .table(t):
                print("TABLE → ¶\(t.followingParagraphIndex) landscape=\(t.table.landscape)")
                for row in t.table.rows { print("  \(row.isHeader ? "H" : " ") " + row.cells.map { "\($0.text.debugDescription)[\($0.rowSpan)x\($0.colSpan)]" }.joined(separator: " | ")) }
            case .pageBreak:
                print("--- page break ---")
            }
        }
        print("page:", draft.page.map { "\($0)" } ?? "nil")
        for f in draft.pageNumberFooters { print("footer \(f.pages): \(f.pattern.debugDescription) \(f.alignment.map { "\($0)" } ?? "")") }
        print("title:", draft.propertiesTitle ?? "-", "creator:", draft.propertiesCreator ?? "-")
        for w in draft.warnings { print(w) }
    }
}

extension DumpTests {
    /// `ODF_BENCH=file.odt swift test --filter DumpTests` prints the time to read a file (best of 10).
    @Test func bench() throws {
        guard let path = ProcessInfo.processInfo.environment["ODF_BENCH"] else { return }
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var best = Double.infinity
        var paragraphs = 0
        for _ in 0..<10 {
            let start = Date()
            let draft = try ODFReader().read(bytes, file: "bench.odt")
            best = min(best, Date().timeIntervalSince(start))
            paragraphs = draft.paragraphs.count
        }
        print("read \(path): \(paragraphs) paragraphs, best \(String(format: "%.1f", best * 1000)) ms")
    }
}
