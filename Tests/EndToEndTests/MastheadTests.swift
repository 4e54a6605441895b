import Foundation
import GovDocKit
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// §7.3.5.5 at a page boundary: notices whose body ends near the foot of a page, the body's
/// length varied line by line so that the page break falls before, inside and after the tail
/// (the body's last lines, the blank line, the 附件说明, the blank line, the signature and the
/// date). On the rendered pages, in both formats: no page starts with a blank line, and the page
/// with the signature carries at least two lines of body text.
@Suite(.serialized)
struct SignaturePageTests {
    /// Two lines of body text (26 + 27 characters, no punctuation where a line breaks).
    static let twoLines = "各村各单位要充分认识当前森林防火工作的严峻形势和重要意义克服麻痹思想和侥幸心理切实把各项防火措施抓紧抓实。"
    static let oneLine = "严格执行野外用火审批制度。"
    static let date = "2024年2月20日"

    static func notice(paragraphs: Int, extraLine: Bool) -> String {
        "---\nkind: notice\ntitle: 石门镇人民政府关于做好2024年春季森林防火工作的通知\nheader: 石门镇人民政府文件\n"
            + "number: 石政发〔2024〕3号\nto: 各村（社区）、镇属各单位：\nissuer: 石门镇人民政府\ndate: 2024-02-20\nseal: false\n"
            + "attachments: [石门镇2024年春季森林防火责任分解表, 石门镇森林防火应急队伍名单及联系方式]\n"
            + "cc: [县应急管理局, 县林业局]\nprinter: 石门镇党政办公室\nprinted: 2024-02-20\n---\n"
            + (Array(repeating: twoLines, count: paragraphs) + (extraLine ? [oneLine] : [])).joined(separator: "\n") + "\n"
    }

    /// 10…14 two-line paragraphs, with and without a one-line paragraph after them: the body
    /// ends on page 2 from its 14th to its 23rd line, and the tail reaches the foot of page 2 or
    /// crosses to page 3.
    static let variants = (10...14).flatMap { n in [(n, false), (n, true)] }

    @Test(arguments: OutputFormat.packages)
    func noPageStartsBlankAndTheSignaturePageHasBodyText(_ format: OutputFormat) throws {
        let dir = try Paths.temporaryDirectory()
        var written: [(name: String, path: String)] = []
        for (n, extra) in Self.variants {
            let name = "n\(n)\(extra ? "+1" : "")"
            let source = dir.appendingPathComponent(name + ".md")
            try Data(Self.notice(paragraphs: n, extraLine: extra).utf8).write(to: source)
            written.append((name, try GovDocIO.export(sourceAt: source.path, formats: [format])[0]))
        }
        let pdfs = try RenderedPages.renderPDFs(written.map(\.path))
        var signaturePages: Set<Int> = []
        let pitch = 225.0 / 22
        for (name, path) in written {
            guard let pdf = pdfs[path] else { continue }
            let lines = try RenderedPages.lines(pdf: pdf).filter { !RenderedPages.isPageNumber($0) }
            // every page after the first starts on its first line (37 mm plus the glyphs'
            // place in the line), not a blank line (10.2 mm) lower; a page holding only the
            // 版记 (no room for it under the signature) is its foot
            for page in Set(lines.map(\.page)).sorted() where page > 1 {
                let first = try #require(lines.first { $0.page == page })
                if first.text.hasPrefix("抄送") { continue }
                #expect(first.topMM < 37 + pitch * 0.75, "\(format) \(name): page \(page) starts with a blank line: \(first)")
            }
            // the signature's page: at least two lines of body text above the 附件说明
            let date = try #require(lines.last { $0.text == Self.date }, "\(name): no 成文日期")
            signaturePages.insert(date.page)
            let onPage = lines.filter { $0.page == date.page }
            let note = try #require(onPage.firstIndex { $0.text.hasPrefix("附件：") }, "\(format) \(name): the 附件说明 is not on the signature's page")
            let body = onPage[..<note].filter { Self.twoLines.hasPrefix($0.text) || Self.twoLines.hasSuffix($0.text) || $0.text == Self.oneLine }
            #expect(body.count >= 2, "\(format) \(name): the signature's page \(date.page) has \(body.count) body line(s): \(onPage.map(\.text))")
        }
        // the variants cross the boundary: the signature stands on page 2 for some, page 3 for others
        #expect(signaturePages.count >= 2, "\(format): signature pages \(signaturePages.sorted())")
    }

