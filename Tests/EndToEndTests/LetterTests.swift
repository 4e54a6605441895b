import Foundation
import GovDocKit
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// 信函格式 (`kind: letter`, GB/T 9704 §10.1): the letterhead in page 1's own header and
/// footer — the red mark 30 mm under the paper's top, a red double rule (thick over thin) 4 mm
/// under it, 发文字号 flush right 7/8 of a 3号 character under the rule, a red double rule
/// (thin over thick) 20 mm above the paper's bottom, both 170 mm and centred — and no page
/// number on page 1.
@Suite(.serialized)
struct LetterTests {
    static let source = Paths.root.appendingPathComponent("Examples/letter/letter.md")

    static func export(_ format: OutputFormat) throws -> String {
        let dir = try Paths.temporaryDirectory()
        return try GovDocIO.export(sourceAt: source.path, formats: [format], outputBase: dir.appendingPathComponent("letter").path)[0]
    }

    @Test func docxLetterhead() throws {
        let path = try Self.export(.docx)
        let package = ZipPackage(path: path)
        #expect(try package.entries().contains("word/header1.xml"))
        let doc = try package.xml("word/document.xml")
        let sect = try #require(try doc.first("//*[local-name()='body']/*[local-name()='sectPr']"))
        #expect(try sect.first("./*[local-name()='titlePg']") != nil, "page 1 has its own header and footer")
        #expect(try sect.first("./*[local-name()='headerReference'][@*[local-name()='type']='first']") != nil)
        #expect(try sect.first("./*[local-name()='footerReference'][@*[local-name()='type']='first']") != nil)
        let header = try package.xml("word/header1.xml")
        let paragraphs = try header.all("//*[local-name()='p']")
        #expect(try paragraphs.map(DocxReader.text(ofParagraph:)) == ["石门镇人民政府", "石政函〔2024〕5号"])
        let rule = try #require(try paragraphs[0].first(".//*[local-name()='pBdr']/*[local-name()='bottom']"))
        #expect(rule.attr("w:val") == "thickThinSmallGap" && rule.attr("w:color") == "FF0000")   // thick next to the text: thick over thin
        #expect(try paragraphs[1].first(".//*[local-name()='jc']")?.attr("w:val") == "right")
        // the rule runs 8 mm left of the block and 6 mm right of it: 170 mm centred on the paper
        let indent = try #require(try paragraphs[0].first(".//*[local-name()='ind']"))
        #expect(indent.attr("w:left") == "-454" && indent.attr("w:right") == "-340")
        let footer = try package.xml("word/footer3.xml")
        #expect(try footer.first("//*[local-name()='instrText']") == nil, "no page number on page 1")
        #expect(try footer.first("//*[local-name()='pBdr']/*[local-name()='top']")?.attr("w:val") == "thickThinSmallGap")  // thin over thick, the thick line next to the text
        // the body: title, 主送; the 版记 of a letter has no 印发 line and no rules
        let texts = try doc.all("//*[local-name()='body']/*[local-name()='p']").map(DocxReader.text(ofParagraph:)).filter { !$0.isEmpty }
        #expect(texts.first == "石门镇人民政府关于商请协助开展\n森林防火联合巡查的函")   // TitleLayout: balanced lines
        let imprint = try #require(try doc.first("//*[local-name()='txbxContent']/*[local-name()='tbl']"))
        let rows = try imprint.all(".//*[local-name()='p']").map(DocxReader.text(ofParagraph:)).filter { !$0.isEmpty }
        #expect(rows == ["抄送：县应急管理局。"])
        let borders = try imprint.all("./*[local-name()='tblPr']/*[local-name()='tblBorders']/*")
        #expect(borders.allSatisfy { $0.attr("w:val") == "nil" }, "no rules")
        try Checkers.expectValid(path)
    }

