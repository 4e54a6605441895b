import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// (issue 29, item 3) A FIFO named as the source, an image, a draft or a style sheet is refused
/// at once (opened without blocking, checked with fstat): the CLI never waits for a writer.
@Suite struct FIFOTests {
    /// Runs govdoc under `timeout 60` (a hang guard) in `dir`; the status, stderr and the seconds it took.
    func govdoc(_ arguments: [String]) throws -> (ProcessResult, Double) {
        let start = Date()
        let result = try run("/usr/bin/timeout", ["60", govdocExecutable] + arguments, environment: ["LANG": "en_US.UTF-8"])
        return (result, Date().timeIntervalSince(start))
    }

    func fifo(_ path: String) throws {
        #expect(mkfifo(path, 0o600) == 0)
    }

    @Test func aFIFOIsRefusedAtOnceWhereverItIsNamed() throws {
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let d = dir.path
        try fifo(d + "/pipe.md")
        try fifo(d + "/pipe.png")
        try fifo(d + "/pipe.yaml")
        try fifo(d + "/pipe.docx")
        try "---\ntitle: 测试\nissuer: 某某县人民政府\nseal: pipe.png\n---\n正文。\n".write(toFile: d + "/seal.md", atomically: true, encoding: .utf8)
        try "---\ntitle: 测试\n---\n<img src=\"pipe.png\" width=\"20mm\">\n".write(toFile: d + "/figure.md", atomically: true, encoding: .utf8)
        try "---\ntitle: 测试\nstyle: pipe.yaml\n---\n正文。\n".write(toFile: d + "/style.md", atomically: true, encoding: .utf8)
        let cases: [(String, [String])] = [
            ("source", ["export", "--docx", d + "/pipe.md"]),
            ("seal image", ["export", "--docx", d + "/seal.md"]),
            ("figure", ["export", "--docx", d + "/figure.md"]),
            ("style sheet", ["export", "--docx", d + "/style.md"]),
            ("draft", ["import", d + "/pipe.docx", "-o", d + "/out.md"]),
            ("draft to format", ["format", d + "/pipe.docx", "-o", d + "/out.docx"]),
            ("check", ["check", d + "/pipe.md"]),
        ]
        for (what, arguments) in cases {
            let (result, seconds) = try govdoc(arguments)
            #expect(result.status != 0 && result.status != 124, "\(what): status \(result.status)")
            #expect(seconds < 60, "\(what): \(seconds) s — a hang guard: a FIFO opened for reading blocks for ever")
            let said = result.stderr + result.stdout
            #expect(said.contains("not a regular file") || said.contains("不是普通文件"), "\(what): \(said)")
        }
        #expect(!FileManager.default.fileExists(atPath: d + "/out.docx"))
        #expect(!FileManager.default.fileExists(atPath: d + "/seal.docx"))
    }
}
