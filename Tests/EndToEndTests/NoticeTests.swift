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
        // 版头: the red mark 35 mm under the top of the text block
        let mark = paragraphs[0]
        #expect(try style(of: mark) == "GovIssuerMark")
        #expect(try DocxReader.text(ofParagraph: mark) == "石门镇人民政府文件")
        #expect(try mark.first(".//*[local-name()='spacing']")?.attr("w:before") == "1984")
        let markStyle = try #require(try styles.first("//*[local-name()='style'][@*[local-name()='styleId']='GovIssuerMark']"))
        #expect(try markStyle.first(".//*[local-name()='color']")?.attr("w:val") == "FF0000")
        #expect(try markStyle.first(".//*[local-name()='rFonts']")?.attr("w:eastAsia") == "方正小标宋简体")
        // 发文字号 two blank lines under the mark, the red separator 4 mm under it
        #expect(try paragraphs[1...2].allSatisfy { try DocxReader.text(ofParagraph: $0).isEmpty })
        let number = paragraphs[3]
        #expect(try DocxReader.text(ofParagraph: number) == "石政发〔2024〕3号")
        let rule = try #require(try number.first(".//*[local-name()='pBdr']/*[local-name()='bottom']"))
        #expect(rule.attr("w:color") == "FF0000")
        #expect(rule.attr("w:space") == "11")   // 4 mm
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
        #expect(try markStyle.first(".//*[local-name()='paragraph-properties']")?.attr("fo:margin-top") == "99.213pt")  // 35 mm
        let named = try #require(try styles.first("//*[@*[local-name()='name']='GovIssuerMark']"))
        #expect(try named.first(".//*[local-name()='text-properties']")?.attr("fo:color") == "#FF0000")
        let number = body[3]
        #expect(OdtReader.text(of: number) == "石政发〔2024〕3号")
        let numberStyle = try #require(try paragraphStyle(number.attr("text:style-name") ?? ""))
        let props = try #require(try numberStyle.first(".//*[local-name()='paragraph-properties']"))
        #expect(props.attr("fo:border-bottom") == "1pt solid #FF0000")
        #expect(props.attr("fo:padding-bottom") == "11.339pt")
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

    /// On the rendered page: the red separator spans the text block (156 mm from 28 mm) and
    /// lies 4 mm under the 发文字号; the page numbers and the signature follow the standard.
    @Test(arguments: OutputFormat.packages)
    func renderedMastheadAndPageNumbers(_ format: OutputFormat) throws {
        let path = try Self.export(format)
        let keep = try Paths.temporaryDirectory()
        guard let rules = try Checkers.gbcheck(path, arguments: ["--keep", keep.path, "--signature", "noseal"]) else { return }
        // LibreOffice 7.4 ignores a .docx's w:autoSpaceDE/DN="0" (Word honours it) and sets the
        // date ~1 字 wider: the signature is measured on the ODT (WordCompatTests: same indents)
        let signature = format == .docx ? [] : ["signature.position"]
        for rule in ["pagenum.text", "pagenum.present", "pagenum.vertical", "pagenum.horizontal",
                     "lines.pitch", "declared.margins", "declared.footers"] + signature {
            #expect(rules[rule]?.status == "PASS", "\(format) \(rule): \(rules[rule]?.measured ?? "not measured")")
        }
        let pdf = keep.appendingPathComponent("notice.pdf").path
        let red = try RedRule.find(pdf: pdf)
        #expect(abs(red.leftMM - 28) < 1, "rule starts at \(red.leftMM) mm")
        #expect(abs(red.widthMM - 156) < 1.5, "rule is \(red.widthMM) mm wide")
        let numberBottom = try TextBox.bottomMM(of: "石政发", pdf: pdf)
        // 4 mm under the number's line (its glyph box ends ~1 mm above the line's bottom)
        #expect(abs(red.yMM - numberBottom - 4) < 2, "rule \(red.yMM) mm, number bottom \(numberBottom) mm")
        // the mark's top 35 mm under the top of the block (37 + 35 = 72 mm from the paper's top)
        let markTop = try TextBox.topMM(of: "石门镇人民政府文件", pdf: pdf)
        #expect(abs(markTop - 72) < 3, "mark top \(markTop) mm")
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

/// Finds the long red horizontal rule on page 1 of a PDF (pdftoppm at 72 dpi, PPM).
enum RedRule {
    static func find(pdf: String) throws -> (leftMM: Double, widthMM: Double, yMM: Double) {
        let dir = try Paths.temporaryDirectory()
        let r = try run(which("pdftoppm") ?? "/usr/bin/pdftoppm", ["-r", "144", "-f", "1", "-l", "1", pdf, dir.appendingPathComponent("p").path])
        guard r.status == 0 else { throw TestFailure("pdftoppm: \(r.stderr)") }
        let file = try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasSuffix(".ppm") }!
        let image = try Pixmap(contentsOf: dir.appendingPathComponent(file))
        let scale = 25.4 / 144
        var best: (run: Int, start: Int, y: Int) = (0, 0, 0)
        for y in 0..<image.height {
            var runStart = -1
            for x in 0..<image.width {
                let p = image[x, y]
                let isRed = p[p.startIndex] > 180 && p[p.startIndex + 1] < 90 && p[p.startIndex + 2] < 90
                if isRed && runStart < 0 { runStart = x }
                if (!isRed || x == image.width - 1) && runStart >= 0 {
                    let length = (isRed ? x + 1 : x) - runStart
                    if length > best.run { best = (length, runStart, y) }
                    runStart = -1
                }
            }
        }
        guard best.run > 0 else { throw TestFailure("no red rule on page 1") }
        return (Double(best.start) * scale, Double(best.run) * scale, Double(best.y) * scale)
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
