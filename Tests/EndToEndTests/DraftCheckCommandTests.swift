import Foundation
import GovDocKit
import Testing

/// `govdoc check draft.docx|.odt`: a draft's deviations from GB/T 9704, each naming its paragraph;
/// govdoc's own packages check clean.
@Suite struct DraftCheckCommandTests {
    static let drafts = Paths.fixtures.appendingPathComponent("drafts")

    @Test func aWordDefaultDraftListsWhatIsWrongByParagraph() throws {
        let draft = Self.drafts.appendingPathComponent("word-default.docx").path
        let result = try run(govdocExecutable, ["check", "--lang", "en", draft])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        // Word's default margins and 12 pt type
        #expect(lines.contains { $0.hasPrefix(draft + ": error: ") && $0.contains("25.4") && $0.contains("37") })
        #expect(lines.contains { $0.hasPrefix(draft + ":¶") && $0.contains("「") && $0.contains("12 pt") })
        #expect(lines.last?.hasSuffix("warning") == true || lines.last?.hasSuffix("warnings") == true)
        // the same findings in Chinese, at the same paragraphs
        let zh = try run(govdocExecutable, ["check", draft], environment: ["LANG": "zh_CN.UTF-8"])
        let zhLines = zh.stdout.split(separator: "\n").map(String.init)
        #expect(zhLines.count == lines.count)
        #expect(zhLines.contains { $0.hasPrefix(draft + ": 错误：") && $0.contains("37毫米") })
        func places(_ ls: [String]) -> [Substring] { ls.dropLast().map { $0.prefix { $0 != " " } } }
        #expect(places(zhLines) == places(lines))
    }

    @Test func jsonNamesTheParagraphAndItsFirstCharacters() throws {
        let draft = Self.drafts.appendingPathComponent("pasted-mixed.docx").path
        let result = try run(govdocExecutable, ["check", "--json", draft])
        #expect(result.status == 1)
        struct Item: Decodable { var file: String; var line: Int; var column: Int; var severity: String; var code: String; var excerpt: String? }
        let items = try JSONDecoder().decode([Item].self, from: Data(result.stdout.utf8))
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { $0.file == draft && $0.code.hasPrefix("check.draft.") || $0.code.hasPrefix("numbering.") || $0.code.hasPrefix("section.") })
        // the date written with leading zeros, at its paragraph
        let date = try #require(items.first { $0.excerpt?.hasPrefix("2024年03月15日") == true && $0.code.contains("date") })
        #expect(date.line > 0 && date.column == 0)
    }

    @Test(arguments: ["Examples/notice/notice.md", "Examples/letter/letter.md", "Tests/Fixtures/valid/small.md"])
    func govdocsOwnPackagesCheckClean(_ source: String) throws {
        let dir = try Paths.temporaryDirectory()
        let written = try GovDocIO.export(sourceAt: Paths.root.appendingPathComponent(source).path, formats: [.docx, .odt],
                                          outputBase: dir.appendingPathComponent("doc").path)
        for path in written {
            let result = try run(govdocExecutable, ["check", "--lang", "en", path])
            #expect(result.status == 0, "\(path): \(result.stdout)")
            #expect(result.stdout.hasSuffix("0 errors, 0 warnings\n"), "\(result.stdout)")
        }
    }

    @Test func aHostileFileIsOneErrorAndRenumberRefusesDrafts() throws {
        let bomb = Paths.fixtures.appendingPathComponent("bad-drafts/billion-laughs.docx").path
        let result = try run(govdocExecutable, ["check", "--lang", "en", bomb])
        #expect(result.status == 1)
        #expect(result.stdout.split(separator: "\n").filter { $0.contains(": error: ") }.count == 1)
        let draft = Self.drafts.appendingPathComponent("word-default.docx").path
        let renumber = try run(govdocExecutable, ["check", "--renumber", "--lang", "en", draft])
        #expect(renumber.stderr.contains("--renumber rewrites source text only"))
    }
}

/// The hostile and broken drafts of `Tests/Fixtures/bad-drafts` (see its expected.tsv) through
/// the three commands that read drafts: one error line each, a non-zero exit, nothing written.
@Suite struct BadDraftCommandTests {
    static let cases: [String] = {
        let tsv = (try? String(contentsOf: Paths.fixtures.appendingPathComponent("bad-drafts/expected.tsv"), encoding: .utf8)) ?? ""
        return tsv.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t")
            return fields.count >= 3 && fields[1] != "-" ? String(fields[0]) : nil
        }
    }()

    @Test func theCorpusIsThere() { #expect(Self.cases.count >= 25) }

    @Test(arguments: cases)
    func oneErrorNoOutput(_ name: String) throws {
        let dir = try Paths.temporaryDirectory()
        let draft = dir.appendingPathComponent(name)
        try FileManager.default.copyItem(at: Paths.fixtures.appendingPathComponent("bad-drafts/" + name), to: draft)
        for command in [["format", "--docx", "--odt"], ["import"], ["check"]] {
            let started = Date()
            let result = try run(govdocExecutable, command + ["--lang", "en", draft.path])
            let seconds = Date().timeIntervalSince(started)
            #expect(result.status != 0, "\(command[0]) \(name) exited 0")
            let errors = (result.stdout + result.stderr).split(separator: "\n").filter { $0.contains(": error: ") }
            #expect(errors.count == 1, "\(command[0]) \(name): \(result.stdout)\(result.stderr)")
            #expect(errors.first?.hasPrefix(draft.path) == true)
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Sanitizer"))
            // a hang guard on a loaded machine, not a speed test (speed is measured in Benchmarks/)
            #expect(seconds < 60, "\(command[0]) \(name) took \(seconds) s")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left == [name], "\(name): left \(left)")
    }
}