    @Test func odtLetterhead() throws {
        let path = try Self.export(.odt)
        let package = ZipPackage(path: path)
        let styles = try package.xml("styles.xml")
        let content = try package.xml("content.xml")
        let master = try #require(try styles.first("//*[local-name()='master-page'][@*[local-name()='name']='GovFirstPage']"))
        #expect(master.attr("style:next-style-name") == "Standard")
        let header = try #require(try master.first("./*[local-name()='header']"))
        #expect(try header.all("./*[local-name()='p']").map(OdtReader.text(of:)) == ["石门镇人民政府", "石政函〔2024〕5号"])
        #expect(try master.first(".//*[local-name()='page-number']") == nil, "no page number on page 1")
        let markStyle = try #require(try styles.first("//*[local-name()='style'][@*[local-name()='name']='GovFrame1']/*[local-name()='paragraph-properties']"))
        #expect(markStyle.attr("fo:border-bottom")?.hasSuffix("double #FF0000") == true)
        #expect(markStyle.attr("style:border-line-width-bottom") == "2.25pt 1pt 0.75pt")   // thick over thin
        let footerRule = try #require(try styles.first("//*[local-name()='style'][@*[local-name()='name']='GovFrame3']/*[local-name()='paragraph-properties']"))
        #expect(footerRule.attr("style:border-line-width-top") == "2.25pt 1pt 0.75pt")      // thick next to the text: thin over thick
        // page 1 takes the letterhead's master page; the others the standard one
        let first = try #require(try content.first("//*[local-name()='text']/*[local-name()='p' or local-name()='h']"))
        let firstStyle = try #require(try content.first("//*[local-name()='style'][@*[local-name()='name']='\(first.attr("text:style-name") ?? "")']"))
        #expect(firstStyle.attr("style:master-page-name") == "GovFirstPage")
        try Checkers.expectValid(path)
    }

    /// Measured on the rendered page 1, in both formats.
    @Test(arguments: OutputFormat.packages)
    func renderedLetterhead(_ format: OutputFormat) throws {
        let path = try Self.export(format)
        guard let pdf = try Checkers.renderPDF(path) else { return }
        let page = try RedInk.scan(pdf: pdf, page: 1)
        let rules = page.rules
        try #require(rules.count == 2, "two red double rules on page 1: \(rules)")
        let (top, bottom) = (rules[0], rules[1])
        for rule in rules {
            #expect(abs(rule.lengthMM - 170) < 1, "rule \(rule.lengthMM) mm long")
            #expect(abs(rule.leftMM - 20) < 1, "rule starts \(rule.leftMM) mm from the left edge (centred: 20)")
            #expect(rule.lines == 2, "a double rule: \(rule.lines) lines")
        }
        #expect(top.firstLineThicker && !bottom.firstLineThicker, "thick over thin at the top, thin over thick at the bottom")
        let markTop = try #require(page.markTopMM)
        #expect(abs(markTop - 30) < 1, "mark top \(markTop) mm under the paper's top")
        let markBottom = try #require(page.markBottomMM)
        #expect(abs(top.topMM - markBottom - 4) < 1, "rule \(top.topMM - markBottom) mm under the mark")
        #expect(abs(297 - bottom.topMM - 20) < 1, "lower rule \(297 - bottom.topMM) mm above the paper's bottom")
        // 发文字号 flush right under the rule, its ink 7/8 of a 3号 character (4.94 mm) lower
        let number = try TextBox.words(pdf: pdf, page: 1).first { $0.text.hasPrefix("石政函") }
        let numberTop = try #require(try Pixmap.inkTop(pdf: pdf, page: 1, belowMM: top.bottomMM + 0.3, fromXMM: 120))
        #expect(abs(numberTop - top.bottomMM - 4.94) < 1, "number \(numberTop - top.bottomMM) mm under the rule")
        #expect(number != nil)
        // the 版记 (抄送 alone, no rules) at the foot of the last page
        let cc = try #require(try TextBox.words(pdf: pdf, page: 2).first { $0.text.hasPrefix("抄送") })
        #expect(cc.yMax * 25.4 / 72 > 250 && cc.yMax * 25.4 / 72 < 262.5, "抄送 line ends \(cc.yMax * 25.4 / 72) mm from the top")
        #expect(try DarkRules.find(pdf: pdf, page: 2).isEmpty, "no 版记 rules in a letter")
        // no page number on page 1; page 2 has `— 2 —`
        #expect(!(try TextBox.words(pdf: pdf, page: 1).contains { $0.text == "—" }))
        #expect(try TextBox.words(pdf: pdf, page: 2).contains { $0.text == "2" })
    }
}

