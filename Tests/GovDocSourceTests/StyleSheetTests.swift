import Foundation
import GovDoc
import GovDocSource
import GovDocTemplates
import Testing

/// Style sheets in Templates/: one per kind, `extends:` so that a county's copy says only what
/// it changes, chosen by `style:` or by the kind.
@Suite struct StyleSheetTests {
    func scratch() throws -> String {
        let dir = NSTemporaryDirectory() + "govdoc-sheets-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func aCountySheetSaysOnlyWhatItChanges() throws {
        let dir = try scratch()
        try "name: county\nextends: gbt9704\nelements:\n  red: E60012\nroles:\n  issuer-mark: { name: 发文机关标志, font: xiaobiaosong, size: 30pt, align: center, color: E60012, snap-to-grid: false, line-height: 40pt }\n"
            .write(toFile: dir + "/county.yaml", atomically: true, encoding: .utf8)
        let county = try Templates.styleSheet(dir + "/county.yaml")
        let standard = try Templates.styleSheet("gbt9704")
        #expect(county.name == "county")
        #expect(county.geometry.red == "E60012")
        #expect(county.style(.issuerMark).size == 30)
        #expect(county.style(.body) == standard.style(.body))
        #expect(county.page == standard.page)
        #expect(county.geometry.markTop == standard.geometry.markTop)
        // and a source file picks it by path, relative to itself
        let source = "---\nkind: notice\ntitle: 通知\nheader: 某某县人民政府文件\nstyle: county.yaml\n---\n正文。\n"
        try source.write(toFile: dir + "/notice.md", atomically: true, encoding: .utf8)
        let document = try SourceReader().read(path: dir + "/notice.md").document
        #expect(document.styles.geometry.red == "E60012")
    }

    @Test func eachKindTakesItsOwnSheet() throws {
        #expect(Templates.defaultName(forKind: "notice") == "notice")
        #expect(Templates.defaultName(forKind: "letter") == "letter")
        #expect(Templates.defaultName(forKind: "report") == "gbt9704")
        #expect(Templates.defaultName(forKind: "annual-report") == "gbt9704")   // annual-report-2021.yaml is a table layout
        let text = "---\nkind: letter\ntitle: 函\nissuer: 某某镇人民政府\n---\n正文。\n"
        let document = try SourceReader().read(bytes: Array(text.utf8), file: "t.md").document
        #expect(document.styles.name == "letter")
        #expect(document.styles.geometry.letterMarkTop == points(mm: 30))
    }

    @Test func extendsErrorsNameTheFile() throws {
        let dir = try scratch()
        try "name: a\nextends: b.yaml\n".write(toFile: dir + "/a.yaml", atomically: true, encoding: .utf8)
        try "name: b\nextends: a.yaml\n".write(toFile: dir + "/b.yaml", atomically: true, encoding: .utf8)
        #expect { try Templates.styleSheet(dir + "/a.yaml") } throws: { error in
            "\(error)".contains("goes round in a circle")
        }
        try "name: c\nextends: nowhere\n".write(toFile: dir + "/c.yaml", atomically: true, encoding: .utf8)
        #expect { try Templates.styleSheet(dir + "/c.yaml") } throws: { error in
            "\(error)".hasPrefix(dir + "/c.yaml: `extends: nowhere`: no such style sheet")
        }
    }
}
