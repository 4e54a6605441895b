import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func seedReportHasItsNumberingFaults() throws {
        let result = try run(govdocExecutable, ["check", Paths.example.path])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(Paths.example.path):10:1: error: （1） is the form of level 4, but the heading is at level 2 here: expected （一）"))
        #expect(lines.filter { $0.contains(": error: ") }.count == 3)
        #expect(lines.last == "3 errors, 4 warnings")
    }

    @Test func renumberFixesInPlaceAndKeepsABackup() throws {
        let dir = try Paths.temporaryDirectory()
        let file = dir.appendingPathComponent("report.md")
        try FileManager.default.copyItem(at: Paths.example, to: file)
        let result = try run(govdocExecutable, ["check", "--renumber", file.path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")  // a warning is left: not clean
        #expect(result.stdout.hasSuffix("0 errors, 1 warning\n"), "\(result.stdout)")
        let fixed = try String(contentsOf: file, encoding: .utf8)
        #expect(fixed.contains("\n（一）主动公开情况\n") && fixed.contains("\n（四）平台建设情况\n") && fixed.contains("\n（五）监督保障\n"))
        #expect(try String(contentsOf: dir.appendingPathComponent("report.md.bak"), encoding: .utf8) == String(contentsOf: Paths.example, encoding: .utf8))
        // everything but the three heading lines is unchanged
        let before = try String(contentsOf: Paths.example, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let after = fixed.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        #expect(zip(before, after).filter { $0 != $1 }.count == 3)
        let lenient = try run(govdocExecutable, ["check", "--errors-only", file.path])
        #expect(lenient.status == 0)
    }

    @Test func jsonAndSourceErrors() throws {
        let dir = try Paths.temporaryDirectory()
        let bad = dir.appendingPathComponent("bad.md")
        try Data("---\ntitle: 报告\nbogus: 1\n---\n".utf8).write(to: bad)
        let result = try run(govdocExecutable, ["check", "--json", bad.path, Paths.fixtures.appendingPathComponent("valid/small.md").path])
        #expect(result.status == 1)
        struct Item: Decodable { var file: String; var line: Int; var column: Int; var severity: String; var code: String }
        let items = try JSONDecoder().decode([Item].self, from: Data(result.stdout.utf8))
        #expect(items.count == 1)
        #expect(items.first?.code == "source" && items.first?.line == 3 && items.first?.severity == "error")
    }
}
