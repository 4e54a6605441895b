import Foundation
import GovDocKit
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The seed report exported to .odt, checked on the file itself, and compared with the .docx.
@Suite(.serialized)
struct OdtExampleTests {
    static func exportExample(formats: [OutputFormat] = [.odt, .docx]) throws -> (odt: String, docx: String, dir: URL) {
        let dir = try Paths.temporaryDirectory()
        let base = dir.appendingPathComponent("report").path
        _ = try GovDocIO.export(sourceAt: Paths.example.path, formats: formats, outputBase: base)
        return (base + ".odt", base + ".docx", dir)
    }

    @Test func packageStructure() throws {
        let (odt, _, _) = try Self.exportExample()
        let entries = try ZipPackage(path: odt).entries()
        #expect(entries.first == "mimetype")
        #expect(Set(entries).isSuperset(of: ["content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"]))
        #expect(String(decoding: try ZipPackage(path: odt).data("mimetype"), as: UTF8.self) == "application/vnd.oasis.opendocument.text")
        let meta = try ZipPackage(path: odt).xml("meta.xml")
        #expect(try meta.first("//*[local-name()='title']")?.stringValue == "石门镇2023年政府信息公开工作年度报告")
        #expect(try meta.first("//*[local-name()='initial-creator']")?.stringValue == "石门镇人民政府")
    }

    @Test func pageLayoutGridAndFooters() throws {
        let (odt, _, _) = try Self.exportExample()
        let styles = try ZipPackage(path: odt).xml("styles.xml")
        let layout = try #require(try styles.first("//*[local-name()='page-layout']/*[local-name()='page-layout-properties']"))
        #expect(layout.attr("fo:page-width") == "210mm")
        #expect(layout.attr("fo:page-height") == "297mm")
        #expect(layout.attr("fo:margin-top") == "37mm")
        #expect(layout.attr("fo:margin-left") == "28mm")
        #expect(layout.attr("fo:margin-right") == "26mm")
        #expect(layout.attr("style:layout-grid-lines") == "22")
        #expect(["line", "both"].contains(layout.attr("style:layout-grid-mode") ?? ""))
        let master = try #require(try styles.first("//*[local-name()='master-page']"))
        let odd = try #require(try master.first("./*[local-name()='footer']"))
        let even = try #require(try master.first("./*[local-name()='footer-left']"))
        for footer in [odd, even] {
            let p = try #require(try footer.first(".//*[local-name()='p']"))
            #expect(try p.first(".//*[local-name()='page-number']") != nil)
            #expect(OdtReader.text(of: p).hasPrefix("— ") && OdtReader.text(of: p).hasSuffix(" —"))
        }
        // the first page is numbered 5
        let content = try ZipPackage(path: odt).xml("content.xml")
        let all = try content.all("//*[@*[local-name()='page-number']]") + styles.all("//*[@*[local-name()='page-number']]")
        #expect(all.contains { ($0.attr("style:page-number") ?? "") == "5" })
    }

    @Test func fontsByRole() throws {
        let (odt, _, _) = try Self.exportExample()
        let styles = try ZipPackage(path: odt).xml("styles.xml")
        func properties(_ displayName: String) throws -> XMLNode? {
            try styles.first("//*[local-name()='style'][@*[local-name()='display-name']='\(displayName)']/*[local-name()='text-properties']")
        }
        func fontName(_ displayName: String) throws -> String? {
            guard let props = try properties(displayName), let face = props.attr("style:font-name-asian") else { return nil }
            // the face name resolves to a font-face declaration whose family is the office font
            let decl = try styles.first("//*[local-name()='font-face'][@*[local-name()='name']='\(face)']")
            return decl?.attr("svg:font-family")
        }
        for (name, font, size) in [("公文标题", "方正小标宋简体", "22pt"), ("一级标题", "黑体", "16pt"), ("二级标题", "楷体_GB2312", "16pt"),
                                   ("三级标题", "仿宋_GB2312", "16pt"), ("公文正文", "仿宋_GB2312", "16pt"), ("页码", "宋体", "14pt")] {
            #expect(try fontName(name)?.contains(font) == true, "\(name) font")
            #expect(try properties(name)?.attr("style:font-size-asian") == size, "\(name) size")
        }
    }

