import Foundation
import GovDocKit
import GovDocPDF
import GovDocTemplates
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What Word reads differently from LibreOffice, said in the file (issue 16): the east-Asian
/// hint on ambiguous punctuation, autospace off, the page number off the grid, one altName with
/// PANOSE and signature, the 版记 as Word writes a text box, the letterhead's height.
@Suite struct WordCompatTests {
    /// A document with every kind of ambiguous character, in body text, a heading, a table
    /// cell and the 版记.
    static let source = """
    ---
    kind: notice
    title: 关于做好“互联网+政务服务”工作的通知
    header: 石门镇人民政府文件
    number: 石政发〔2024〕3号
    issuer: 石门镇人民政府
    date: 2024-02-20
    to: 各村（社区）
    cc: [县政务服务中心——办公室, 县数据局]
    printer: 石门镇党政办公室
    printed: 2024-02-20
    ---
    一、关于“一网通办”
    各村要落实‘三公’经费公开……做到“应公开、尽公开”·及时更新。第①项、第②项 ≤ 30日。
    | 项目 | 说明 |
    |---|---|
    | “一网通办” | 完成 |
    """

    static func export(_ format: OutputFormat, source: String = WordCompatTests.source) throws -> String {
        let dir = try Paths.temporaryDirectory()
        let path = dir.appendingPathComponent("n.md")
        try Data(source.utf8).write(to: path)
        return try GovDocIO.export(sourceAt: path.path, formats: [format])[0]
    }

    static func isAmbiguous(_ s: Unicode.Scalar) -> Bool {
        // the characters the issue names, plus the ranges Word treats the same way
        "“”‘’—…·".unicodeScalars.contains(s) || (0x2010...0x206F).contains(s.value) || (0x2100...0x27BF).contains(s.value)
    }

    @Test func everyRunWithAnAmbiguousCharacterHasTheEastAsianHint() throws {
        let package = ZipPackage(path: try Self.export(.docx))
        var checked = 0
        for part in try package.entries() where part.hasPrefix("word/") && part.hasSuffix(".xml")
            && (part.contains("document") || part.contains("footer") || part.contains("header")) {
            let xml = try package.xml(part)
            for run in try xml.all("//*[local-name()='r'][*[local-name()='t']]") {
                let text = try run.all("./*[local-name()='t']").compactMap(\.stringValue).joined()
                guard text.unicodeScalars.contains(where: Self.isAmbiguous) else { continue }
                checked += 1
                let hint = try run.first("./*[local-name()='rPr']/*[local-name()='rFonts']")?.attr("w:hint")
                #expect(hint == "eastAsia", "\(part): run \"\(text)\" has no w:hint=\"eastAsia\"")
            }
        }
        // title quotes, heading, body (5 kinds), table cell, 抄送 dash, two footers' dashes
        #expect(checked >= 8, "\(checked) runs with ambiguous characters")
        let footer = try package.xml("word/footer1.xml")
        let dashes = try footer.all("//*[local-name()='r'][*[local-name()='t'][contains(., '—')]]")
        #expect(dashes.count == 2 && dashes.allSatisfy { (try? $0.first(".//*[local-name()='rFonts']")?.attr("w:hint")) == "eastAsia" })
        // plain runs stay plain: no hint on a run without such characters
        let document = try package.xml("word/document.xml")
        let plain = try document.all("//*[local-name()='r'][*[local-name()='t'][.='石门镇人民政府']]")
        #expect(!plain.isEmpty && plain.allSatisfy { (try? $0.first("./*[local-name()='rPr']")) == nil })
    }

    @Test func theDefaultsCarryAutospaceOff() throws {
        let sheet = try Templates.styleSheet("gbt9704")
        #expect(sheet.autospace == false)
        let styles = try ZipPackage(path: try Self.export(.docx)).xml("word/styles.xml")
        for element in ["autoSpaceDE", "autoSpaceDN"] {
            let defaults = try styles.first("//*[local-name()='pPrDefault']/*[local-name()='pPr']/*[local-name()='\(element)']")
            #expect(defaults?.attr("w:val") == "0", "docDefaults \(element)")
            let normal = try styles.first("//*[local-name()='style'][@*[local-name()='styleId']='Normal']/*[local-name()='pPr']/*[local-name()='\(element)']")
            #expect(normal?.attr("w:val") == "0", "Normal \(element)")
        }
        let odt = try ZipPackage(path: try Self.export(.odt)).xml("styles.xml")
        let defaults = try #require(try odt.first("//*[local-name()='default-style'][@*[local-name()='family']='paragraph']/*[local-name()='paragraph-properties']"))
        #expect(defaults.attr("style:text-autospace") == "none")
        // the model's width estimate follows the sheet
        #expect(SignatureLayout.width(of: "2024年", autospace: false) == 3)
        #expect(SignatureLayout.width(of: "2024年", autospace: true) > 3)
    }

