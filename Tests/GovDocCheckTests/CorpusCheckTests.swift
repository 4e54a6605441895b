import Foundation
import GovDoc
import GovDocCheck
import GovDocDraft
import GovDocOOXMLReader
import GovDocTemplates
import Testing
import Yams

let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/drafts")

/// The corpus drafts, read by the OOXML reader, checked with the roles their expected.yaml gives
/// by hand (not the recogniser's: this tests the check, not the recognition) against the
/// deviations planted in each (`check.must`, `must-not`, `must-not-at`).
@Suite struct CorpusCheckTests {
    static let docxCases: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
        .filter { $0.hasSuffix(".expected.yaml") }
        .filter { name in (try? String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8))?.contains("\nformat: docx") == true }
        .sorted()

    static func role(_ name: String) -> DraftRole? {
        switch name {
        case "issuerMark": return .issuerMark
        case "documentNumber": return .documentNumber
        case "title": return .title
        case "recipient": return .recipient
        case "heading1": return .heading(1)
        case "heading2": return .heading(2)
        case "heading3": return .heading(3)
        case "heading4": return .heading(4)
        case "body": return .body
        case "attachmentNote": return .attachmentNote
        case "signatureIssuer": return .signatureIssuer
        case "signatureDate": return .signatureDate
        case "note": return .note
        case "imprint": return .imprint
        case "attachmentLabel": return .attachmentLabel
        case "attachmentTitle": return .attachmentTitle
        case "empty": return .empty
        default: return nil
        }
    }

    /// Faults of the reader, not of the check (none now: an automatic number takes its level's
    /// w:rPr, as `automaticNumbersTakeTheirLevelsFont` asserts).
    static let knownIssues: [String: String] = [:]

    @Test func theCorpusIsThere() {
        #expect(Self.docxCases.count == 7)
    }

    @Test(arguments: docxCases) func plantedDeviationsAreFound(_ yamlName: String) throws {
        let yaml = try #require(try Yams.load(yaml: String(contentsOf: corpus.appendingPathComponent(yamlName), encoding: .utf8)) as? [String: Any])
        let file = try #require(yaml["file"] as? String)
        let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(file)))
        let draft = try OOXMLReader().read(bytes, file: file)
        let rolesYAML = try #require(yaml["roles"] as? [AnyHashable: Any])
        #expect(draft.paragraphs.count == rolesYAML.count, "\(file): paragraphs read vs roles written by hand")
        var roles: [Int: DraftRole] = [:]
        for (key, value) in rolesYAML {
            let index = try #require(Int("\(key.base)")), name = "\(value)"
            let role = Self.role(name)
            #expect(role != nil, "\(file): unknown role \(name)")
            roles[index] = role
        }
        let recognition = DraftRecognition(document: try placeholderDocument(), roles: roles, warnings: [])
        let findings = DraftCheck.findings(draft: draft, recognition: recognition, file: file)
        let listing = findings.map { "\($0.line):\($0.code)" }.joined(separator: " ")
        let check = yaml["check"] as? [String: Any] ?? [:]
        for must in check["must"] as? [[String: Any]] ?? [] {
            let code = try #require(must["code"] as? String)
            let paragraph = must["paragraph"].flatMap { Int("\($0)") }
            #expect(findings.contains { $0.code == code && (paragraph == nil || $0.line == paragraph) },
                    "\(file): expected \(code) at ¶\(paragraph.map(String.init) ?? "–"); found \(listing)")
        }
        if let notAtAll = check["must-not"] as? String, notAtAll == "all" {
            #expect(findings.isEmpty, "\(file): expected no finding; found \(findings.map(\.description))")
        }
        for code in check["must-not"] as? [String] ?? [] {
            if let issue = Self.knownIssues[file + " " + code] {
                withKnownIssue(Comment(rawValue: issue)) {
                    #expect(!findings.contains { $0.code == code }, "\(file): \(code) must not be found; found \(listing)")
                }
                continue
            }
            #expect(!findings.contains { $0.code == code }, "\(file): \(code) must not be found; found \(listing)")
        }
        for at in check["must-not-at"] as? [[String: Any]] ?? [] {
            let code = try #require(at["code"] as? String), paragraph = try #require(at["paragraph"].flatMap { Int("\($0)") })
            #expect(!findings.contains { $0.code == code && $0.line == paragraph }, "\(file): \(code) must not be at ¶\(paragraph)")
        }
        print("\(file): \(findings.count) findings: \(listing)")
        if ProcessInfo.processInfo.environment["DRAFTCHECK_VERBOSE"] != nil { for f in findings { print("  \(f.description)") } }
        if let dump = ProcessInfo.processInfo.environment["DRAFTCHECK_DUMP"], file.hasPrefix(dump) {
            for p in draft.paragraphs {
                let runs = p.runs.map { "[\($0.text)|\($0.eastAsianFont ?? "nil")|\($0.latinFont ?? "nil")|\($0.size ?? 0)]" }
                print("  ¶\(p.index) \(p.text.debugDescription) auto=\(p.automaticNumber ?? "-") \(runs)")
            }
        }
    }

    /// auto-numbering.docx: Word prints 一、 in its level's 黑体 and （一） in 楷体_GB2312, whatever
    /// the paragraph's font; the Draft's number run says so, and the heading fonts check.
    @Test func automaticNumbersTakeTheirLevelsFont() throws {
        let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent("auto-numbering.docx")))
        let draft = try OOXMLReader().read(bytes, file: "auto-numbering.docx")
        let numbered = draft.paragraphs.filter { $0.automaticNumber != nil }
        let first = try #require(numbered.first { $0.automaticNumber?.hasSuffix("、") == true })
        let second = try #require(numbered.first { $0.automaticNumber?.hasPrefix("（") == true })
        #expect(first.runs.first?.text == first.automaticNumber)
        #expect(first.runs.first?.eastAsianFont == "黑体", "\(first.runs)")
        #expect(second.runs.first?.text == second.automaticNumber)
        #expect(second.runs.first?.eastAsianFont == "楷体_GB2312", "\(second.runs)")
        // the number's run only: the heading text keeps its own run
        #expect(first.runs.count >= 2)
    }

    func placeholderDocument() throws -> Document {
        let page = PageSetup(width: 595, height: 842, marginTop: 105, marginBottom: 99, marginLeft: 79, marginRight: 74,
                             linesPerPage: 22, charactersPerLine: 28, linePitch: 28.95)
        // the standard's sheet: the check's expectations come from it
        return Document(title: "t", pageSetup: page, footer: PageFooter(), styles: try Templates.styleSheet("gbt9704"))
    }
}