/// The red ink of a rendered page (pdftoppm, 288 dpi): horizontal rules and the mark.
struct RedInk {
    struct Rule: CustomStringConvertible {
        var topMM: Double
        var bottomMM: Double
        var leftMM: Double
        var lengthMM: Double
        /// Separate lines in the band (2 for a double rule) and whether the upper one is thicker.
        var lines: Int
        var firstLineThicker: Bool
        var description: String { "\(topMM)–\(bottomMM) mm, \(leftMM) + \(lengthMM) mm, \(lines) lines" }
    }
    var rules: [Rule]
    var markTopMM: Double?
    var markBottomMM: Double?

    static let dpi = 288.0

    static func scan(pdf: String, page: Int) throws -> RedInk {
        let image = try Pixmap.render(pdf: pdf, page: page, dpi: dpi)
        let mm = 25.4 / dpi
        func isRed(_ x: Int, _ y: Int) -> Bool {
            let p = image[x, y]
            return p[p.startIndex] > 180 && p[p.startIndex + 1] < 90 && p[p.startIndex + 2] < 90
        }
        // per row: the longest red run, and whether the row has red at all
        var longest: [(start: Int, length: Int)] = []
        var any: [Bool] = []
        for y in 0..<image.height {
            var best = (start: 0, length: 0), start = -1, found = false
            for x in 0..<image.width {
                let red = isRed(x, y)
                found = found || red
                if red && start < 0 { start = x }
                if (!red || x == image.width - 1) && start >= 0 {
                    let length = (red ? x + 1 : x) - start
                    if length > best.length { best = (start, length) }
                    start = -1
                }
            }
            longest.append(best)
            any.append(found)
        }
        // rows whose run is over 100 mm belong to rules; rows within 2 mm of each other, to one rule
        let ruleRows = (0..<image.height).filter { Double(longest[$0].length) * mm > 100 }
        var bands: [[Int]] = []
        for y in ruleRows {
            if let last = bands.last?.last, Double(y - last) * mm < 2 { bands[bands.count - 1].append(y) } else { bands.append([y]) }
        }
        let rules = bands.map { rows -> Rule in
            var lines: [[Int]] = []
            for y in rows {
                if let last = lines.last?.last, y == last + 1 { lines[lines.count - 1].append(y) } else { lines.append([y]) }
            }
            let widest = rows.max { longest[$0].length < longest[$1].length }!
            return Rule(topMM: Double(rows.first!) * mm, bottomMM: Double(rows.last! + 1) * mm,
                        leftMM: Double(longest[widest].start) * mm, lengthMM: Double(longest[widest].length) * mm,
                        lines: lines.count, firstLineThicker: lines.count == 2 && lines[0].count > lines[1].count)
        }
        // the mark: red rows above the first rule
        let limit = bands.first?.first ?? image.height
        let markRows = (0..<limit).filter { any[$0] }
        return RedInk(rules: rules, markTopMM: markRows.first.map { Double($0) * mm },
                      markBottomMM: markRows.last.map { Double($0 + 1) * mm })
    }
}

extension Pixmap {
    /// Page `page` of a PDF rendered by pdftoppm.
    static func render(pdf: String, page: Int, dpi: Double) throws -> Pixmap {
        let dir = try Paths.temporaryDirectory()
        let r = try run(which("pdftoppm") ?? "/usr/bin/pdftoppm", ["-r", "\(Int(dpi))", "-f", "\(page)", "-l", "\(page)", pdf, dir.appendingPathComponent("p").path])
        guard r.status == 0 else { throw TestFailure("pdftoppm: \(r.stderr)") }
        guard let file = try FileManager.default.contentsOfDirectory(atPath: dir.path).first(where: { $0.hasSuffix(".ppm") }) else {
            throw TestFailure("pdftoppm wrote no page \(page)")
        }
        return try Pixmap(contentsOf: dir.appendingPathComponent(file))
    }

    /// The top of the first dark ink under `belowMM` and right of `fromXMM`, in mm.
    static func inkTop(pdf: String, page: Int, belowMM: Double, fromXMM: Double) throws -> Double? {
        let dpi = RedInk.dpi
        let image = try render(pdf: pdf, page: page, dpi: dpi)
        let px = dpi / 25.4
        for y in Int(belowMM * px)..<image.height {
            for x in Int(fromXMM * px)..<image.width {
                let p = image[x, y]
                if p.allSatisfy({ $0 < 100 }) { return Double(y) / px }
            }
        }
        return nil
    }
}