    /// In the files: the body's last paragraph keeps with the next and leaves two lines when
    /// split; the blank lines up to the signature keep with the next.
    @Test func keepsInBothFormats() throws {
        let dir = try Paths.temporaryDirectory()
        let source = dir.appendingPathComponent("n.md")
        try Data(Self.notice(paragraphs: 3, extraLine: false).utf8).write(to: source)
        let written = try GovDocIO.export(sourceAt: source.path, formats: [.docx, .odt])
        let doc = try ZipPackage(path: written[0]).xml("word/document.xml")
        let paragraphs = try doc.all("//*[local-name()='body']/*[local-name()='p']")
        let texts = try paragraphs.map(DocxReader.text(ofParagraph:))
        let last = try #require(texts.lastIndex(of: Self.twoLines))
        let note = try #require(texts.firstIndex { $0.hasPrefix("附件：") })
        let issuer = try #require(texts.lastIndex(of: "石门镇人民政府"))
        #expect(try paragraphs[last].first(".//*[local-name()='widowControl']") != nil)
        for i in last..<issuer {
            #expect(try paragraphs[i].first(".//*[local-name()='keepNext']")?.attr("w:val") == "1", "paragraph \(i) «\(texts[i])» keeps with the next")
        }
        #expect(texts[last + 1].isEmpty && note == last + 2 && texts[issuer - 1].isEmpty, "\(texts[last...issuer])")
        // ODT: the same through the paragraphs' automatic styles
        let content = try ZipPackage(path: written[1]).xml("content.xml")
        let body = try content.all("//*[local-name()='text']/*[local-name()='p' or local-name()='h']")
        func properties(_ p: XMLNode) throws -> XMLNode? {
            try content.first("//*[local-name()='automatic-styles']/*[@*[local-name()='name']='\(p.attr("text:style-name") ?? "")']/*[local-name()='paragraph-properties']")
        }
        let odtTexts = body.map(OdtReader.text(of:))
        let odtLast = try #require(odtTexts.lastIndex(of: Self.twoLines))
        let odtIssuer = try #require(odtTexts.lastIndex(of: "石门镇人民政府"))
        let lastProps = try #require(try properties(body[odtLast]))
        #expect(lastProps.attr("fo:widows") == "2" && lastProps.attr("fo:orphans") == "2")
        for i in odtLast..<odtIssuer {
            #expect(try properties(body[i])?.attr("fo:keep-with-next") == "always", "paragraph \(i) «\(odtTexts[i])» keeps with the next")
        }
        for path in written { try Checkers.expectValid(path) }
    }
}

/// Every document with a 版头 or a letterhead passes every rule of gbcheck, in both formats:
/// the notice and the letter of Examples/, the notice as a 上行文 (签发人 beside the 发文字号),
/// and a notice whose signature page is at a boundary.
@Suite struct MastheadCheckTests {
    static let sources: [(String, String)] = [
        ("Examples/notice/notice.md", "noseal"), ("Examples/letter/letter.md", "noseal"), ("signer", "noseal"), ("boundary", "noseal"),
    ]

    /// gbcheck takes the letter's one-line paragraph `石门镇应急管理办公室…5321119。` (ending
    /// 1 字 short of the block's edge) and the paragraph under it (which starts at the same
    /// indent) for a wrapped paragraph, so it finds page 2's right edge at 178 mm and measures
    /// the signature from there. Those two rules are measured here instead.
    static let misread: [String: Set<String>] = ["Examples/letter/letter.md": ["block.right", "signature.position"]]

