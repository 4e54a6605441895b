import Foundation
import GovDocKit
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A notice (`kind: notice`) with the GB/T 9704 elements: 版头 (red mark, 发文字号, red
/// separator), 主送, 附件说明, signature, 附注, 版记 — in both formats.
@Suite(.serialized)
struct NoticeTests {
    static let source = Paths.root.appendingPathComponent("Examples/notice/notice.md")

    static func export(_ format: OutputFormat) throws -> String {
        let dir = try Paths.temporaryDirectory()
        return try GovDocIO.export(sourceAt: source.path, formats: [format], outputBase: dir.appendingPathComponent("notice").path)[0]
    }

    @Test func docxElements() throws {
        let path = try Self.export(.docx)
        let package = ZipPackage(path: path)
        let doc = try package.xml("word/document.xml")
        let styles = try package.xml("word/styles.xml")
        let paragraphs = try doc.all("//*[local-name()='body']/*[local-name()='p']")
        func style(of p: XMLNode) throws -> String? { try p.first(".//*[local-name()='pStyle']")?.attr("w:val") }
        // 版头: the red mark's em box 35 mm under the top of the text block: 35 mm less the 4 pt
        // by which its 36 pt em box sits under the top of its 44 pt line
        let mark = paragraphs[0]
        #expect(try style(of: mark) == "GovIssuerMark")
        #expect(try DocxReader.text(ofParagraph: mark) == "石门镇人民政府文件")
        #expect(try mark.first(".//*[local-name()='spacing']")?.attr("w:before") == "1904")
        let markStyle = try #require(try styles.first("//*[local-name()='style'][@*[local-name()='styleId']='GovIssuerMark']"))
        #expect(try markStyle.first(".//*[local-name()='color']")?.attr("w:val") == "FF0000")
        #expect(try markStyle.first(".//*[local-name()='rFonts']")?.attr("w:eastAsia") == "方正小标宋简体")
        // 发文字号 two blank lines under the mark, the red separator 4 mm under it
        #expect(try paragraphs[1...2].allSatisfy { try DocxReader.text(ofParagraph: $0).isEmpty })
        let number = paragraphs[3]
        #expect(try DocxReader.text(ofParagraph: number) == "石政发〔2024〕3号")
        let rule = try #require(try number.first(".//*[local-name()='pBdr']/*[local-name()='bottom']"))
        #expect(rule.attr("w:color") == "FF0000")
        // 4 mm (11.3 pt) under the number's em box, which ends 1.2 pt above the bottom of its
        // exact 18.4 pt line (off the grid): 10 pt
        #expect(rule.attr("w:space") == "10")
        let numberSpacing = try #require(try number.first(".//*[local-name()='spacing']"))
        #expect(numberSpacing.attr("w:line") == "368" && numberSpacing.attr("w:lineRule") == "exact")
        #expect(try number.first(".//*[local-name()='snapToGrid']")?.attr("w:val") == "0")
        // the title two blank lines under the separator, 主送 after one blank line
        #expect(try paragraphs[4...5].allSatisfy { try DocxReader.text(ofParagraph: $0).isEmpty })
        #expect(try style(of: paragraphs[6]) == "GovTitle")
        #expect(try style(of: paragraphs[8]) == "GovRecipient")
        #expect(try DocxReader.text(ofParagraph: paragraphs[8]) == "各村（社区）、镇属各单位：")
        // 附件说明: numbered, wrapped lines aligned with the names
        let notes = try paragraphs.filter { try style(of: $0) == "GovAttachmentNote" }
        #expect(try notes.map(DocxReader.text(ofParagraph:)) == ["附件：1. 石门镇2024年春季森林防火责任分解表", "2. 石门镇森林防火应急队伍名单及联系方式"])
        let firstIndent = try #require(try notes[0].first(".//*[local-name()='ind']"))
        let secondIndent = try #require(try notes[1].first(".//*[local-name()='ind']"))
        #expect(firstIndent.attr("w:left") == secondIndent.attr("w:left"))
        #expect(Int(firstIndent.attr("w:hanging") ?? "0")! > Int(secondIndent.attr("w:hanging") ?? "0")!)
        // signature, then 附注 in parentheses
        let texts = try paragraphs.map(DocxReader.text(ofParagraph:)).filter { !$0.isEmpty }
        let firstLabel = try #require(texts.firstIndex(of: "附件1"))
        #expect(Array(texts[..<firstLabel].suffix(3)) == ["石门镇人民政府", "2024年2月20日", "（此件公开发布）"])
        // 附件: each from a new page, `附件N` in its own style (黑体), the title on line 3
        let labels = try paragraphs.filter { try style(of: $0) == "GovAttachmentLabel" }
        #expect(try labels.map(DocxReader.text(ofParagraph:)) == ["附件1", "附件2"])
        #expect(try labels.allSatisfy { try $0.first(".//*[local-name()='pageBreakBefore']") != nil })
        for (label, title) in zip(labels, ["石门镇2024年春季森林防火责任分解表", "石门镇森林防火应急队伍名单及联系方式"]) {
            let at = try #require(paragraphs.firstIndex { $0 === label })
            #expect(try DocxReader.text(ofParagraph: paragraphs[at + 1]).isEmpty)
            #expect(try style(of: paragraphs[at + 2]) == "GovTitle" && DocxReader.text(ofParagraph: paragraphs[at + 2]) == title)
        }
        let labelStyle = try #require(try styles.first("//*[local-name()='style'][@*[local-name()='styleId']='GovAttachmentLabel']"))
        #expect(try labelStyle.first(".//*[local-name()='rFonts']")?.attr("w:eastAsia") == "黑体")
        #expect(texts.last == "各村（社区）组建不少于10人的应急扑火队，名单报镇应急管理办公室备案。")
        // 版记: thick rules first and last, thin between, as wide as the text block
        let tables = try doc.all("//*[local-name()='tbl']")
        let imprint = try #require(tables.last)
        let rows = try imprint.all("./*[local-name()='tr']").map { try $0.all(".//*[local-name()='p']").map(DocxReader.text(ofParagraph:)).joined() }
        // 印发机关 at the left, 印发日期 at a right tab
        #expect(rows == ["抄送：县应急管理局，县林业局。", "石门镇党政办公室\t2024年2月20日印发"])
        #expect(try imprint.first(".//*[local-name()='tabs']/*[local-name()='tab']")?.attr("w:val") == "right")
        let borders = try imprint.all("./*[local-name()='tblPr']/*[local-name()='tblBorders']/*")
        let size = Dictionary(uniqueKeysWithValues: borders.map { ($0.localName ?? "", $0.attr("w:sz")) })
        #expect(size["top"] == "8" && size["bottom"] == "8" && size["insideH"] == "6")  // 0.35 mm, 0.25 mm in 1/8 pt
        #expect(try imprint.first(".//*[local-name()='tblW']")?.attr("w:w") == "8844")
        try Checkers.expectValid(path)
    }

    @Test func odtElements() throws {
        let path = try Self.export(.odt)
        let package = ZipPackage(path: path)
        let content = try package.xml("content.xml")
        let styles = try package.xml("styles.xml")
        func paragraphStyle(_ name: String) throws -> XMLNode? {
            try content.first("//*[local-name()='automatic-styles']/*[@*[local-name()='name']='\(name)']")
                ?? styles.first("//*[local-name()='styles']/*[@*[local-name()='name']='\(name)']")
        }
        let body = try content.all("//*[local-name()='text']/*[local-name()='p' or local-name()='h' or local-name()='table']")
        let mark = body[0]
        #expect(OdtReader.text(of: mark) == "石门镇人民政府文件")
        let markStyle = try #require(try paragraphStyle(mark.attr("text:style-name") ?? ""))
        #expect(try markStyle.first(".//*[local-name()='paragraph-properties']")?.attr("fo:margin-top") == "95.213pt")  // 35 mm − 4 pt
        let named = try #require(try styles.first("//*[@*[local-name()='name']='GovIssuerMark']"))
        #expect(try named.first(".//*[local-name()='text-properties']")?.attr("fo:color") == "#FF0000")
        let number = body[3]
        #expect(OdtReader.text(of: number) == "石政发〔2024〕3号")
        let numberStyle = try #require(try paragraphStyle(number.attr("text:style-name") ?? ""))
        let props = try #require(try numberStyle.first(".//*[local-name()='paragraph-properties']"))
        #expect(props.attr("fo:border-bottom") == "1pt solid #FF0000")
        #expect(props.attr("fo:padding-bottom") == "10pt")
        #expect(props.attr("fo:line-height") == "18.4pt" && props.attr("style:snap-to-layout-grid") == "false")
        // the line grid in standard mode: a line follows the one above it, as in Word
        let defaultLayout = try #require(try styles.first("//*[local-name()='default-page-layout']/*[local-name()='page-layout-properties']"))
        #expect(defaultLayout.attr("style:layout-grid-standard-mode") == "true")
        let texts = body.filter { $0.localName != "table" }.map(OdtReader.text(of:)).filter { !$0.isEmpty }
        #expect(texts.contains("各村（社区）、镇属各单位："))
        #expect(texts.contains("附件：1. 石门镇2024年春季森林防火责任分解表"))
        let firstLabel = try #require(texts.firstIndex(of: "附件1"))
        #expect(Array(texts[..<firstLabel].suffix(3)) == ["石门镇人民政府", "2024年2月20日", "（此件公开发布）"])
        #expect(texts.filter { $0.hasPrefix("附件") && $0.count == 3 } == ["附件1", "附件2"])
        let label = try #require(body.first { OdtReader.text(of: $0) == "附件2" })
        let labelStyle = try #require(try paragraphStyle(label.attr("text:style-name") ?? ""))
        #expect(try labelStyle.first(".//*[local-name()='paragraph-properties']")?.attr("fo:break-before") == "page")
        #expect(labelStyle.attr("style:parent-style-name") == "GovAttachmentLabel")
        let imprint = try #require(try content.first("//*[local-name()='table'][@*[local-name()='name']='版记']"))
        let cells = try imprint.all(".//*[local-name()='table-cell']")
        #expect(cells.map { OdtReader.text(of: try! $0.first("./*[local-name()='p']")!) } == ["抄送：县应急管理局，县林业局。", "石门镇党政办公室\t2024年2月20日印发"])
        let firstCell = try #require(try paragraphStyle(cells[0].attr("table:style-name") ?? ""))
        let lastCell = try #require(try paragraphStyle(cells[1].attr("table:style-name") ?? ""))
        #expect(try firstCell.first(".//*")?.attr("fo:border-top") == "0.992pt solid #000000")
        #expect(try firstCell.first(".//*")?.attr("fo:border-bottom") == "0.709pt solid #000000")
        #expect(try lastCell.first(".//*")?.attr("fo:border-bottom") == "0.992pt solid #000000")
        try Checkers.expectValid(path)
    }

    /// On the rendered page (gbcheck measures the glyph ink): the mark's top 35 mm under the
    /// top of the block, the red separator 4 mm under the 发文字号's printed bottom and as wide
    /// as the block; the page numbers and the signature follow the standard.
    @Test(arguments: OutputFormat.packages)
    func renderedMastheadAndPageNumbers(_ format: OutputFormat) throws {
        let path = try Self.export(format)
        let keep = try Paths.temporaryDirectory()
        guard let rules = try Checkers.gbcheck(path, arguments: ["--keep", keep.path, "--signature", "noseal"]) else { return }
        // LibreOffice 7.4 ignores a .docx's w:autoSpaceDE/DN="0" (Word honours it) and sets the
        // date ~1 字 wider: the signature is measured on the ODT (WordCompatTests: same indents)
        let skipped: Set<String> = format == .docx ? ["signature.position"] : []
        for (name, rule) in rules.sorted(by: { $0.key < $1.key }) where !skipped.contains(name) {
            #expect(rule.status == "PASS" || rule.status == "N/A", "\(format) \(name): \(rule.measured ?? "")")
        }
        for rule in ["masthead.mark_top", "masthead.separator", "pagenum.text", "pagenum.present", "pagenum.vertical",
                     "pagenum.horizontal", "signature.position", "lines.pitch", "declared.margins", "declared.footers"]
            where !skipped.contains(rule) {
            #expect(rules[rule]?.status == "PASS", "\(format) \(rule): \(rules[rule]?.measured ?? "not measured")")
        }
        let pdf = keep.appendingPathComponent("notice.pdf").path
        let red = try MastheadInk.find(pdf: pdf)
        #expect(abs(red.ruleLeftMM - 28) < 1, "rule starts at \(red.ruleLeftMM) mm")
        #expect(abs(red.ruleWidthMM - 156) < 1, "rule is \(red.ruleWidthMM) mm wide")
        // the mark's printed top 35 mm under the top of the block (37 + 35 = 72 mm from the paper's top)
        #expect(abs(red.markTopMM - 72) < 1, "mark top \(red.markTopMM) mm")
        // the rule's top 4 mm under the 发文字号's printed bottom
        let numberBottom = try #require(red.numberBottomMM, "the 发文字号 between the mark and the rule")
        #expect(abs(red.ruleTopMM - numberBottom - 4) < 1, "rule \(red.ruleTopMM) mm, number bottom \(numberBottom) mm")
    }
}

extension NoticeTests {
    /// On the rendered pages: each attachment starts a page, `附件N` flush left on the first
    /// line of the block, its title centred two lines lower; the 版记 closes the last page.
    @Test(arguments: OutputFormat.packages)
    func renderedAttachmentPages(_ format: OutputFormat) throws {
        let path = try Self.export(format)
        guard let pdf = try Checkers.renderPDF(path) else { return }
        for (page, label, title) in [(3, "附件1", "石门镇2024年春季森林防火责任分解表"), (4, "附件2", "石门镇森林防火应急队伍名单及联系方式")] {
            let words = try TextBox.words(pdf: pdf, page: page)
            let first = try #require(words.first, "page \(page) is empty")   // reading order
            // LibreOffice sets 附件 and the digit as two words (autospace between them)
            #expect(first.text == "附件" || first.text == label, "page \(page) starts with \(first.text)")
            #expect(abs(first.xMin * 25.4 / 72 - 28) < 1, "\(label) at \(first.xMin * 25.4 / 72) mm from the left")
            #expect(abs(first.yMin * 25.4 / 72 - 37) < 3, "\(label) top at \(first.yMin * 25.4 / 72) mm")
            let titleWords = words.filter { title.contains($0.text) && $0.text.count > 1 }
            let titleTop = try #require(titleWords.map(\.yMin).min()) * 25.4 / 72
            // line 3: two line pitches (2 × 10.2 mm) under line 1, give or take the larger type
            #expect(titleTop - first.yMin * 25.4 / 72 > 15 && titleTop - first.yMin * 25.4 / 72 < 25, "title at \(titleTop) mm")
        }
        let last = try TextBox.words(pdf: pdf, page: 4)
        #expect(last.contains { $0.text.hasPrefix("抄送") }, "版记 on the last page")
        #expect(try TextBox.words(pdf: pdf, page: 5).isEmpty, "four pages")
    }
}

/// The 版头's ink on page 1 of a PDF (pdftoppm at 300 dpi): the long red rule, the red mark's
/// top above it, and the lowest dark (printed, not red) ink between the mark and the rule —
/// the 发文字号's bottom edge.
enum MastheadInk {
    struct Head { var ruleLeftMM, ruleWidthMM, ruleTopMM, markTopMM: Double; var numberBottomMM: Double? }

    static func find(pdf: String) throws -> Head {
        let dpi = 300.0
        let dir = try Paths.temporaryDirectory()
        let r = try run(which("pdftoppm") ?? "/usr/bin/pdftoppm", ["-r", "\(Int(dpi))", "-f", "1", "-l", "1", pdf, dir.appendingPathComponent("p").path])
        guard r.status == 0 else { throw TestFailure("pdftoppm: \(r.stderr)") }
        let file = try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasSuffix(".ppm") }!
        let image = try Pixmap(contentsOf: dir.appendingPathComponent(file))
        let mm = 25.4 / dpi
        func isRed(_ p: ArraySlice<UInt8>) -> Bool {
            let (r, g, b) = (Double(p[p.startIndex]), Double(p[p.startIndex + 1]), Double(p[p.startIndex + 2]))
            return r > 140 && g < 0.45 * r && b < 0.45 * r
        }
        func isDark(_ p: ArraySlice<UInt8>) -> Bool { p.allSatisfy { $0 < 128 } }
        var rule: (top: Int, left: Int, width: Int)?
        var markTop: Int?
        var redRows: [Int] = []
        for y in 0..<(image.height / 2) {
            var count = 0, longest = 0, run = 0, runStart = 0, longestStart = 0
            for x in 0..<image.width {
                if isRed(image[x, y]) {
                    count += 1
                    if run == 0 { runStart = x }
                    run += 1
                    if run > longest { longest = run; longestStart = runStart }
                } else { run = 0 }
            }
            guard count > 0 else { continue }
            if Double(longest) * mm > 100 {
                if rule == nil { rule = (y, longestStart, longest) }
            } else if rule == nil {
                redRows.append(y)
                if markTop == nil { markTop = y }
            }
        }
        guard let rule, let markTop, let markBottom = redRows.last else { throw TestFailure("no red mark and rule on page 1") }
        var numberBottom: Int?
        for y in (markBottom + 1)..<rule.top where (0..<image.width).contains(where: { isDark(image[$0, y]) }) { numberBottom = y + 1 }
        return Head(ruleLeftMM: Double(rule.left) * mm, ruleWidthMM: Double(rule.width) * mm, ruleTopMM: Double(rule.top) * mm,
                    markTopMM: Double(markTop) * mm, numberBottomMM: numberBottom.map { Double($0) * mm })
    }
}

