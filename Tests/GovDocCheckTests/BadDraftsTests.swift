import Foundation
import GovDocDraft
import GovDocOOXMLReader
import Testing

let badDrafts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/bad-drafts")

/// Tests/Fixtures/bad-drafts/expected.tsv: file, id prefix, kind, what.
struct BadDraft: Sendable, CustomStringConvertible {
    var file: String
    var idPrefix: String
    var kind: String
    var description: String { file }

    static let all: [BadDraft] = {
        guard let text = try? String(contentsOf: badDrafts.appendingPathComponent("expected.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return f.count >= 3 ? BadDraft(file: f[0], idPrefix: f[1], kind: f[2]) : nil
        }
    }()
}

/// The hostile .docx files through the OOXML reader: one `DraftError` with a `reader.*` message,
/// quickly, never a crash or a hang; the nested bomb's embedding is never opened.
@Suite struct BadDraftsTests {
    @Test func everyFileIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: badDrafts.path).filter { $0 != "expected.tsv" }
        #expect(Set(files) == Set(BadDraft.all.map(\.file)))
        #expect(BadDraft.all.count == 35)
    }

    @Test(arguments: BadDraft.all.filter { $0.file.hasSuffix(".docx") || $0.file.hasSuffix(".doc") || $0.file.hasSuffix(".wps") })
    func theOOXMLReaderRefusesCleanly(_ bad: BadDraft) throws {
        let bytes = [UInt8](try Data(contentsOf: badDrafts.appendingPathComponent(bad.file)))
        let start = DispatchTime.now().uptimeNanoseconds
        let outcome = Result { try OOXMLReader().read(bytes, file: bad.file) }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        // a hang guard, not a speed test: the reader's speed is measured in Benchmarks/readers
        #expect(ms < 30_000, "\(bad.file): \(ms) ms")
        switch (bad.kind, outcome) {
        case ("ok-embedded", .success(let draft)):
            #expect(draft.paragraphs.map(\.text) == ["正文只有这一段。"])
        case ("ok-embedded", .failure(let error)):
            Issue.record("\(bad.file) should read: \(error)")
        case (_, .success):
            Issue.record("\(bad.file) (\(bad.kind)) was read as a draft")
        case (_, .failure(let error)):
            let draftError = try #require(error as? DraftError, "\(bad.file): \(type(of: error))")
            #expect(draftError.message.id.hasPrefix(bad.idPrefix), "\(bad.file): \(draftError.message.id)")
            print("\(bad.file)\t\(bad.kind)\t\(draftError.message.id)\t\(String(format: "%.1f", ms)) ms\t\(draftError)")
        }
    }
}
