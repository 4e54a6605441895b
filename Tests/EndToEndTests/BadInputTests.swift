import Foundation
import Testing

/// Bad input through the CLI: one line `FILE:LINE:COLUMN: error: …`, a non-zero exit, and no
/// output file.
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var source: String
        var line: Int
        var column: Int
        var messageContains: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "no title", source: "---\nissuer: 某某镇人民政府\n---\n正文。\n", line: 1, column: 1, messageContains: "title"),
        Case(name: "unknown front matter key", source: "---\ntitle: 报告\nisuer: 某某镇人民政府\n---\n正文。\n", line: 3, column: 1, messageContains: "did you mean `issuer`"),
        Case(name: "malformed YAML", source: "---\ntitle: 报告\ndate: [2024-01-23\n---\n正文。\n", line: 4, column: 1, messageContains: "malformed YAML"),
        Case(name: "invalid date", source: "---\ntitle: 报告\ndate: 2023-02-29\n---\n正文。\n", line: 3, column: 7, messageContains: "YYYY-MM-DD"),
        Case(name: "no front matter", source: "一、总体情况\n正文。\n", line: 1, column: 1, messageContains: "front matter"),
        Case(name: "empty file", source: "", line: 1, column: 1, messageContains: "empty"),
        Case(name: "overlapping spans", source: """
            ---
            title: 报告
            ---
            <table>
            <tr><td>甲</td><td rowspan="2">乙</td></tr>
            <tr><td colspan="2">丙</td></tr>
            </table>
            """, line: 6, column: 5, messageContains: "overlaps"),
        Case(name: "span past the table", source: """
            ---
            title: 报告
            ---
            <table>
            <tr><td>甲</td><td>乙</td></tr>
            <tr><td rowspan="3">丙</td><td>丁</td></tr>
            </table>
            """, line: 6, column: 5, messageContains: "runs past"),
        Case(name: "ragged HTML row", source: """
            ---
            title: 报告
            ---
            <table>
            <tr><td>甲</td><td>乙</td></tr>
            <tr><td>丙</td><td>丁</td><td>戊</td></tr>
            </table>
            """, line: 6, column: 1, messageContains: "columns wide"),
        Case(name: "ragged pipe table", source: "---\ntitle: 报告\n---\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 | 3 |\n", line: 6, column: 9, messageContains: "expected 2"),
        Case(name: "pipe table without rule", source: "---\ntitle: 报告\n---\n| 甲 | 乙 |\n| 1 | 2 |\n", line: 5, column: 1, messageContains: "rule line"),
        Case(name: "unclosed table", source: "---\ntitle: 报告\n---\n正文。\n<table>\n<tr><td>甲</td></tr>\n", line: 5, column: 1, messageContains: "unclosed"),
        Case(name: "control character", source: "---\ntitle: 报告\n---\n正文\u{1}。\n", line: 4, column: 3, messageContains: "U+0001"),
        Case(name: "unknown kind", source: "---\ntitle: 报告\nkind: memo\n---\n", line: 3, column: 7, messageContains: "unknown kind"),
    ]

    @Test(arguments: cases)
    func reportsLineAndColumn(_ c: Case) throws {
        let dir = try Paths.temporaryDirectory()
        let input = dir.appendingPathComponent("bad.md")
        try Data(c.source.utf8).write(to: input)
        let result = try run(govdocExecutable, ["export", "--docx", input.path])
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line per problem, got: \(result.stderr)")
        #expect(result.stderr.hasPrefix("\(input.path):\(c.line):\(c.column): error: "), "got: \(result.stderr)")
        #expect(result.stderr.contains(c.messageContains), "got: \(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left == ["bad.md"], "no output or temporary file may be left: \(left)")
    }

    @Test func gbkTextIsRejectedWithAnIconvHint() throws {
        let dir = try Paths.temporaryDirectory()
        let input = dir.appendingPathComponent("gbk.md")
        // "---\ntitle: 报告\n---\n" then 正文 in GBK (D5FD CEC4)
        var bytes = Array("---\ntitle: 报告\n---\n".utf8)
        bytes += [0xD5, 0xFD, 0xCE, 0xC4, 0x0A]
        try Data(bytes).write(to: input)
        let result = try run(govdocExecutable, ["export", "--docx", input.path])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("\(input.path):4:1: error: "), "got: \(result.stderr)")
        #expect(result.stderr.contains("iconv"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["gbk.md"])
    }

    @Test func unreadableFile() throws {
        let dir = try Paths.temporaryDirectory()
        let missing = dir.appendingPathComponent("missing.md").path
        let result = try run(govdocExecutable, ["export", "--docx", missing])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("\(missing):1:1: error: cannot read the file"), "got: \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func existingOutputIsUntouchedOnFailure() throws {
        let dir = try Paths.temporaryDirectory()
        let input = dir.appendingPathComponent("report.md")
        let output = dir.appendingPathComponent("report.docx")
        try Data("previous".utf8).write(to: output)
        try Data("---\ntitle: 报告\nbogus: 1\n---\n".utf8).write(to: input)
        let result = try run(govdocExecutable, ["export", "--docx", input.path])
        #expect(result.status != 0)
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == ["report.md", "report.docx"])
    }

    /// A real full disk: a 256 KiB tmpfs, nearly filled, holding last year's report.docx.
    /// The export fails with the system's message; the old file and nothing else is there.
    /// (Needs the right to mount, as root in CI; the injected failure in AtomicFileTests
    /// covers the same path everywhere.)
    @Test func aFullDiskLeavesTheOldOutput() throws {
        let dir = try Paths.temporaryDirectory().appendingPathComponent("tiny")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let mount = try run("/bin/mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", dir.path])
        guard mount.status == 0 else {
            print("full disk: not run (cannot mount a tmpfs here: \(mount.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return
        }
        defer { _ = try? run("/bin/umount", [dir.path]) }
        let output = dir.appendingPathComponent("report.docx")
        try Data("last year's report".utf8).write(to: output)
        try Data(count: 248 * 1024).write(to: dir.appendingPathComponent("filler"))
        let result = try run(govdocExecutable, ["export", "--docx", "-o", output.path, Paths.example.path])
        #expect(result.status == 1)
        #expect(result.stderr == "\(output.path): error: cannot write \(output.path): No space left on device\n", "\(result.stderr)")
        #expect(try String(contentsOf: output, encoding: .utf8) == "last year's report")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir.path)) == ["report.docx", "filler"])
    }

    @Test func crlfAndBOMAreAccepted() throws {
        let dir = try Paths.temporaryDirectory()
        let input = dir.appendingPathComponent("crlf.md")
        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array("---\r\ntitle: 报告\r\n---\r\n一、总体情况\r\n正文。\r\n".utf8)).write(to: input)
        let result = try run(govdocExecutable, ["export", "--docx", input.path])
        #expect(result.status == 0, "\(result.stderr)")
        let extracted = try DocxReader(dir.appendingPathComponent("crlf.docx").path).extract()
        #expect(extracted.paragraphs == ["报告", "一、总体情况", "正文。"])
    }
}
