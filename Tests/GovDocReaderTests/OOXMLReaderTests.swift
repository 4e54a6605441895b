import Foundation
import GovDoc
import GovDocDraft
import GovDocKit
import GovDocMessages
import GovDocOOXMLReader
import GovDocPackaging
import Testing

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func readDocx(_ builder: DocxBuilder) throws -> Draft {
    try OOXMLReader().read(try builder.bytes(), file: "draft.docx")
}

func texts(_ draft: Draft) -> [String] { draft.paragraphs.map(\.text) }

func tables(_ draft: Draft) -> [Table] {
    draft.blocks.compactMap { if case .table(let t) = $0 { return t.table } else { return nil } }
}

/// Every govdoc source in the repository (examples and valid fixtures).
func sourceFiles() -> [String] {
    var files: [String] = []
    for dir in ["Examples/shimen-2023", "Examples/notice", "Examples/letter", "Tests/Fixtures/valid"] {
        let path = repositoryRoot.appendingPathComponent(dir).path
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where name.hasSuffix(".md") {
            files.append("\(dir)/\(name)")
        }
    }
    return files.sorted()
}

@Suite struct OOXMLRoundTripTests {
    @Test(arguments: sourceFiles())
    func govdocsOwnDocxReadsBack(source: String) throws {
        let document = try GovDocIO.read(sourceAt: repositoryRoot.appendingPathComponent(source).path)
        let bytes = try document.serialized(as: .docx)
        let start = DispatchTime.now().uptimeNanoseconds
        let draft = try OOXMLReader().read(bytes, file: source)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        #expect(elapsed < 30, "a hang guard, not a speed test: \(elapsed) s")
        let read = texts(draft)
        // every heading and paragraph of the model, in order, is a paragraph of the draft
        var expected: [String] = []
        var modelTables: [Table] = []
        func add(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let h): expected.append(h.text + (h.runInText ?? ""))
                case .paragraph(let p): expected.append(p.text)
                case .table(let t): modelTables.append(t)
                case .pageBreak, .figure: continue
                }
            }
        }
        add(document.blocks)
        for attachment in document.attachments {
            guard let blocks = attachment.blocks else { continue }
            expected.append(attachment.title)
            add(blocks)
        }
        var cursor = 0
        for text in expected {
            guard let found = read[cursor...].firstIndex(of: text) else {
                Issue.record("\(source): not read back in order: \(text)")
                continue
            }
            cursor = found + 1
        }
        // the title's words are there (a title may be split into lines)
        let joined = read.joined(separator: "")
        #expect(joined.replacingOccurrences(of: "\n", with: "").contains(document.title.replacingOccurrences(of: "\n", with: "")))
        // tables: same cells, lines and spans
        let readTables = tables(draft)
        #expect(readTables.count == modelTables.count, "\(source)")
        for (model, got) in zip(modelTables, readTables) {
            #expect(got.rows.count == model.rows.count)
            for (m, g) in zip(model.rows, got.rows) {
                #expect(g.cells.map(\.rowSpan) == m.cells.map(\.rowSpan), "\(source)")
                #expect(g.cells.map(\.colSpan) == m.cells.map(\.colSpan), "\(source)")
                #expect(g.cells.map(\.lines) == m.cells.map(\.lines), "\(source)")
                #expect(g.isHeader == m.isHeader)
            }
            #expect(got.headerRowCount == model.headerRowCount)
        }
        // the page: A4, GB/T 9704 margins, 22 lines of 28.95 pt
        let page = try #require(draft.page)
        if !document.blocks.contains(where: { if case .table(let t) = $0 { return t.landscape } else { return false } }) {
            #expect(abs(page.width - 595.3) < 0.5 && abs(page.height - 841.9) < 0.5)
        }
        #expect(page.gridLinesPerPage == 22)
        #expect(abs((page.gridLinePitch ?? 0) - 28.95) < 0.01)
        // page numbers: — {PAGE} —
        #expect(!draft.pageNumberFooters.isEmpty || document.kind == .letter)
        for footer in draft.pageNumberFooters {
            #expect(footer.pattern == "— {PAGE} —", "\(source): \(footer.pattern)")
        }
        // the 版记 (a text box) is reported with its text, not dropped
        if let imprint = document.imprint, !imprint.copyTo.isEmpty {
            let boxes = draft.warnings.filter { $0.message.id == "reader.text-box" }
            #expect(boxes.contains { $0.message.arguments["content"]?.contains("抄送") == true }, "\(source)")
        }
        // a letter's letterhead lives in its first-page header: reported with its text
        if document.kind == .letter {
            #expect(draft.warnings.contains { $0.message.id == "reader.header-text" }, "\(source)")
        }
        if let issuer = document.metadata.issuer, document.signature != nil {
            #expect(read.contains { $0.contains(issuer) }, "\(source): issuer")
        }
    }
}
