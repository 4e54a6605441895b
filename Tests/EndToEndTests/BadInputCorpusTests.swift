import Foundation
import Testing

/// Every file of `Tests/Fixtures/bad/` gives the error `expected.tsv` documents — file, line,
/// column, message — through the CLI, in both formats at once, with a non-zero exit and no
/// output or temporary file left behind.
@Suite struct BadInputCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var line: Int
        var column: Int
        var fragment: String
        var testDescription: String { file }
    }

    static let cases: [Case] = {
        let dir = Paths.fixtures.appendingPathComponent("bad")
        guard let text = try? String(contentsOf: dir.appendingPathComponent("expected.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(file: f[0], line: Int(f[1])!, column: Int(f[2])!, fragment: f[3])
        }
    }()

    @Test func theCorpusIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Paths.fixtures.appendingPathComponent("bad").path)
            .filter { $0.hasSuffix(".md") }
        #expect(files.count >= 30)
        #expect(Set(files) == Set(Self.cases.map(\.file)), "every file has its expected error")
    }

    @Test(arguments: cases)
    func givesTheDocumentedError(_ c: Case) throws {
        let dir = try Paths.temporaryDirectory()
        let input = dir.appendingPathComponent(c.file)
        try FileManager.default.copyItem(at: Paths.fixtures.appendingPathComponent("bad/\(c.file)"), to: input)
        let result = try run(govdocExecutable, ["export", "--docx", "--odt", input.path])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
        #expect(result.stderr.hasPrefix("\(input.path):\(c.line):\(c.column): error: "), "\(result.stderr)")
        #expect(result.stderr.contains(c.fragment), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Sanitizer"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [c.file], "nothing written")
        // check reports the same problem
        let check = try run(govdocExecutable, ["check", input.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("\(input.path):\(c.line):\(c.column): error: "), "\(check.stdout)")
    }

    /// Inputs that are large, not wrong: they export, in bounded time (measured, not asserted).
    @Test func largeInputsExport() throws {
        if ProcessInfo.processInfo.environment["GOVDOC_SANITIZER_RUN"] != nil {
            // Under AddressSanitizer the 100,000-row table takes minutes; the plain run covers it.
            print("large inputs: not run under AddressSanitizer (the plain test run exports them)")
            return
        }
        let dir = try Paths.temporaryDirectory()
        let line = "---\ntitle: 长行\n---\n" + String(repeating: "很长的一行文字，", count: 130_000) + "\n"   // ~3 MB line
        let rows = (0..<100_000).map { "| \($0) | 名称\($0) | \($0 * 3) |" }.joined(separator: "\n")
        let table = "---\ntitle: 大表\n---\n| 序号 | 名称 | 数量 |\n|---|---|---|\n" + rows + "\n"
        let deep = "---\ntitle: 嵌套\n---\n<table><tr><td>" + String(repeating: "<b>", count: 5000) + "深" + String(repeating: "</b>", count: 5000) + "</td></tr></table>\n"
        for (name, text) in [("line", line), ("table", table), ("deep", deep)] {
            let file = dir.appendingPathComponent("\(name).md")
            try Data(text.utf8).write(to: file)
            let result = try run(govdocExecutable, ["export", "--docx", "--odt", file.path])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            try Checkers.expectValid(dir.appendingPathComponent("\(name).odt").path)
        }
    }
}
