import Foundation
import GovDocKit
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// 版记 (GB/T 9704 §7.4) at the foot of the last page: its last rule on the bottom edge of the
/// text block (297 − 35 = 262 mm from the top), whatever the length of the text above it; when
/// the last page has no room, the 版记 goes to the next page, never over the text.
@Suite(.serialized)
struct ImprintTests {
    static func notice(paragraphs: Int) -> String {
        "---\nkind: notice\ntitle: 关于测试版记位置的通知\nheader: 某某镇人民政府文件\nnumber: 某政发〔2024〕1号\n"
            + "issuer: 某某镇人民政府\ndate: 2024-02-20\ncc: [县政府办公室]\nprinter: 某某镇党政办公室\nprinted: 2024-02-20\n---\n"
            + (1...paragraphs).map { "第\($0)段正文内容。" }.joined(separator: "\n") + "\n"
    }

    @Test func anchoredAtTheBottomInBothFormats() throws {
        let dir = try Paths.temporaryDirectory()
        let source = dir.appendingPathComponent("n.md")
        try Data(Self.notice(paragraphs: 2).utf8).write(to: source)
        let written = try GovDocIO.export(sourceAt: source.path, formats: [.docx, .odt])
        // DOCX: a VML text box at the bottom of the margin area holds the 版记 table
        let doc = try ZipPackage(path: written[0]).xml("word/document.xml")
        let shape = try #require(try doc.first("//*[local-name()='shape'][.//*[local-name()='tbl']]"))
        let style = shape.attr("style") ?? ""
        #expect(style.contains("mso-position-vertical:bottom;mso-position-vertical-relative:margin"), "\(style)")
        #expect(style.contains("v-text-anchor:bottom"))
        #expect(try shape.first(".//*[local-name()='wrap']")?.attr("type") == "topAndBottom")
        // ODT: a frame at the bottom of the page's text area, a Writer text frame ("Frame")
        let content = try ZipPackage(path: written[1]).xml("content.xml")
        let frame = try #require(try content.first("//*[local-name()='frame'][.//*[local-name()='table'][@*[local-name()='name']='版记']]"))
        let frameStyle = try #require(try content.first("//*[local-name()='style'][@*[local-name()='name']='\(frame.attr("draw:style-name") ?? "")']"))
        #expect(frameStyle.attr("style:parent-style-name") == "Frame")
        let graphic = try #require(try frameStyle.first("./*[local-name()='graphic-properties']"))
        #expect(graphic.attr("style:vertical-pos") == "bottom" && graphic.attr("style:vertical-rel") == "page-content")
        for path in written { try Checkers.expectValid(path) }
    }

