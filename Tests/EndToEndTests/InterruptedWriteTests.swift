import Foundation
import GovDocPackaging
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// An export stopped by SIGKILL or SIGINT at many points of its run (issue 29 item 8): the
/// folder holds the source and, at most, a complete package — never a `.NAME.docx.tmp-*` left
/// beside it, never a partial target.
@Suite(.serialized) struct InterruptedWriteTests {
    /// ~5 MB of headings and long paragraphs: a few seconds of a debug build, most of it writing.
    static func bigSource() -> String {
        var text = "---\ntitle: 关于中断写入的测试\nissuer: 测试机关\ndate: 2024-01-23\n---\n"
        let long = String(repeating: "本项正文，说明有关情况，", count: 6)
        for i in 1...20_000 { text += "（\(i % 9 + 1)）第\(i)项。\n\(long)共计\(i)件。\n" }
        return text
    }

    @Test(arguments: [SIGKILL, SIGINT])
    func nothingIsLeftBehind(signal: Int32) throws {
        // under AddressSanitizer one export takes a minute: the plain run covers the stops
        if ProcessInfo.processInfo.environment["GOVDOC_SANITIZER_RUN"] != nil { return }
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("govdoc-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = dir.appendingPathComponent("big.md")
        try Self.bigSource().write(to: source, atomically: true, encoding: .utf8)
        let target = dir.appendingPathComponent("big.docx")
        // a full run first, to spread the stops over the whole of one
        let started = Date()
        let full = try run(govdocExecutable, ["export", "--docx", "-o", target.path, source.path])
        #expect(full.status == 0, "\(full.stderr)")
        let runTime = Date().timeIntervalSince(started)
        try FileManager.default.removeItem(at: target)
        var interruptedWhileRunning = 0
        for step in 1...5 {
            let child = try ProcessGroup.spawn(govdocExecutable, ["export", "--docx", "-o", target.path, source.path],
                                               environment: ProcessInfo.processInfo.environment, errorLog: "/dev/null")
            // from a third of the run (reading done) to its end, where the package is written
            Thread.sleep(forTimeInterval: runTime * (0.3 + 0.7 * Double(step) / 6))
            // the child is reaped only by `poll`: until then its PID cannot be another
            // process's, so the signal reaches it or its zombie, never a stranger
            if child.poll() == nil {
                interruptedWhileRunning += 1
                kill(child.pid, signal)
                // a hang guard: 30 s for the child to end, then SIGKILL
                var waited = 0
                while child.poll() == nil {
                    if waited == 300 { Issue.record("step \(step): still running 30 s after signal \(signal)"); kill(child.pid, SIGKILL) }
                    usleep(100_000); waited += 1
                }
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            #expect(names.allSatisfy { $0 == "big.md" || $0 == "big.docx" }, "step \(step): left \(names)")
            if names.contains("big.docx") {
                // a target that exists is whole: its central directory opens and holds the body
                let archive = try ZipArchiveReader(bytes: try FileBytes.read(target.path, as: .draft))
                #expect(archive.contains("word/document.xml"))
            }
        }
        #expect(interruptedWhileRunning >= 3, "the stops should fall while the export runs")
    }
}
