import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `govdoc template`: Word (.dotx) and LibreOffice (.ott) templates carrying the style sheet.
@Suite struct TemplateTests {
    /// The styles a clerk picks from Word's gallery, with the outline level of each heading.
    static let headingLevels = ["一级标题": "0", "二级标题": "1", "三级标题": "2", "四级标题": "3"]
    static let otherStyles = ["公文标题", "公文正文", "附件说明", "发文机关署名", "成文日期", "主送机关", "发文机关标志", "发文字号"]

    func make(_ arguments: [String], in dir: URL) throws -> ProcessResult {
        // run in `dir` (env -C), where the default name 公文模板 is written
        try run("/usr/bin/env", ["-C", dir.path, govdocExecutable, "template", "--lang", "en", "--date", "2024-03-01"] + arguments)
    }

    @Test func wordTemplateCarriesTheStylesPageAndFooters() throws {
        let dir = try Paths.temporaryDirectory()
        let result = try make(["--dotx", "--kind", "notice", "-o", "t"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let path = dir.appendingPathComponent("t.dotx").path
        try Checkers.expectValid(path)
        let package = ZipPackage(path: path)
        let types = String(decoding: try package.data("[[]Content_Types].xml"), as: UTF8.self)
        #expect(types.contains("application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"))
        #expect(!types.contains("wordprocessingml.document.main+xml"))
        let styles = try package.xml("word/styles.xml")
        for (name, level) in Self.headingLevels {
            let style = try #require(try styles.first("//*[local-name()='style'][*[local-name()='name'][@*[local-name()='val']='\(name)']]"), "\(name)")
            let outline = try style.first(".//*[local-name()='outlineLvl']")?.attr("w:val")
            #expect(outline == level, "\(name): outline level \(outline ?? "none")")
        }
        for name in Self.otherStyles {
            #expect(try styles.first("//*[local-name()='style'][*[local-name()='name'][@*[local-name()='val']='\(name)']]") != nil, "\(name)")
        }
        let document = try package.xml("word/document.xml")
        let size = try #require(try document.first("//*[local-name()='sectPr']/*[local-name()='pgSz']"))
        #expect(size.attr("w:w") == "11906" && size.attr("w:h") == "16838", "A4")
        let margins = try #require(try document.first("//*[local-name()='sectPr']/*[local-name()='pgMar']"))
        // 37 mm top, 28 mm left (GB/T 9704 §5.2.1), in twentieths of a point
        #expect(margins.attr("w:top") == "2098" && margins.attr("w:left") == "1587", "\(margins)")
        #expect(try document.first("//*[local-name()='sectPr']/*[local-name()='docGrid']") != nil)
        let footers = try package.entries().filter { $0.hasPrefix("word/footer") }
        #expect(footers.count >= 2, "odd and even footers")
        let footer = String(decoding: try package.data("word/footer1.xml"), as: UTF8.self)
        #expect(footer.contains("PAGE"), "the page number field")
        let text = try DocxReader(path).extract().paragraphs.joined(separator: "\n")
        #expect(text.contains("发文机关名称文件") && text.contains("一级标题"), "the notice skeleton")
    }

    @Test func libreOfficeTemplateIsAnOpenDocumentTemplate() throws {
        let dir = try Paths.temporaryDirectory()
        let result = try make(["--ott"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("公文模板.ott"))
        let path = dir.appendingPathComponent("公文模板.ott").path
        try Checkers.expectValid(path)
        let package = ZipPackage(path: path)
        #expect(try package.entries().first == "mimetype")
        #expect(String(decoding: try package.data("mimetype"), as: UTF8.self) == "application/vnd.oasis.opendocument.text-template")
        let manifest = String(decoding: try package.data("META-INF/manifest.xml"), as: UTF8.self)
        #expect(manifest.contains("manifest:media-type=\"application/vnd.oasis.opendocument.text-template\""))
        let styles = try package.xml("styles.xml")
        for (name, level) in Self.headingLevels {
            let style = try #require(try styles.first("//*[local-name()='style'][@*[local-name()='display-name']='\(name)']"), "\(name)")
            #expect(style.attr("style:default-outline-level") == String(Int(level)! + 1), "\(name)")
        }
    }

    @Test func aCountysStyleSheetGivesItsOwnTemplate() throws {
        let dir = try Paths.temporaryDirectory()
        try "name: county\nextends: gbt9704\nelements:\n  red: E60012\n".write(to: dir.appendingPathComponent("county.yaml"), atomically: true, encoding: .utf8)
        let result = try make(["--dotx", "--kind", "notice", "--style", "county.yaml"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let package = ZipPackage(path: dir.appendingPathComponent("公文模板.dotx").path)
        let xml = String(decoding: try package.data("word/document.xml"), as: UTF8.self) + String(decoding: try package.data("word/styles.xml"), as: UTF8.self)
        #expect(xml.contains("E60012"), "the county's red (its separator rule)")
        let standard = try make(["--dotx", "--kind", "notice", "-o", "standard"], in: dir)
        #expect(standard.status == 0)
        let plain = String(decoding: try ZipPackage(path: dir.appendingPathComponent("standard.dotx").path).data("word/document.xml"), as: UTF8.self)
        #expect(!plain.contains("E60012"), "the standard sheet's template does not carry it")
    }

    @Test func libreOfficeOpensTheWordTemplate() throws {
        let dir = try Paths.temporaryDirectory()
        #expect(try make(["--dotx"], in: dir).status == 0)
        guard let pdf = try Checkers.renderPDF(dir.appendingPathComponent("公文模板.dotx").path) else { return }
        let text = try run(which("pdftotext") ?? "/usr/bin/pdftotext", [pdf, "-"]).stdout
        for words in ["一级标题", "四级标题", "发文机关署名", "2024年3月1日"] {
            #expect(normalized(text).contains(words), "\(words) on the rendered page")
        }
    }

    @Test func refusesWithoutAFormatAndNeverOverwrites() throws {
        let dir = try Paths.temporaryDirectory()
        let none = try make([], in: dir)
        #expect(none.status != 0)
        #expect(none.stderr.contains("choose --dotx or --ott"))
        let existing = dir.appendingPathComponent("公文模板.dotx")
        try Data("old".utf8).write(to: existing)
        let again = try make(["--dotx"], in: dir)
        #expect(again.status != 0)
        #expect(try Data(contentsOf: existing) == Data("old".utf8), "the existing file is untouched")
    }
}