/// Word boxes from `pdftotext -bbox` on page 1.
enum TextBox {
    struct Word { var text: String; var xMin: Double; var yMin: Double; var yMax: Double }

    /// The words of one page (pdftotext -bbox), positions in points from the top left.
    static func words(pdf: String, page: Int = 1) throws -> [Word] {
        let r = try run(which("pdftotext") ?? "/usr/bin/pdftotext", ["-f", "\(page)", "-l", "\(page)", "-bbox", pdf, "-"])
        let pattern = try NSRegularExpression(pattern: "xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>")
        let s = r.stdout as NSString
        return pattern.matches(in: r.stdout, range: NSRange(location: 0, length: s.length)).map {
            Word(text: s.substring(with: $0.range(at: 4)), xMin: Double(s.substring(with: $0.range(at: 1)))!,
                 yMin: Double(s.substring(with: $0.range(at: 2)))!, yMax: Double(s.substring(with: $0.range(at: 3)))!)
        }
    }
    static func bottomMM(of text: String, pdf: String) throws -> Double {
        guard let w = try words(pdf: pdf).first(where: { $0.text.contains(text) }) else { throw TestFailure("\(text) not on page 1") }
        return w.yMax * 25.4 / 72
    }
    static func topMM(of text: String, pdf: String) throws -> Double {
        guard let w = try words(pdf: pdf).first(where: { $0.text.contains(text) }) else { throw TestFailure("\(text) not on page 1") }
        return w.yMin * 25.4 / 72
    }
}