    @Test func thePageNumberIsOffTheGridWithAnExactLine() throws {
        let styles = try ZipPackage(path: try Self.export(.docx)).xml("word/styles.xml")
        let style = try #require(try styles.first("//*[local-name()='style'][@*[local-name()='styleId']='GovPageNumber']/*[local-name()='pPr']"))
        #expect(try style.first("./*[local-name()='snapToGrid']")?.attr("w:val") == "0")
        let spacing = try #require(try style.first("./*[local-name()='spacing']"))
        #expect(spacing.attr("w:lineRule") == "exact" && spacing.attr("w:line") == "360")
    }

    @Test func theFontTableHasOneAlternateNameAndTheFacesPanoseAndSignature() throws {
        let fonts = try ZipPackage(path: try Self.export(.docx)).xml("word/fontTable.xml")
        for font in try fonts.all("//*[local-name()='font']") {
            let names = try font.all("./*[local-name()='altName']").compactMap { $0.attr("w:val") }
            #expect(names.count <= 1)
            for name in names { #expect(name.count <= 31 && !name.contains(","), "altName \(name)") }
        }
        let expected: [String: (alt: String, panose: String, usb0: String)] = [
            "仿宋_GB2312": ("仿宋", "02010609030101010101", "00000001"),
            "黑体": ("SimHei", "02010609060101010101", "800002BF"),
            "楷体_GB2312": ("楷体", "02010609030101010101", "00000001"),
            "方正小标宋简体": ("FZXiaoBiaoSong-B05S", "03000509000000000000", "00000001"),
        ]
        for (name, want) in expected {
            let font = try #require(try fonts.first("//*[local-name()='font'][@*[local-name()='name']='\(name)']"), "\(name) in the font table")
            #expect(try font.first("./*[local-name()='altName']")?.attr("w:val") == want.alt)
            #expect(try font.first("./*[local-name()='panose1']")?.attr("w:val") == want.panose)
            let sig = try #require(try font.first("./*[local-name()='sig']"))
            #expect(sig.attr("w:usb0") == want.usb0 && sig.attr("w:csb0")?.count == 8)
        }
    }

    @Test func theImprintIsAWordTextBoxWithTheVMLShapeAsFallback() throws {
        let path = try Self.export(.docx)
        let document = try ZipPackage(path: path).xml("word/document.xml")
        let root = try #require(document.rootElement())
        #expect(root.attribute(forName: "mc:Ignorable")?.stringValue == "w14 wp14")
        let alternate = try #require(try document.first("//*[local-name()='AlternateContent']"))
        let choice = try #require(try alternate.first("./*[local-name()='Choice']"))
        #expect(choice.attr("Requires") == "wps")
        let anchor = try #require(try choice.first(".//*[local-name()='anchor']"))
        #expect(anchor.attr("layoutInCell") == "1" && anchor.attr("behindDoc") == "0")
        #expect(try anchor.first("./*[local-name()='positionV']")?.attr("relativeFrom") == "margin")
        #expect(try anchor.first("./*[local-name()='positionV']/*[local-name()='align']")?.stringValue == "bottom")
        #expect(try anchor.first("./*[local-name()='positionH']/*[local-name()='align']")?.stringValue == "center")
        #expect(try anchor.first("./*[local-name()='wrapTopAndBottom']") != nil)
        let shape = try #require(try anchor.first(".//*[local-name()='wsp']"))
        #expect(try shape.first("./*[local-name()='bodyPr']")?.attr("anchor") == "b")
        #expect(try shape.first(".//*[local-name()='txbxContent']/*[local-name()='tbl']") != nil)
        let fallback = try #require(try alternate.first("./*[local-name()='Fallback']"))
        let vml = try #require(try fallback.first(".//*[local-name()='shape']"))
        #expect(vml.attr("style")?.contains("mso-position-vertical:bottom") == true)
        #expect(try vml.first(".//*[local-name()='txbxContent']/*[local-name()='tbl']") != nil)
        try Checkers.expectValid(path)
    }

    /// §7.3.5.2 with an issuer longer than the date: the date starts 2 字 right of the issuer,
    /// placed by its start (a left indent), so that it stands there whether a renderer adds
    /// autospace around its digits or not (LibreOffice 7.4 ignores w:autoSpaceDE/DN in a .docx;
    /// Word does not). A shorter issuer (the notice) keeps the date right-indented 2 字; both
    /// files carry the same indents.
    @Test func theSignatureIndentsAreTheSameInBothFilesAndTheDateStandsByItsStart() throws {
        let dir = try Paths.temporaryDirectory()
        let source = dir.appendingPathComponent("long.md")
        try Data("---\ntitle: 关于报送材料的通知\nissuer: 某某县人民政府办公室\ndate: 2024-04-03\n---\n请按时报送。\n".utf8).write(to: source)
        for (path, startsAfterIssuer) in [(source.path, true), (Paths.root.appendingPathComponent("Examples/notice/notice.md").path, false)] {
            let document = try GovDocIO.read(sourceAt: path)
            let looks = Flow(document).items.compactMap { item -> FlowParagraph? in
                if case let .paragraph(p) = item, p.role == .signature || p.role == .date { return p }
                return nil
            }
            try #require(looks.count == 2)
            let character = document.styles.style(.body).size
            let issuer = looks[0].runs.map(\.text).joined()
            let issuerStart = document.pageSetup.textWidth - looks[0].look.rightIndent! - SignatureLayout.width(of: issuer, autospace: false) * character
            if startsAfterIssuer {
                #expect(abs((looks[1].look.leftIndent ?? -1) - (issuerStart + 2 * character)) < 0.01)
                #expect(looks[1].look.alignment == .left && looks[1].look.rightIndent == nil)
            } else {
                #expect(abs(looks[1].look.rightIndent! - 2 * character) < 0.01, "the longer date right-indented 2 字")
            }
            let written = try GovDocIO.export(sourceAt: path, formats: [.docx, .odt], outputBase: dir.appendingPathComponent("n").path)
            let docx = try ZipPackage(path: written[0]).xml("word/document.xml")
            let content = try ZipPackage(path: written[1]).xml("content.xml")
            let date = try #require(try docx.first("//*[local-name()='p'][*[local-name()='pPr']/*[local-name()='pStyle'][@*[local-name()='val']='GovDate']]/*[local-name()='pPr']"))
            let side = startsAfterIssuer ? "left" : "right"
            let indent = startsAfterIssuer ? looks[1].look.leftIndent! : looks[1].look.rightIndent!
            #expect(try date.first("./*[local-name()='ind']")?.attr("w:\(side)") == "\(Int((indent * 20).rounded()))")
            let styles = try content.all("//*[local-name()='style'][@*[local-name()='parent-style-name']='GovDate']/*[local-name()='paragraph-properties']")
            #expect(styles.contains { $0.attr("fo:margin-\(side)").flatMap { Double($0.dropLast(2)) }.map { abs($0 - indent) < 0.01 } ?? false })
        }
    }

    /// The letterhead (57 mm) is taller than the top margin (37 mm): Word starts page 1's body at
    /// its foot. The header ends where what is left of page 1 is whole grid lines, so LibreOffice
    /// (which centres its grid in what is left) starts the body there too: the title's line top
    /// is the header's foot, in both formats.
    @Test(arguments: OutputFormat.packages)
    func theLetterTitleStandsAtTheFootOfTheLetterhead(_ format: OutputFormat) throws {
        let letter = Paths.root.appendingPathComponent("Examples/letter/letter.md")
        let dir = try Paths.temporaryDirectory()
        let path = try GovDocIO.export(sourceAt: letter.path, formats: [format], outputBase: dir.appendingPathComponent("l").path)[0]
        let document = try GovDocIO.read(sourceAt: letter.path)
        let flow = Flow(document)
        let frame = try #require(flow.firstPage)
        let headerHeight = frame.header.reduce(0.0) { sum, p in
            let look = p.look
            let style = document.styles.style(p.role)
            return sum + (look.exactLineHeight ?? style.lineHeight ?? style.size) + (look.spaceBefore ?? 0)
                + (look.bottomRule.map { $0.distance + $0.totalWidth } ?? 0)
        }
        let foot = frame.headerTop + headerHeight
        let page = document.pageSetup
        let rest = page.height - page.marginBottom - foot
        let remainder = rest.truncatingRemainder(dividingBy: page.linePitch)
        #expect(remainder > 0.5 && remainder < 3, "page 1 below the letterhead: \(rest) pt, \(remainder) pt over whole lines")
        guard let pdf = try Checkers.renderPDF(path) else { return }
        let words = try TextBox.words(pdf: pdf, page: 1)
        let title = try #require(words.first { $0.text.hasPrefix("石门镇人民政府关于") })
        // exact 28.95 pt title lines: baseline at 80 % of the line; poppler's box bottom is the
        // baseline + 0.35 × 22 pt
        let lineTop = (title.yMax - 0.35 * 22) - 0.8 * 28.95
        #expect(abs(lineTop - foot) < 1.5, "title line top \(lineTop) pt, letterhead foot \(foot) pt")
    }

    /// Lines holding digits hold 28 字 (in ODT: LibreOffice 7.4 reads `style:text-autospace`,
    /// but not `w:autoSpaceDE/DN` in a .docx, which Word reads): a full line breaks only where
    /// the next character (a whole number) does not fit. With a sheet that turns autospace on,
    /// the same text breaks early (the control).
    @Test func linesHoldingDigitsHold28Characters() throws {
        guard let off = try Self.digitLines(autospace: false) else { return }
        #expect(off.full >= 4, "\(off.full) full lines with digits")
        #expect(off.problems.isEmpty, "\(off.problems)")
        guard let on = try Self.digitLines(autospace: true) else { return }
        #expect(!on.problems.isEmpty, "with autospace on, lines holding digits break early")
    }

    static func digitLines(autospace: Bool) throws -> (full: Int, problems: [String])? {
        let sentence = "全镇2024年新增茶园500亩带动农户120户增收300万元建成道路18公里"
        let body = String(repeating: sentence, count: 6)
        let dir = try Paths.temporaryDirectory()
        try Data("extends: gbt9704\nautospace: \(autospace)\n".utf8).write(to: dir.appendingPathComponent("sheet.yaml"))
        let source = dir.appendingPathComponent("digits.md")
        try Data("---\ntitle: 数字测试\nissuer: 某某镇人民政府\ndate: 2024-04-03\nstyle: ./sheet.yaml\n---\n\(body)\n".utf8).write(to: source)
        let path = try GovDocIO.export(sourceAt: source.path, formats: [.odt])[0]
        guard let pdf = try Checkers.renderPDF(path) else { return nil }
        let text = try run(which("pdftotext") ?? "/usr/bin/pdftotext", ["-layout", "-f", "1", "-l", "1", pdf, "-"]).stdout
        let lines = text.split(separator: "\n").map { $0.filter { !$0.isWhitespace } }.filter { $0.contains("亩") || $0.contains("茶") || $0.contains("户") }
        func width(_ s: Substring) -> Double { s.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 8 : 16) - 0.25 } }
        let capacity = 442.25
        var full = 0
        var problems: [String] = []
        for (i, line) in lines.enumerated() where i + 1 < lines.count {
            let used = width(line[...]) + (i == 0 ? 32 : 0)   // the first line is indented 2 字
            // a number is not broken: the whole of it moves down
            let nextRun = lines[i + 1].prefix { $0.isASCII }
            let moved = nextRun.isEmpty ? width(lines[i + 1].prefix(1)) : width(nextRun[...])
            if used > capacity + 0.5 { problems.append("line \(i + 1) \(line) is \(used) pt wide") }
            if used + moved <= capacity - 0.5 { problems.append("line \(i + 1) \(line) (\(used) pt) had room for \(lines[i + 1].prefix(max(1, nextRun.count)))") }
            full += 1
        }
        return (full, problems)
    }
}
