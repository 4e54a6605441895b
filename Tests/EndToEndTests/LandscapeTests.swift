import Foundation
import GovDocKit
import Testing

/// `<table landscape>`: the table on A4 landscape pages of their own, numbering continued.
@Suite struct LandscapeTests {
    static let source = Paths.fixtures.appendingPathComponent("valid/landscape.md")

    @Test func docxHasALandscapeSection() throws {
        let dir = try Paths.temporaryDirectory()
        let path = try GovDocIO.export(sourceAt: Self.source.path, formats: [.docx], outputBase: dir.appendingPathComponent("l").path)[0]
        let doc = try ZipPackage(path: path).xml("word/document.xml")
        let sections = try doc.all("//*[local-name()='sectPr']")
        #expect(sections.count == 3)   // portrait before, landscape with the table, portrait after
        let sizes = try sections.map { try $0.first("./*[local-name()='pgSz']") }
        #expect(sizes[1]?.attr("w:w") == "16838" && sizes[1]?.attr("w:h") == "11906" && sizes[1]?.attr("w:orient") == "landscape")
        #expect(sizes[0]?.attr("w:w") == "11906" && sizes[2]?.attr("w:w") == "11906")
        // the first section starts the numbering; the others continue it
        let starts = try sections.map { try $0.first("./*[local-name()='pgNumType']")?.attr("w:start") }
        #expect(starts == ["1", nil, nil])
        // the table spans the landscape text block (297 − 35 − 37 = 225 mm = 12757 twips)
        let tableWidth = try doc.first("//*[local-name()='tbl']/*[local-name()='tblPr']/*[local-name()='tblW']")?.attr("w:w")
        #expect(tableWidth.flatMap(Int.init).map { abs($0 - 12757) <= 2 } == true, "\(tableWidth ?? "")")
    }

    @Test func odtUsesALandscapeMasterPage() throws {
        let dir = try Paths.temporaryDirectory()
        let path = try GovDocIO.export(sourceAt: Self.source.path, formats: [.odt], outputBase: dir.appendingPathComponent("l").path)[0]
        let content = try ZipPackage(path: path).xml("content.xml")
        let styles = try ZipPackage(path: path).xml("styles.xml")
        let tableStyle = try #require(try content.first("//*[local-name()='table']")?.attr("table:style-name"))
        let style = try #require(try content.first("//*[local-name()='style'][@*[local-name()='name']='\(tableStyle)']"))
        #expect(style.attr("style:master-page-name") == "GovLandscape")
        let master = try #require(try styles.first("//*[local-name()='master-page'][@*[local-name()='name']='GovLandscape']"))
        let layout = try #require(try styles.first("//*[local-name()='page-layout'][@*[local-name()='name']='\(master.attr("style:page-layout-name") ?? "")']/*[local-name()='page-layout-properties']"))
        #expect(layout.attr("fo:page-width") == "297mm" && layout.attr("fo:page-height") == "210mm")
        #expect(layout.attr("style:print-orientation") == "landscape")
    }

    @Test(arguments: OutputFormat.packages)
    func rendersALandscapePageAndContinuesTheNumbers(_ format: OutputFormat) throws {
        let dir = try Paths.temporaryDirectory()
        let path = try GovDocIO.export(sourceAt: Self.source.path, formats: [format], outputBase: dir.appendingPathComponent("l").path)[0]
        let keep = dir.appendingPathComponent("keep")
        guard let rules = try Checkers.gbcheck(path, arguments: ["--keep", keep.path]) else { return }
        #expect(rules["pagenum.text"]?.status == "PASS", "\(rules["pagenum.text"]?.measured ?? "")")
        let info = try run(which("pdfinfo") ?? "/usr/bin/pdfinfo", ["-f", "1", "-l", "3", keep.appendingPathComponent("l.pdf").path])
        let sizes = info.stdout.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size") }.map(String.init)
        #expect(sizes.count == 3)
        #expect(sizes.count == 3 && sizes[0].contains("595.") && sizes[1].contains("841.89 x 595.") && sizes[2].contains("595."), "\(sizes)")
    }
}
