import Foundation
import GovDocKit
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The rest of GB/T 9704 measured on the rendered pages (LibreOffice), in both formats:
/// 份号/密级/紧急程度 (§7.2.1–7.2.3), the joint mark (§7.2.4), title lines (§7.3.1), signature
/// widths (§7.3.5.2), 命令 (§10.2) and 纪要 (§10.3).
@Suite(.serialized)
struct StandardTests {
    static let jointNotice = Paths.root.appendingPathComponent("Examples/joint-notice/joint-notice.md").path
    static let minutes = Paths.root.appendingPathComponent("Examples/minutes/minutes.md").path
    static let order = Paths.root.appendingPathComponent("Examples/order/order.md").path
    static let pt = 25.4 / 72   // mm per point
    static let pitch = 28.95

    /// The package to render: the file as govdoc ships it.
    static func export(_ source: String, _ format: OutputFormat) throws -> String {
        let dir = try Paths.temporaryDirectory()
        let base = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        let document = try GovDocIO.read(sourceAt: source)
        let out = dir.appendingPathComponent(base + "." + format.fileExtension).path
        try document.write(to: out, format: format)
        return out
    }

    /// A source file written for one test.
    static func source(_ text: String, name: String = "case") throws -> String {
        let path = try Paths.temporaryDirectory().appendingPathComponent("\(name).md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func word(_ words: [PageWords.Word], _ prefix: String) throws -> PageWords.Word {
        try #require(words.first { $0.text.hasPrefix(prefix) }, "no word starting \(prefix): \(words.map(\.text))")
    }

    @Test(arguments: OutputFormat.packages)
    func packagesAreValid(_ format: OutputFormat) throws {
        for source in [Self.jointNotice, Self.minutes, Self.order] {
            try Checkers.expectValid(try Self.export(source, format))
        }
    }

    /// §7.2.1–7.2.3: 份号, 密级, 紧急程度 flush left at the block's left edge (28 mm), in
    /// that order, above the mark, whose top stays 35 mm under the block.
    @Test(arguments: OutputFormat.packages)
    func marksAtTheTopLeftInOrder(_ format: OutputFormat) throws {
        guard let pdf = try Checkers.renderPDF(try Self.export(Self.jointNotice, format)) else { return }
        let words = try PageWords.words(pdf: pdf, page: 1)
        let marks = try ["000016", "秘密", "特急"].map { try Self.word(words, $0) }
        for m in marks { #expect(abs(m.xMin * Self.pt - 28) < 1, "\(m.text) at \(m.xMin * Self.pt) mm") }
        #expect(marks[0].yMin < marks[1].yMin && marks[1].yMin < marks[2].yMin)
        // one line each, the first on the block's first line (37 mm)
        #expect(abs(marks[0].yMin * Self.pt - 37) < 3, "份号 at \(marks[0].yMin * Self.pt) mm")
        #expect(abs(marks[2].yMin - marks[0].yMin - 2 * Self.pitch) < 3)
        let mark = try Self.word(words, "青山县人民政府")
        #expect(marks[2].yMax < mark.yMin)
        #expect(abs(mark.yMin * Self.pt - 72.4) < 1.5, "mark top \(mark.yMin * Self.pt) mm (37 + 35)")
    }

    /// §10.1: on a 信函 the marks stand flush left under the first double rule, the first one
    /// level with the 发文字号 (flush right), the others below it, the title two lines under
    /// the last.
    @Test(arguments: OutputFormat.packages)
    func letterMarksUnderTheFirstRule(_ format: OutputFormat) throws {
        let letter = try String(contentsOf: Paths.root.appendingPathComponent("Examples/letter/letter.md"), encoding: .utf8)
        let source = try Self.source(letter.replacingOccurrences(of: "kind: letter\n", with: "kind: letter\ncopy: 7\nclassification: 机密\nurgency: 加急\n"), name: "letter")
        guard let pdf = try Checkers.renderPDF(try Self.export(source, format)) else { return }
        let words = try PageWords.words(pdf: pdf, page: 1)
        let marks = try ["000007", "机密", "加急"].map { try Self.word(words, $0) }
        for m in marks { #expect(abs(m.xMin * Self.pt - 28) < 1, "\(m.text) at \(m.xMin * Self.pt) mm") }
        #expect(marks[0].yMin < marks[1].yMin && marks[1].yMin < marks[2].yMin)
        let number = try Self.word(words, "石政函")
        #expect(abs(number.yMin - marks[0].yMin) < 1, "the first mark level with the number")
        #expect(abs(words.filter { $0.text.hasPrefix("石政函") || $0.text == "号" }.map(\.xMax).max()! * Self.pt - 184) < 1, "number flush right")
        let mark = try Self.word(words, "石门镇人民政府")
        #expect(mark.yMax < marks[0].yMin, "under the letterhead")
        let title = try #require(words.first { $0.yMax - $0.yMin > 25 && $0.yMin > marks[2].yMax })
        // §10.1: the title two lines under the last mark (box bottoms: the baselines within
        // 2 pt), one blank line between them; the marks one grid line apart
        let lines = (title.yMax - marks[2].yMax) / Self.pitch
        #expect(abs(lines - 2) < 0.15, "the title \(lines) lines under the last mark")
        #expect(title.yMin - marks[2].yMax > 0.9 * Self.pitch, "a blank line between the last mark and the title")
        for i in 1..<marks.count {
            #expect(abs(marks[i].yMin - marks[i - 1].yMin - Self.pitch) < 1, "\(marks[i].text) one line under \(marks[i - 1].text)")
        }
    }

    /// §7.2.4: the names stacked and centred on one axis, `文件` right of them and centred
    /// vertically on the stack.
    @Test(arguments: OutputFormat.packages)
    func jointMarkNamesCentredAndSuffixCentredOnThem(_ format: OutputFormat) throws {
        guard let pdf = try Checkers.renderPDF(try Self.export(Self.jointNotice, format)) else { return }
        let words = try PageWords.words(pdf: pdf, page: 1)
        let lead = try Self.word(words, "青山县人民政府"), second = try Self.word(words, "青山县财政局"), suffix = try Self.word(words, "文件")
        let centres = [lead, second].map { ($0.xMin + $0.xMax) / 2 }
        #expect(abs(centres[0] - centres[1]) * Self.pt < 1, "names centred: \(centres.map { $0 * Self.pt }) mm")
        #expect(lead.yMin < second.yMin, "lead issuer first")
        #expect(suffix.xMin > max(lead.xMax, second.xMax), "文件 right of the stack")
        let stackMiddle = (lead.yMin + second.yMax) / 2
        let suffixMiddle = (suffix.yMin + suffix.yMax) / 2
        #expect(abs(stackMiddle - suffixMiddle) * Self.pt < 1.5, "文件 \((suffixMiddle - stackMiddle) * Self.pt) mm off the stack's middle")
        // the 发文字号 under the mark, centred on the block
        let number = try Self.word(words, "青政发")
        #expect(number.yMin > second.yMax + Self.pitch)
    }

    /// §7.2.4–7.2.7 on a joint notice, measured by gbcheck: the mark's top 35 mm under the
    /// block, the red separator 4 mm (±0.5) under the printed 发文字号 and as wide as the block
    /// (156 mm) — laid out by the same code as a single issuer's 版头 (`numberAndSeparator`);
    /// also as a 上行文 with 签发人 beside the number.
    @Test(arguments: OutputFormat.packages)
    func jointNoticeSeparatorFourMillimetresUnderTheNumber(_ format: OutputFormat) throws {
        let notice = try String(contentsOf: URL(fileURLWithPath: Self.jointNotice), encoding: .utf8)
        // (without the seals, whose paths are relative to Examples/)
        let plain = notice.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("seal:") }.joined(separator: "\n")
        let signer = try Self.source(plain.replacingOccurrences(of: "number: 青政发〔2025〕7号\n", with: "number: 青政发〔2025〕7号\nsigner: 张三\n"), name: "joint-signer")
        for source in [Self.jointNotice, signer] {
            let path = try Self.export(source, format)
            guard let rules = try Checkers.gbcheck(path) else { return }
            for name in ["masthead.mark_top", "masthead.separator"] {
                #expect(rules[name]?.status == "PASS", "\(source) \(format) \(name): \(rules[name]?.measured ?? "not measured")")
            }
            let measured = rules["masthead.separator"]?.measured ?? ""
            // "rule (1.00 pt) top 4.26 mm under the printed bottom of …; 155.8 mm wide (…)"
            let numbers = try #require(try Self.millimetres(in: measured, ["top ([0-9.]+) mm under the printed bottom", "([0-9.]+) mm wide"]), "\(measured)")
            #expect(abs(numbers[0] - 4) < 0.5, "\(source) \(format): the rule \(numbers[0]) mm under the number")
            #expect(abs(numbers[1] - 156) < 0.5, "\(source) \(format): the rule \(numbers[1]) mm wide")
        }
        // the title two blank lines under the separator, as under a single issuer's (the notice
        // of Examples/): the same distance from the 发文字号 to the title's first line
        var distances: [Double] = []
        for (source, number, title) in [(Self.jointNotice, "青政发", "青山县人民政府"), (Paths.root.appendingPathComponent("Examples/notice/notice.md").path, "石政发", "石门镇人民政府关于")] {
            guard let pdf = try Checkers.renderPDF(try Self.export(source, format)) else { return }
            let words = try PageWords.words(pdf: pdf, page: 1)
            let n = try Self.word(words, number)
            let t = try #require(words.first { $0.text.hasPrefix(title) && $0.yMin > n.yMax })
            distances.append(t.yMin - n.yMin)
        }
        #expect(abs(distances[0] - distances[1]) < 1, "number to title: joint \(distances[0]) pt, single \(distances[1]) pt")
        // the number's line, the rule, two blank lines: the title's top about three lines under the number's
        #expect(abs(distances[0] / Self.pitch - 3) < 0.5, "the title \(distances[0] / Self.pitch) lines under the number")
    }

    /// The first capture of each pattern, as a number.
    static func millimetres(in text: String, _ patterns: [String]) throws -> [Double]? {
        var result: [Double] = []
        for pattern in patterns {
            let regex = try NSRegularExpression(pattern: pattern)
            guard let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let r = Range(m.range(at: 1), in: text), let value = Double(text[r]) else { return nil }
            result.append(value)
        }
        return result
    }

    /// §10.2: the mark's top 20 mm under the block, the 令号 two blank lines under it, the
    /// body two blank lines under the 令号, no title; the signer's title, name and date
    /// right-indented 4 字.
    @Test(arguments: OutputFormat.packages)
    func orderMarkNumberAndBody(_ format: OutputFormat) throws {
        let path = try Self.export(Self.order, format)
        guard let pdf = try Checkers.renderPDF(path) else { return }
        let words = try PageWords.words(pdf: pdf, page: 1)
        let mark = try Self.word(words, "青山县人民政府令")
        // the mark's top edge as printed (its ink, as gbcheck measures it): 20 mm under the block
        if let rules = try Checkers.gbcheck(path, arguments: ["--pdf", pdf]) {
            #expect(rules["masthead.mark_top"]?.status == "PASS", "\(format): \(rules["masthead.mark_top"].map { "\($0.measured ?? "")" } ?? "not measured")")
        }
        let number = try Self.word(words, "第")
        let gap = (number.yMin - mark.yMax) / Self.pitch
        // two blank lines, plus the fill of the mark's line to the next grid line (0.2 line) and
        // the margins of poppler's word boxes (LibreOffice's ODF puts grid text after an off-grid
        // line on the next grid line)
        #expect(gap > 1.9 && gap < 2.9, "令号 \(gap) lines under the mark")
        let body = try Self.word(words, "《青山县")
        #expect(abs(body.yMin - number.yMin - 3 * Self.pitch) < 2, "body \((body.yMin - number.yMin) / Self.pitch) lines under the 令号")
        #expect(!words.contains { $0.text.contains("令第3号") }, "no printed title")
        // the signature seal, not the typed name (its place: ImagesTests.orderSignatureSealBesideTheTitle)
        let title = try Self.word(words, "县长"), date = try #require(words.last { $0.text.hasPrefix("2025") })
        #expect(!words.contains { $0.text.contains("李明") }, "the 签名章 stands where the name would be printed")
        #expect(title.yMin > body.yMax + 2 * Self.pitch, "two blank lines under the body")
        #expect(date.yMin > title.yMax, "the date under the title's line")
    }

    /// §7.3.5.3: `check` warns, at the `signer:` line, when a 命令 has no 签名章 image (the
    /// example has one and is not warned).
    @Test func checkWarnsAnOrderWithoutItsSignatureSeal() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let typed = dir.appendingPathComponent("order.md")
        let example = try String(contentsOfFile: Self.order, encoding: .utf8)
        #expect(example.contains("signature-image: ../seals/signer-sample.png\n"))
        try example.replacingOccurrences(of: "signature-image: ../seals/signer-sample.png\n", with: "").write(to: typed, atomically: true, encoding: .utf8)
        let findings = GovDocChecker.check(path: typed.path)
        let warning = try #require(findings.first { $0.code == "order.no-signature-seal" }, "\(findings.map(\.description))")
        #expect(warning.line == 7 && warning.severity == .warning, "\(warning)")
        #expect(warning.description.contains("7.3.5.3"))
        #expect(!GovDocChecker.check(path: Self.order).contains { $0.code == "order.no-signature-seal" })
    }

    /// §10.3: 出席/请假/列席 indented 2 字, wrapped lines aligned after the colon; the labels
    /// in 黑体 by the file's declared fonts.
    @Test(arguments: OutputFormat.packages)
    func minutesAttendanceLines(_ format: OutputFormat) throws {
        let path = try Self.export(Self.minutes, format)
        guard let pdf = try Checkers.renderPDF(path) else { return }
        var page = 1
        var words = try PageWords.words(pdf: pdf, page: 1)
        if !words.contains(where: { $0.text.hasPrefix("出席") }) { page = 2; words = try PageWords.words(pdf: pdf, page: 2) }
        let mark = try PageWords.words(pdf: pdf, page: 1).first { $0.text.hasPrefix("青山县人民政府常务会议纪要") }
        #expect(abs((mark?.yMin ?? 0) * Self.pt - 72.4) < 1.5, "mark top \((mark?.yMin ?? 0) * Self.pt) mm (37 + 35)")
        let present = try Self.word(words, "出席：")
        #expect(abs(present.xMin * Self.pt - (28 + 2 * 16 * Self.pt)) < 0.7, "出席 at \(present.xMin * Self.pt) mm")
        // the wrapped line of 出席 starts after the colon: 3 characters of 16 pt less the grid's letter spacing
        let wrapped = try #require(words.first(where: { abs($0.yMin - present.yMin - Self.pitch) < 3 }), "the 出席 line's second line under it on page \(page)")
        #expect(abs(wrapped.xMin - present.xMin - 3 * 15.75) < 1.5, "wrapped line at \(wrapped.xMin - present.xMin) pt after the label")
        for label in ["请假：", "列席："] { #expect(abs(try Self.word(words, label).xMin - present.xMin) < 0.5) }
        // the label's font, as the file declares it
        let package = ZipPackage(path: path)
        if format == .docx {
            let doc = try package.xml("word/document.xml")
            let run = try #require(try doc.first("//*[local-name()='r'][*[local-name()='t']='出席：']"))
            let styleID = try #require(try run.first("./*[local-name()='rPr']/*[local-name()='rStyle']")?.attr("w:val"))
            let styles = try package.xml("word/styles.xml")
            let style = try #require(try styles.first("//*[local-name()='style'][@*[local-name()='styleId']='\(styleID)']"))
            var font = try style.first(".//*[local-name()='rFonts']")?.attr("w:eastAsia")
            if font == nil, let based = try style.first("./*[local-name()='basedOn']")?.attr("w:val") {
                font = try styles.first("//*[local-name()='style'][@*[local-name()='styleId']='\(based)']//*[local-name()='rFonts']")?.attr("w:eastAsia")
            }
            #expect(font == "黑体", "出席： in \(font ?? "?")")
            let names = try #require(try doc.first("//*[local-name()='r'][starts-with(*[local-name()='t'], '李明')]"))
            #expect(try names.first("./*[local-name()='rPr']/*[local-name()='rStyle']") == nil, "names in the body's 仿宋")
        } else {
            let content = try package.xml("content.xml")
            let span = try #require(try content.first("//*[local-name()='span'][.='出席：']"))
            let name = try #require(span.attr("text:style-name"))
            let styles = try package.xml("styles.xml")
            let style = try #require(try styles.first("//*[local-name()='style'][@*[local-name()='name']='\(name)']"))
            var font = try style.first(".//*[local-name()='text-properties']")?.attr("style:font-name-asian")
            if font == nil, let parent = style.attr("style:parent-style-name") {
                font = try styles.first("//*[local-name()='style'][@*[local-name()='name']='\(parent)']/*[local-name()='text-properties']")?.attr("style:font-name-asian")
            }
            #expect(font == "黑体", "出席： in \(font ?? "?")")
        }
    }

    /// §10.3 at a page break: each attendance line (出席, 请假, 列席) is read as one list, and
    /// a page break does not split it. The minutes with k more one-line paragraphs: without
    /// keeping the lines together, LibreOffice wrapped 列席 across the break at k = 18 (.odt)
    /// and 19 (.docx), 出席 at k = 21 (.odt) and 22 (.docx).
    @Test func attendanceLinesAreNotSplitByAPageBreak() throws {
        let minutes = try String(contentsOf: URL(fileURLWithPath: Self.minutes), encoding: .utf8)
        var paths: [String] = []
        for k in [18, 19, 21, 22] {
            let text = minutes.trimmingCharacters(in: .newlines) + "\n" + String(repeating: "会议还研究了其他有关事项。\n", count: k)
            let source = try Self.source(text, name: "minutes-\(k)")
            for format in OutputFormat.packages { paths.append(try Self.export(source, format)) }
        }
        let pdfs = try RenderedPages.renderPDFs(paths)
        var startingAPage = 0
        for path in paths {
            guard let pdf = pdfs[path] else { continue }
            let lines = try RenderedPages.lines(pdf: pdf).filter { !RenderedPages.isPageNumber($0) }
            let name = URL(fileURLWithPath: path).lastPathComponent
            for (label, lastNames) in [("出席：", "何振宇"), ("请假：", "（出差）"), ("列席：", "设局")] {
                let first = try #require(lines.first { $0.text.hasPrefix(label) }, "\(name): no \(label) line")
                let last = try #require(lines.first { $0.text.contains(lastNames) }, "\(name): no line with \(lastNames)")
                #expect(first.page == last.page, "\(name): \(label) on page \(first.page), its last line on page \(last.page)")
                if lines.first(where: { $0.page == first.page })?.text == first.text, first.page > 1 { startingAPage += 1 }
            }
        }
        // the page break fell in the attendance lines (they were moved to the next page whole)
        #expect(startingAPage >= 2, "\(startingAPage) attendance lines open a page")
    }

    /// §7.3.1: a title of two lines is balanced, never a long line over a stub; the held-out
    /// case `…2024年秋季农机 / 安全检查的通知`.
    @Test(arguments: OutputFormat.packages)
    func titleLinesBalanced(_ format: OutputFormat) throws {
        let title = "青山县农业农村局关于开展2024年秋季农机安全检查的通知"
        let source = try Self.source("---\ntitle: \(title)\nissuer: 青山县农业农村局\ndate: 2024-09-02\n---\n各乡镇农业综合服务中心要认真组织开展检查。\n", name: "title")
        guard let pdf = try Checkers.renderPDF(try Self.export(source, format)) else { return }
        let words = try PageWords.words(pdf: pdf, page: 1).filter { $0.yMax - $0.yMin > 25 }   // 2号 boxes
        // group the title's words by line
        var lines: [(y: Double, xMin: Double, xMax: Double, text: String)] = []
        for w in words {
            let xMax = w.xMax
            if let i = lines.firstIndex(where: { abs($0.y - w.yMin) < 5 }) {
                lines[i].xMin = min(lines[i].xMin, w.xMin); lines[i].xMax = max(lines[i].xMax, xMax); lines[i].text += w.text
            } else {
                lines.append((w.yMin, w.xMin, xMax, w.text))
            }
        }
        try #require(lines.count == 2, "two title lines: \(lines.map(\.text))")
        #expect(lines.map(\.text).joined() == title)
        let widths = lines.map { $0.xMax - $0.xMin }
        #expect(widths.min()! >= 0.5 * widths.max()!, "balanced: \(lines.map(\.text)) \(widths)")
        #expect(lines[1].text != "安全检查的通知")
        // both centred on the block (28 + 78 mm)
        for l in lines { #expect(abs((l.xMin + l.xMax) / 2 * Self.pt - 106) < 2, "\(l.text) centred at \((l.xMin + l.xMax) / 2 * Self.pt) mm") }
    }

    /// §7.3.5.2 with half-width characters in the issuer: the date's first character 2 字
    /// right of the issuer's (±0.5 字).
    @Test(arguments: OutputFormat.packages)
    func dateTwoCharactersRightOfAHalfWidthIssuer(_ format: OutputFormat) throws {
        let source = try Self.source("---\ntitle: 关于报送秋粮收购进度的报告\nissuer: XX镇人民政府\ndate: 2024-10-08\n---\n现将我镇秋粮收购进度报告如下。\n", name: "signature")
        guard let pdf = try Checkers.renderPDF(try Self.export(source, format)) else { return }
        let words = try PageWords.words(pdf: pdf, page: 1)
        let issuer = try #require(words.last { $0.text.hasPrefix("XX") })
        let date = try #require(words.last { $0.text.hasPrefix("2024") })
        let offset = (date.xMin - issuer.xMin) / 16
        #expect(abs(offset - 2) < 0.5, "date \(offset) 字 right of the issuer")
        #expect(date.yMin > issuer.yMin)
    }
}

/// Word boxes from `pdftotext -bbox`, positions in points from the page's top left.
enum PageWords {
    struct Word { var text: String; var xMin: Double; var yMin: Double; var xMax: Double; var yMax: Double }

    static func words(pdf: String, page: Int) throws -> [Word] {
        let r = try run(which("pdftotext") ?? "/usr/bin/pdftotext", ["-f", "\(page)", "-l", "\(page)", "-bbox", pdf, "-"])
        let pattern = try NSRegularExpression(pattern: "xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>")
        let s = r.stdout as NSString
        return pattern.matches(in: r.stdout, range: NSRange(location: 0, length: s.length)).map { m in
            func d(_ i: Int) -> Double { Double(s.substring(with: m.range(at: i)))! }
            return Word(text: s.substring(with: m.range(at: 5)), xMin: d(1), yMin: d(2), xMax: d(3), yMax: d(4))
        }
    }
}