    @Test(arguments: sources, OutputFormat.packages)
    func passesEveryRule(_ source: (path: String, signature: String), _ format: OutputFormat) throws {
        let dir = try Paths.temporaryDirectory()
        var path = Paths.root.appendingPathComponent(source.path)
        if source.path == "boundary" {
            // the body ends at the foot of page 2: the signature takes the last two lines to page 3
            path = dir.appendingPathComponent("boundary.md")
            try Data(SignaturePageTests.notice(paragraphs: 12, extraLine: false).utf8).write(to: path)
        } else if source.path == "signer" {
            // 上行文: the number flush left indented one 字, 签发人 at the right; the rule still
            // spans the block
            path = dir.appendingPathComponent("signer.md")
            let notice = try String(contentsOf: Paths.root.appendingPathComponent("Examples/notice/notice.md"), encoding: .utf8)
            try Data(notice.replacingOccurrences(of: "seal: false\n", with: "seal: false\nsigner: 张三\n").utf8).write(to: path)
        }
        // the file as govdoc ships it (the signature lines carry autospace in both formats, so
        // LibreOffice, which sets it in any .docx, places them as Word does)
        let document = try GovDocIO.read(sourceAt: path.path)
        let out = dir.appendingPathComponent("doc." + format.fileExtension).path
        try document.write(to: out, format: format)
        let keep = dir.appendingPathComponent("keep")
        guard let rules = try Checkers.gbcheck(out, arguments: ["--keep", keep.path, "--signature", source.signature]) else { return }
        let misread = Self.misread[source.path] ?? []
        for (name, rule) in rules.sorted(by: { $0.key < $1.key }) where !misread.contains(name) {
            #expect(rule.status == "PASS" || rule.status == "N/A", "\(source.path) \(format) \(name): \(rule.measured ?? "")")
        }
        for required in ["masthead.mark_top", "masthead.separator", "signature.position", "pagenum.present"] where !misread.contains(required) {
            #expect(rules[required]?.status == "PASS", "\(source.path) \(format) \(required) must be measured and pass")
        }
        if misread.contains("signature.position") {
            // §7.3.5.2 on the rendered page: the date ends 2 字 (11.3 mm) from the block's right
            // edge (184 mm) and starts 2 字 right of the issuer's first character
            let pdf = keep.appendingPathComponent("doc.pdf").path
            let lines = try RenderedPages.lines(pdf: pdf)
            let document = try GovDocIO.read(sourceAt: path.path)
            let signature = try #require(document.signature)
            let issuer = try #require(lines.last { $0.text == signature.issuer })
            let date = try #require(lines.last { $0.text == signature.dateText })
            let character = 16 * 25.4 / 72
            let dateRight = date.rightMM
            #expect(date.page == issuer.page && date.topMM > issuer.topMM)
            #expect(abs(184 - 2 * character - dateRight) < 2, "date ends at \(dateRight) mm")
            #expect(abs(date.leftMM - issuer.leftMM - 2 * character) < 1, "date starts \(date.leftMM - issuer.leftMM) mm right of the issuer")
        }
    }

    /// The 版记 tests' notices (one-line paragraphs, which gbcheck's margin and block rules
    /// cannot measure): the 版头 rules.
    @Test(arguments: OutputFormat.packages)
    func imprintTestNoticeHead(_ format: OutputFormat) throws {
        let dir = try Paths.temporaryDirectory()
        let source = dir.appendingPathComponent("n.md")
        try Data(ImprintTests.notice(paragraphs: 2).utf8).write(to: source)
        let out = try GovDocIO.export(sourceAt: source.path, formats: [format])[0]
        guard let rules = try Checkers.gbcheck(out) else { return }
        for required in ["masthead.mark_top", "masthead.separator", "pagenum.present", "lines.pitch"] {
            #expect(rules[required]?.status == "PASS", "\(format) \(required): \(rules[required]?.measured ?? "not measured")")
        }
    }
}
