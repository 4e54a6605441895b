import Foundation
import GovDocKit
import Testing

/// `govdoc format` and `govdoc import` on Word/WPS drafts, end to end: the packages pass
/// validate-package and gbcheck, keep every word and number, and the warnings are printed;
/// the imported source text checks clean.
@Suite struct DraftCommandTests {
    static let corpus = Paths.fixtures.appendingPathComponent("drafts")
    static var drafts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }.sorted()
    }

    static func readable(_ name: String) -> Bool {
        GovDocDrafts.reader(for: name.hasSuffix(".odt") ? .odt : .docx) != nil
    }

    /// gbcheck on a formatted draft: every rule about the page, the type, the page numbers and
    /// the signature passes. Not required here, and printed: the 版头's mark and separator
    /// positions (the notice writer's: Examples/notice measures the same 36.9 mm / 5.95 mm) and
    /// the full-line rules (margin.left, block.right, chars.per_line), which gbcheck judges from
    /// a page's few full lines in these short drafts; the signature when attachment pages follow
    /// it (gbcheck measures the last page).
    /// In a .docx the signature is measured only as printed: LibreOffice 7.4 ignores the file's
    /// w:autoSpaceDE/DN="0" (Word honours them) and sets the date ~1 字 wider; the .odt of the same
    /// draft is held to it instead.
    static func expectLaidOut(_ rules: [String: Checkers.Rule], name: String, boundAttachments: Bool, docx: Bool = true) {
        var informative: Set<String> = ["masthead.mark_top", "masthead.separator", "margin.left", "block.right", "chars.per_line"]
        if boundAttachments || docx { informative.insert("signature.position") }
        for rule in rules.values.sorted(by: { $0.rule < $1.rule }) {
            if informative.contains(rule.rule) {
                if rule.status == "FAIL" { print("gbcheck \(name): \(rule.rule) FAIL (not required here): \(rule.measured ?? "")") }
                continue
            }
            #expect(rule.status == "PASS" || rule.status == "N/A", "\(name): \(rule.rule): \(rule.expected ?? "") / \(rule.measured ?? "")")
        }
        for required in ["page.size", "lines.pitch", "font.title.size", "font.body.size", "pagenum.text", "pagenum.horizontal", "declared.margins"] {
            #expect(rules[required]?.status == "PASS", "\(name): \(required) must be measured and pass")
        }
    }

    /// The `numbering.*` codes the draft's expected.yaml lists as planted deviations.
    static func plantedNumberingFaults(_ name: String) -> [String] {
        let base = corpus.appendingPathComponent(name).path
        let path = FileManager.default.fileExists(atPath: base + ".expected.yaml") ? base + ".expected.yaml"
            : corpus.appendingPathComponent(name).deletingPathExtension().path + ".expected.yaml"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var inMust = false
        var codes: [String] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("  must:") { inMust = true; continue }
            if inMust, !line.hasPrefix("    -") { inMust = false }
            if inMust, let r = line.range(of: "code: numbering.") {
                codes.append(String(line[line.index(r.lowerBound, offsetBy: 6)...].prefix(while: { $0 != "," && $0 != "}" })))
            }
        }
        return codes
    }

    /// The words and numbers of a text: runs of letters and digits (punctuation and spaces apart).
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// Every word and number of the draft's text (paragraphs and table cells) is somewhere in
    /// the written text; dates may be rewritten (leading zeros, Chinese numerals), so date
    /// paragraphs are compared as dates.
    static func expectKeepsText(draft: Draft, recognition: DraftRecognition, written: ExtractedDocument, name: String) {
        var haystack = written.paragraphs.joined(separator: "\n") + "\n" + written.tables.flatMap { $0.map(\.text) }.joined(separator: "\n")
        haystack = String(haystack.filter { !$0.isWhitespace })
        var missing: [String] = []
        for p in draft.paragraphs {
            let role = recognition.roles[p.index]
            if role == .signatureDate || role == .imprint { continue }
            for word in words(DraftText.clean(p.text)) where !haystack.contains(word) { missing.append("¶\(p.index) \(word)") }
        }
        for case let .table(t) in draft.blocks {
            for row in t.table.rows { for cell in row.cells { for word in words(cell.text) where !haystack.contains(word) { missing.append("table \(word)") } } }
        }
        #expect(missing.isEmpty, "\(name): lost \(missing)")
        if let date = recognition.document.signature?.date {
            #expect(haystack.contains(date.chinese), "\(name)")
        }
    }

    /// A Word-default draft built in memory goes the whole way without a reader: recognised,
    /// written, valid, measured by gbcheck, and its source text checks clean.
    @Test func handBuiltDraftFormatsAndImports() throws {
        var blocks: [DraftBlock] = []
        var n = 0
        func p(_ text: String, _ align: DraftAlignment? = nil, size: Double = 12, bold: Bool = false) {
            n += 1
            blocks.append(.paragraph(DraftParagraph(index: n, text: text, alignment: align,
                                                    runs: [DraftRun(text: text, eastAsianFont: "宋体", size: size, bold: bold)])))
        }
        p("大河镇人民政府关于开展2024年\n农村人居环境整治春季行动的通知", .center, size: 18, bold: true)
        p("各村（社区）、镇直各单位：")
        p("　　为进一步改善农村人居环境，镇党委、镇政府决定开展春季行动。现将有关事项通知如下。")
        p("　　一、工作目标", bold: true)
        p("　　通过集中整治，村庄环境明显改善，群众满意度达到90%以上。")
        p("　　二、重点任务", bold: true)
        p("　　（一）推进户厕改造。", bold: true)
        p("　　1.摸清底数。4月10日前完成未改厕农户的摸底登记，建立台账。")
        blocks.append(.table(DraftTable(table: Table(rows: [
            TableRow(cells: [TableCell("村（社区）", rowSpan: 2), TableCell("整治任务", colSpan: 2)]),
            TableRow(cells: [TableCell("垃圾清运（吨）"), TableCell("改厕（户）")]),
            TableRow(cells: [TableCell("大河村"), TableCell("120"), TableCell("45")]),
        ]), followingParagraphIndex: n + 1)))
        p("　　附件：1.大河镇农村人居环境整治春季行动任务清单")
        p("　　　　　2.大河镇户厕改造技术要点")
        p(String(repeating: " ", count: 44) + "大河镇人民政府")
        p(String(repeating: " ", count: 42) + "2024年3月1日")
        let draft = Draft(format: .docx, blocks: blocks)
        let recognition = try GovDocDrafts.recognize(draft, file: "hand.docx")
        #expect(recognition.warnings.isEmpty, "\(recognition.warnings)")
        let dir = try Paths.temporaryDirectory()
        let out = dir.appendingPathComponent("hand.formatted.docx").path
        try recognition.document.write(to: out, format: .docx)
        // the file as written is what LibreOffice renders and gbcheck measures
        try Checkers.expectValid(out)
        if let rules = try Checkers.gbcheck(out) {
            let failed = rules.values.filter { $0.status == "FAIL" }.map { "\($0.rule): \($0.measured ?? "")" }
            #expect(failed.isEmpty, "\(failed)")
            #expect(rules["signature.position"]?.status == "PASS")
        }
        Self.expectKeepsText(draft: draft, recognition: recognition, written: try DocxReader(out).extract(), name: "hand")
        let source = dir.appendingPathComponent("hand.md").path
        try GovDocIO.writeText(GovDocDrafts.sourceText(recognition).text, to: source)
        let findings = GovDocChecker.check(path: source)
        #expect(findings.isEmpty, "\(findings.map(\.description))")
        #expect(try GovDocIO.read(sourceAt: source) == recognition.document)
    }

    @Test(arguments: drafts)
    func formatCorpusDraft(_ name: String) throws {
        guard Self.readable(name) else { print("format: no reader for \(name) in this build"); return }
        let dir = try Paths.temporaryDirectory()
        let input = dir.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent(name), to: input)
        let before = try Data(contentsOf: input)
        let result = try run(govdocExecutable, ["format", "--docx", "--odt", input.path], environment: ["GOVDOC_LANG": "en"])
        #expect(result.status == 0, "\(name): \(result.stderr)")
        let base = input.deletingPathExtension().path + ".formatted"
        let docx = base + ".docx", odt = base + ".odt"
        #expect(FileManager.default.fileExists(atPath: docx) && FileManager.default.fileExists(atPath: odt), "\(name)")
        #expect(try Data(contentsOf: input) == before, "the draft itself is never written")
        // warnings: one line each, naming the paragraph
        let recognition = try GovDocDrafts.recognize(draftAt: input.path)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == recognition.warnings.count, "\(name): \(lines)")
        for (line, warning) in zip(lines, recognition.warnings) {
            #expect(line.hasPrefix(input.path), "\(line)")
            #expect(line.contains(": warning: "), "\(line)")
            if let paragraph = warning.location.paragraph { #expect(line.contains(":¶\(paragraph)"), "\(line)") }
        }
        try Checkers.expectValid(docx)
        try Checkers.expectValid(odt)
        let bound = recognition.document.attachments.contains(where: \.isBoundWithDocument)
        if let rules = try Checkers.gbcheck(docx) {
            Self.expectLaidOut(rules, name: name, boundAttachments: bound)
        }
        if !bound, let rules = try Checkers.gbcheck(odt) {
            Self.expectLaidOut(rules, name: name + " (odt)", boundAttachments: bound, docx: false)
            #expect(rules["signature.position"]?.status == "PASS", "\(name) (odt): \(rules["signature.position"]?.measured ?? "not measured")")
        }
        let draft = try GovDocDrafts.read(draftAt: input.path)
        Self.expectKeepsText(draft: draft, recognition: recognition, written: try DocxReader(docx).extract(), name: name)
        Self.expectKeepsText(draft: draft, recognition: recognition, written: try OdtReader(odt).extract(), name: name + " (odt)")
    }

    @Test(arguments: drafts)
    func importCorpusDraft(_ name: String) throws {
        guard Self.readable(name) else { print("import: no reader for \(name) in this build"); return }
        let dir = try Paths.temporaryDirectory()
        let input = dir.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent(name), to: input)
        var result = try run(govdocExecutable, ["import", input.path], environment: ["GOVDOC_LANG": "en"])
        #expect(result.status == 0, "\(name): \(result.stderr)")
        let md = input.deletingPathExtension().path + ".md"
        #expect(FileManager.default.fileExists(atPath: md))
        let check = try run(govdocExecutable, ["check", "--json", md])
        let findings = try JSONDecoder().decode([Finding].self, from: Data(check.stdout.utf8))
        // no errors but the numbering faults planted in the draft (its expected.yaml's `check.must`)
        let planted = Self.plantedNumberingFaults(name)
        let errors = findings.filter { $0.severity == .error }.map(\.code)
        #expect(errors.sorted() == planted.sorted(), "\(name): \(findings.map(\.description))")
        // the imported text reads back to the recognised model
        let recognition = try GovDocDrafts.recognize(draftAt: input.path)
        #expect(try GovDocIO.read(sourceAt: md) == recognition.document, "\(name)")
        // an existing file is kept unless --force
        let text = try String(contentsOfFile: md, encoding: .utf8)
        try Data("changed\n".utf8).write(to: URL(fileURLWithPath: md))
        result = try run(govdocExecutable, ["import", input.path], environment: ["GOVDOC_LANG": "en"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("exists"), "\(result.stderr)")
        #expect(try String(contentsOfFile: md, encoding: .utf8) == "changed\n")
        result = try run(govdocExecutable, ["import", "--force", input.path], environment: ["GOVDOC_LANG": "en"])
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: md, encoding: .utf8) == text)
    }

    @Test func formatRefusesToWriteOverTheDraft() throws {
        guard let name = Self.drafts.first(where: Self.readable) else { print("format: no reader in this build"); return }
        let dir = try Paths.temporaryDirectory()
        let input = dir.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent(name), to: input)
        let before = try Data(contentsOf: input)
        let ext = input.pathExtension
        let result = try run(govdocExecutable, ["format", "--\(ext)", "-o", input.path, input.path], environment: ["GOVDOC_LANG": "en"])
        #expect(result.status != 0)
        #expect(try Data(contentsOf: input) == before)
    }

    /// A draft that is not there is "cannot read", never "would overwrite the draft itself"
    /// (two missing paths are not the same file), for each command that reads one.
    @Test func aMissingDraftIsNamedAsMissing() throws {
        let dir = try Paths.temporaryDirectory()
        let missing = dir.appendingPathComponent("MISSING.docx").path
        for command in [["import"], ["format", "--docx"], ["check"]] {
            let result = try run(govdocExecutable, command + ["--lang", "en", missing])
            #expect(result.status != 0)
            let errors = (result.stdout + result.stderr).split(separator: "\n").filter { $0.contains(": error: ") }
            #expect(errors.count == 1 && errors[0].hasPrefix(missing) && errors[0].contains("No such file"), "\(command[0]): \(result.stderr)")
            #expect(!result.stderr.contains("overwrite"), "\(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// Every key of the source format a `--meta` file gives reaches the formatted file: 份号,
    /// 密级, 紧急程度 and the mark's suffix on a notice, 出席/列席 on a 纪要 (they were ignored).
    @Test func metaKeysBeyondTheBasicOnesReachTheFile() throws {
        guard let name = Self.drafts.first(where: { $0 == "word-default.docx" }), Self.readable(name) else { print("format: no docx reader in this build"); return }
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = Self.corpus.appendingPathComponent(name).path
        let cases: [(meta: String, kind: String, expected: [String])] = [
            ("header: 大河镇人民政府\nheader-suffix: 文件\ncopy: \"000123\"\nclassification: 秘密★1年\nurgency: 特急\n", "notice",
             ["000123", "秘密★1年", "特急", "大河镇人民政府文件"]),
            ("kind: minutes\nheader: 大河镇人民政府会议纪要\nattendees: [张三, 李四]\nobservers: [县财政局]\n", "minutes", ["出席：张三、李四", "列席：县财政局"]),
        ]
        for (i, c) in cases.enumerated() {
            let meta = dir.appendingPathComponent("meta\(i).yaml")
            try Data(c.meta.utf8).write(to: meta)
            let out = dir.appendingPathComponent("out\(i).docx").path
            let result = try run(govdocExecutable, ["format", "--kind", c.kind, "--meta", meta.path, "-o", out, draft], environment: ["GOVDOC_LANG": "en"])
            #expect(result.status == 0, "\(result.stderr)")
            try Checkers.expectValid(out)
            let text = try DocxReader(out).extract().paragraphs.joined(separator: "\n")
            for expected in c.expected { #expect(text.contains(expected), "\(c.kind): no \(expected) in the formatted file") }
        }
    }

    @Test func formatOptionsAndMetaFile() throws {
        guard let name = Self.drafts.first(where: { $0 == "word-default.docx" }), Self.readable(name) else { print("format: no docx reader in this build"); return }
        let dir = try Paths.temporaryDirectory()
        let meta = dir.appendingPathComponent("meta.yaml")
        try Data("number: 大政发〔2024〕7号\ncc: [县政府办公室]\nprinter: 大河镇党政办公室\nprinted: 2024-03-02\n".utf8).write(to: meta)
        let out = dir.appendingPathComponent("out.docx").path
        let result = try run(govdocExecutable, ["format", "--kind", "notice", "--header", "大河镇人民政府文件", "--seal", "--meta", meta.path,
                                                "-o", out, Self.corpus.appendingPathComponent(name).path], environment: ["GOVDOC_LANG": "en"])
        #expect(result.status == 0, "\(result.stderr)")
        try Checkers.expectValid(out)
        let text = try DocxReader(out).extract().paragraphs.joined(separator: "\n")
        #expect(text.contains("大河镇人民政府文件"))
        #expect(text.contains("大政发〔2024〕7号"))
        if let rules = try Checkers.gbcheck(out, arguments: ["--signature", "seal"]) {
            // the mark itself is measured (its 35 mm is the notice writer's, tested in NoticeTests)
            #expect(rules["masthead.mark_top"] != nil && rules["masthead.mark_top"]?.status != "N/A")
        }
        // the sealed signature on the .odt of the same command (LibreOffice sets autospace in a .docx)
        let odt = dir.appendingPathComponent("out.odt").path
        let odtResult = try run(govdocExecutable, ["format", "--odt", "--kind", "notice", "--header", "大河镇人民政府文件", "--seal", "--meta", meta.path,
                                                   "-o", odt, Self.corpus.appendingPathComponent(name).path], environment: ["GOVDOC_LANG": "en"])
        #expect(odtResult.status == 0, "\(odtResult.stderr)")
        if let rules = try Checkers.gbcheck(odt, arguments: ["--signature", "seal"]) {
            #expect(rules["signature.position"]?.status == "PASS", "\(String(describing: rules["signature.position"]))")
        }
        let bad = try run(govdocExecutable, ["format", "--kind", "memo", Self.corpus.appendingPathComponent(name).path], environment: ["GOVDOC_LANG": "en"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("unknown kind"), "\(bad.stderr)")
    }
}
