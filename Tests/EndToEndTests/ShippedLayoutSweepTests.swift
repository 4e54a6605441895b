import Foundation
import GovDocKit
import Testing

/// Issue 25: every example and fixture source — notice, letter, report, joint notice with
/// seals, 命令, 纪要, figures, the annual report, long and table-heavy reports, landscape
/// pages — exported as govdoc ships it (no setting changed for the renderer), rendered by
/// LibreOffice (one run per format for all of them) and measured by gbcheck: every rule passes
/// in the .docx and in the .odt.
@Suite struct ShippedLayoutSweepTests {
    /// The sources: `Examples/*/*.md` and `Tests/Fixtures/valid/*.md`, each with a name for its output.
    static var sources: [(name: String, url: URL)] {
        let examples = Paths.root.appendingPathComponent("Examples")
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []).sorted()
        var found: [(String, URL)] = []
        for folder in folders {
            let dir = examples.appendingPathComponent(folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".md") && $0 != "README.md" }
            for name in names.sorted() { found.append(("\(folder)-\(name.dropLast(3))", dir.appendingPathComponent(name))) }
        }
        return found + Paths.validFixtures.map { ("fixture-\($0.deletingPathExtension().lastPathComponent)", $0) }
    }

    /// Rules that fail for a reason outside the layout, by rule and output name (each is
    /// expected to fail, so that a fix shows):
    /// - `pagenum.present` on the landscape fixture: gbcheck looks for the number where a
    ///   portrait page has it and misses the `— 2 —` at the foot of the landscape page (it is
    ///   there: page 2 of the render looked at). GB/T 9704 §8 wants the number of a landscape
    ///   page where the other pages have theirs (portrait positions), which govdoc does not do yet.
    /// - `pagenum.horizontal` on the spans fixture (`first-page: 2`): LibreOffice sets page 1
    ///   with the odd footer (number at the right) although its number, 2, is even; the .docx
    ///   says `w:pgNumType w:start="2"` with even and odd footers, the .odt `style:page-number="2"`.
    static let knownIssues: [String: Set<String>] = [
        "pagenum.present": ["fixture-landscape"],
        "pagenum.horizontal": ["fixture-spans"],
    ]

    @Test func everyShippedFilePassesEveryRule() throws {
        let sources = Self.sources
        #expect(sources.count >= 14, "\(sources.map(\.name))")
        let dir = try Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var written: [String] = []
        for source in sources {
            written += try GovDocIO.export(sourceAt: source.url.path, formats: OutputFormat.packages,
                                           outputBase: dir.appendingPathComponent(source.name).path)
        }
        let pdfs = try RenderedPages.renderPDFs(written)
        var passed = 0
        for path in written {
            guard let pdf = pdfs[path] else { continue }
            guard let rules = try Checkers.gbcheck(path, arguments: ["--pdf", pdf]) else { return }
            let name = URL(fileURLWithPath: path).lastPathComponent
            let failed = rules.values.filter { $0.status == "FAIL" }.sorted { $0.rule < $1.rule }
            let known = failed.filter { Self.knownIssues[$0.rule]?.contains(String(name.split(separator: ".")[0])) == true }
            let unknown = failed.filter { rule in !known.contains { $0.rule == rule.rule } }
            #expect(unknown.isEmpty, "\(name): \(unknown.map { "\($0.rule): \($0.measured ?? "")" })")
            if !known.isEmpty {
                withKnownIssue("\(name): \(known.map(\.rule)) — see knownIssues") {
                    for rule in known { Issue.record("\(name) \(rule.rule): \(rule.measured ?? "")") }
                }
            }
            if failed.isEmpty { passed += 1 }
        }
        print("shipped layout sweep: \(passed) of \(written.count) files pass every gbcheck rule")
    }
}
