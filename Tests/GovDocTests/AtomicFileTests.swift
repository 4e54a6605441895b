import Foundation
@testable import GovDocPackaging
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Atomic output: a failure part-way through writing leaves an existing file as it was and no
/// temporary file behind.
@Suite struct AtomicFileTests {
    private func scratchDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "govdoc-atomic-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The disk fills after `limit` bytes: later writes fail with ENOSPC, as write(2) does.
    private func diskFullAfter(_ limit: Int) -> (Int32, UnsafeRawPointer, Int) -> Int {
        var used = 0
        return { fd, buffer, count in
            if used >= limit { errno = ENOSPC; return -1 }
            let n = Glibc.write(fd, buffer, min(count, limit - used, 1000))   // short writes too
            if n > 0 { used += n }
            return n
        }
    }

    @Test(arguments: [0, 1, 4_095, 50_000])
    func aFullDiskMidWriteLeavesTheOldFile(limit: Int) throws {
        let dir = try scratchDirectory()
        let path = dir + "/report.docx"
        try Data("the old report".utf8).write(to: URL(fileURLWithPath: path))
        let bytes = [UInt8](repeating: 0x41, count: 100_000)
        #expect {
            try AtomicFile.write(bytes, to: path, using: diskFullAfter(limit))
        } throws: { error in
            "\(error)" == "cannot write \(path): \(String(cString: strerror(ENOSPC)))"
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the old report")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["report.docx"], "no temporary file left")
    }

    @Test func shortWritesStillWriteEverything() throws {
        let dir = try scratchDirectory()
        let path = dir + "/out.bin"
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try AtomicFile.write(bytes, to: path, using: diskFullAfter(.max))
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.bin"])
    }

    @Test func anUnwritableDirectoryIsAClearError() throws {
        let path = "/proc/govdoc-cannot-write-here/report.docx"
        #expect {
            try AtomicFile.write([1, 2, 3], to: path)
        } throws: { error in
            "\(error)".hasPrefix("cannot write into /proc/govdoc-cannot-write-here: ")
        }
    }
}