    @Test func mergesAndHeaderRows() throws {
        let (odt, _, _) = try Self.exportExample()
        let extracted = try OdtReader(odt).extract()
        let oracle = try SourceOracle(path: Paths.example)
        #expect(extracted.tables.count == oracle.tables.count)
        for (got, want) in zip(extracted.tables, oracle.tables) {
            #expect(got.map { [$0.row, $0.column, $0.rowSpan, $0.colSpan] } == want.map { [$0.row, $0.column, $0.rowSpan, $0.colSpan] })
            #expect(got.map { normalized($0.text) } == want.map { normalized($0.text) })
        }
        let content = try ZipPackage(path: odt).xml("content.xml")
        let tables = try content.all("//*[local-name()='table'][not(ancestor::*[local-name()='table'])]")
        let headerRows = try tables.map { try $0.all("./*[local-name()='table-header-rows']/*[local-name()='table-row']").count }
        #expect(headerRows[1] == 3 && headerRows[2] == 3)
        // every covered slot is a covered-table-cell: each row has as many slots as columns
        for table in tables {
            let columns = try table.all("./*[local-name()='table-column']").reduce(0) { $0 + (Int($1.attr("table:number-columns-repeated") ?? "1") ?? 1) }
            for row in try table.all(".//*[local-name()='table-row']") {
                let slots = (row.children ?? []).filter { $0.localName == "table-cell" || $0.localName == "covered-table-cell" }.count
                #expect(slots == columns)
            }
        }
    }

    @Test func validatesAgainstTheSchemas() throws {
        let (odt, _, _) = try Self.exportExample()
        try Checkers.expectValid(odt)
    }

    @Test func rendersAsGBT9704Page() throws {
        let (odt, _, _) = try Self.exportExample()
        guard let rules = try Checkers.gbcheck(odt, arguments: ["--signature", "noseal"]) else { return }
        for (name, rule) in rules.sorted(by: { $0.key < $1.key }) {
            #expect(rule.status == "PASS" || rule.status == "N/A", "\(name): expected \(rule.expected ?? ""), measured \(rule.measured ?? "")")
        }
        for required in ["page.size", "margin.left", "margin.top", "lines.pitch", "lines.per_page", "chars.per_line",
                         "pagenum.text", "pagenum.vertical", "pagenum.horizontal", "signature.position", "declared.footers"] {
            #expect(rules[required]?.status == "PASS", "\(required) must be measured and pass")
        }
    }
}

/// The same model through both writers: identical text, grids and page setup.
@Suite struct ParityTests {
    @Test(arguments: Paths.validFixtures + [Paths.example, Paths.root.appendingPathComponent("Examples/notice/notice.md"),
                         Paths.root.appendingPathComponent("Examples/letter/letter.md")])
    func docxAndOdtCarryTheSameDocument(_ source: URL) throws {
        let dir = try Paths.temporaryDirectory()
        let base = dir.appendingPathComponent("doc").path
        _ = try GovDocIO.export(sourceAt: source.path, formats: [.docx, .odt], outputBase: base)
        let docx = try DocxReader(base + ".docx").extract()
        let odt = try OdtReader(base + ".odt").extract()
        #expect(docx.paragraphs == odt.paragraphs)
        #expect(docx.tables == odt.tables)
        for key in ["width", "height", "top", "left", "right"] {
            #expect(docx.page[key] == odt.page[key], "page \(key)")
        }
        try Checkers.expectValid(base + ".odt")
    }