    /// 2 paragraphs: the 版记 fits under the signature on page 1 (5 would not, after the 版头);
    /// 47: the text ends just above it on page 3; 48: no room, so the
    /// 版记 has the next page to itself.
    @Test(arguments: [(2, false), (47, false), (48, true)], OutputFormat.packages)
    func renderedAtTheFootOfTheLastPage(_ example: (paragraphs: Int, ownPage: Bool), _ format: OutputFormat) throws {
        let dir = try Paths.temporaryDirectory()
        let source = dir.appendingPathComponent("n\(example.paragraphs).md")
        try Data(Self.notice(paragraphs: example.paragraphs).utf8).write(to: source)
        let path = try GovDocIO.export(sourceAt: source.path, formats: [format])[0]
        guard let pdf = try Checkers.renderPDF(path) else { return }
        let pages = try pageCount(pdf)
        let rules = try DarkRules.find(pdf: pdf, page: pages)
        try #require(rules.count == 3, "three rules on the last page: \(rules)")
        #expect(abs(rules[2].bottomMM - 262) < 1, "last rule ends \(rules[2].bottomMM) mm from the top (block bottom 262)")
        #expect(rules[0].thicknessMM > rules[1].thicknessMM && rules[2].thicknessMM > rules[1].thicknessMM,
                "thick, thin, thick: \(rules.map(\.thicknessMM))")
        for rule in rules { #expect(abs(rule.lengthMM - 156) < 1.5, "rule \(rule.lengthMM) mm long") }
        // nothing of the body under the first rule; the 版记 alone when there was no room
        let words = try TextBox.words(pdf: pdf, page: pages)
        let body = words.filter { $0.text.contains("段正文内容") || $0.text.contains("人民政府") }
        for word in body { #expect(word.yMax * 25.4 / 72 < rules[0].topMM, "\(word.text) runs into the 版记") }
        #expect(body.isEmpty == example.ownPage, "own page: \(example.ownPage), body words on it: \(body.count)")
    }

    /// A 抄送 list that wraps onto three lines: the box grows upwards, the last rule stays on the
    /// block's bottom edge, and wrapped lines align after `抄送：` (§7.4.2).
    @Test(arguments: OutputFormat.packages)
    func aLongCopyListWrapsAfterTheColon(_ format: OutputFormat) throws {
        let dir = try Paths.temporaryDirectory()
        let source = dir.appendingPathComponent("cc.md")
        let offices = ["县委办公室", "县人大常委会办公室", "县政府办公室", "县政协办公室", "县纪委监委", "县应急管理局",
                       "县林业局", "县自然资源局", "县公安局", "县消防救援大队"]
        let text = Self.notice(paragraphs: 1).replacingOccurrences(of: "cc: [县政府办公室]", with: "cc: [\(offices.joined(separator: ", "))]")
        try Data(text.utf8).write(to: source)
        let path = try GovDocIO.export(sourceAt: source.path, formats: [format])[0]
        guard let pdf = try Checkers.renderPDF(path) else { return }
        let pages = try pageCount(pdf)
        let rules = try DarkRules.find(pdf: pdf, page: pages)
        try #require(rules.count == 3, "\(rules)")
        #expect(abs(rules[2].bottomMM - 262) < 1, "last rule ends \(rules[2].bottomMM) mm from the top")
        let words = try TextBox.words(pdf: pdf, page: pages)
        let cc = try #require(words.first { $0.text.hasPrefix("抄送：") })
        let wrapped = words.filter { $0.yMin > cc.yMax - 1 && $0.yMax * 25.4 / 72 < rules[1].topMM && $0.xMin > cc.xMin + 1 }
        let lines = Set(wrapped.map { Int($0.yMin) })
        #expect(lines.count == 2, "two wrapped lines: \(wrapped.map(\.text))")
        for word in wrapped where lines.contains(Int(word.yMin)) && word.xMin < cc.xMin + 60 {
            #expect(abs(word.xMin - cc.xMin - 42) < 1.5, "\(word.text) starts \(word.xMin - cc.xMin) pt after 抄送 (3 字 = 42 pt)")
        }
        #expect(rules[0].bottomMM < cc.yMin * 25.4 / 72, "the first rule is above the 抄送 line")
    }

    private func pageCount(_ pdf: String) throws -> Int {
        let r = try run(which("pdfinfo") ?? "/usr/bin/pdfinfo", [pdf])
        let line = r.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }
}

/// Long dark horizontal rules of a rendered page (pdftoppm at 288 dpi).
enum DarkRules {
    struct Rule: CustomStringConvertible {
        var topMM: Double
        var bottomMM: Double
        var lengthMM: Double
        var thicknessMM: Double { bottomMM - topMM }
        var description: String { String(format: "%.2f–%.2f mm, %.1f mm long", topMM, bottomMM, lengthMM) }
    }

    static func find(pdf: String, page: Int, minimumMM: Double = 100) throws -> [Rule] {
        let image = try Pixmap.render(pdf: pdf, page: page, dpi: RedInk.dpi)
        let mm = 25.4 / RedInk.dpi
        var rows: [(y: Int, length: Int)] = []
        for y in 0..<image.height {
            var best = 0, run = 0
            for x in 0..<image.width {
                let p = image[x, y]
                if p.allSatisfy({ $0 < 110 }) { run += 1; best = max(best, run) } else { run = 0 }
            }
            if Double(best) * mm > minimumMM { rows.append((y, best)) }
        }
        var rules: [Rule] = []
        for row in rows {
            if let last = rules.last, abs(last.bottomMM - Double(row.y) * mm) < mm * 1.5 {
                rules[rules.count - 1].bottomMM = Double(row.y + 1) * mm
                rules[rules.count - 1].lengthMM = max(last.lengthMM, Double(row.length) * mm)
            } else {
                rules.append(Rule(topMM: Double(row.y) * mm, bottomMM: Double(row.y + 1) * mm, lengthMM: Double(row.length) * mm))
            }
        }
        return rules
    }
}