    /// The same places on the rendered pages (LibreOffice): the title's first line, the first
    /// line of the body and the signature stand on the same page and within 1 mm of each other
    /// in the .docx and the .odt.
    @Test(arguments: Paths.validFixtures + [Paths.example, Paths.root.appendingPathComponent("Examples/notice/notice.md"),
                         Paths.root.appendingPathComponent("Examples/letter/letter.md")])
    func docxAndOdtPlaceTheTitleBodyAndSignatureAlike(_ source: URL) throws {
        let dir = try Paths.temporaryDirectory()
        // the files as shipped (issue 25: no variant made for one renderer)
        let document = try GovDocIO.read(sourceAt: source.path)
        let written = [dir.appendingPathComponent("doc.docx").path, dir.appendingPathComponent("doc.odt").path]
        try document.write(to: written[0], format: .docx)
        try document.write(to: written[1], format: .odt)
        let pdfs = try RenderedPages.renderPDFs(written)
        guard let docxPDF = pdfs[written[0]], let odtPDF = pdfs[written[1]] else { return }
        let flow = Flow(document)
        let paragraphs = flow.items.compactMap { item -> FlowParagraph? in
            if case let .paragraph(p) = item, !p.text.isEmpty { return p } else { return nil }
        }
        func squeezed(_ s: String) -> String { s.filter { !$0.isWhitespace } }
        let title = try #require(paragraphs.first { $0.role == .title })
        let bodyRoles: Set<Role> = [.body, .heading1, .heading2, .heading3, .heading4]
        let firstBody = paragraphs.drop { $0.role != .title }.first { bodyRoles.contains($0.role) }
        let signature = paragraphs.last { $0.role == .signature }
        var targets: [(String, (RenderedPages.Line) -> Bool, Bool)] = [
            ("title", { $0.text.count >= 2 && squeezed(title.text).hasPrefix($0.text) }, false),
        ]
        if let body = firstBody {
            targets.append(("first body line", { $0.text.count >= 2 && squeezed(body.text).hasPrefix($0.text) }, false))
        }
        if let signature {
            targets.append(("signature", { $0.text == squeezed(signature.text) }, true))
        }
        let docx = try RenderedPages.lines(pdf: docxPDF), odt = try RenderedPages.lines(pdf: odtPDF)
        for (name, matches, last) in targets {
            let a = last ? docx.last(where: matches) : docx.first(where: matches)
            let b = last ? odt.last(where: matches) : odt.first(where: matches)
            guard let a, let b else {
                Issue.record("\(source.lastPathComponent): \(name) not found (docx \(a.map(String.init(describing:)) ?? "–"), odt \(b.map(String.init(describing:)) ?? "–"))")
                continue
            }
            #expect(a.page == b.page && abs(a.topMM - b.topMM) <= 1,
                    "\(source.lastPathComponent) \(name): docx \(a), odt \(b)")
        }
    }
}

/// LibreOffice, a real consumer, keeps our merges when it converts .odt → .docx → .odt.
@Suite struct LibreOfficeRoundTripTests {
    @Test func mergesSurviveConversion() throws {
        guard let soffice = which("soffice") ?? which("libreoffice") else {
            Issue.record("LibreOffice (soffice) is not installed: Scripts/test.sh installs libreoffice-writer-nogui")
            return
        }
        let (odt, _, dir) = try OdtExampleTests.exportExample(formats: [.odt])
        let profile = dir.appendingPathComponent("profile").path
        let docxDir = dir.appendingPathComponent("docx"), odtDir = dir.appendingPathComponent("odt")
        var r = try run(soffice, ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "docx", "--outdir", docxDir.path, odt])
        #expect(r.status == 0, "\(r.stderr)")
        let converted = docxDir.appendingPathComponent("report.docx").path
        r = try run(soffice, ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "odt", "--outdir", odtDir.path, converted])
        #expect(r.status == 0, "\(r.stderr)")
        let oracle = try SourceOracle(path: Paths.example)
        let spans: ([GridCell]) -> [[Int]] = { $0.map { [$0.row, $0.column, $0.rowSpan, $0.colSpan] } }
        let viaDocx = try DocxReader(converted).extract()
        let back = try OdtReader(odtDir.appendingPathComponent("report.odt").path).extract()
        #expect(viaDocx.tables.map(spans) == oracle.tables.map(spans))
        #expect(back.tables.map(spans) == oracle.tables.map(spans))
    }
}
