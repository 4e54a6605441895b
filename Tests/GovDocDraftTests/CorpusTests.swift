import Foundation
import GovDoc
import GovDocDraft
import GovDocKit
import Testing
import Yams

/// The drafts of Tests/Fixtures/drafts read and recognised, against the hand-written
/// `NAME.expected.yaml` beside each: roles of every paragraph, title, 主送, headings, tables,
/// 附件说明, signature, 附注, 版头, 版记, attachment pages.
@Suite struct CorpusTests {
    static let directory = Repo.path("Tests/Fixtures/drafts")

    static var drafts: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".docx") || $0.hasSuffix(".odt") }.sorted()
    }

    static func expected(for name: String) throws -> [String: Any] {
        let base = name.hasSuffix(".odt") || FileManager.default.fileExists(atPath: directory + "/" + name + ".expected.yaml")
            ? name : String(name.dropLast(5))
        let path = directory + "/" + base + ".expected.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try #require(try Yams.load(yaml: text) as? [String: Any])
    }

    static func roleName(_ role: DraftRole) -> String {
        switch role {
        case .issuerMark: return "issuerMark"
        case .documentNumber: return "documentNumber"
        case .title: return "title"
        case .recipient: return "recipient"
        case let .heading(n): return "heading\(n)"
        case .body: return "body"
        case .attachmentNote: return "attachmentNote"
        case .signatureIssuer: return "signatureIssuer"
        case .signatureDate: return "signatureDate"
        case .note: return "note"
        case .imprint: return "imprint"
        case .attachmentLabel: return "attachmentLabel"
        case .attachmentTitle: return "attachmentTitle"
        case .empty: return "empty"
        }
    }

    /// YAML reads `2024-05-06` as a timestamp.
    static func iso(_ value: Any?) -> String? {
        if let s = value as? String { return s }
        guard let d = value as? Date else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: d)
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)?.iso
    }

    static func readable(_ name: String) -> Bool {
        GovDocDrafts.reader(for: name.hasSuffix(".odt") ? .odt : .docx) != nil
    }

    @Test func corpusIsThere() {
        #expect(Self.drafts.count >= 8)
    }

    @Test(arguments: drafts)
    func recognisedAsExpected(_ name: String) throws {
        guard Self.readable(name) else {
            print("corpus: no reader for \(name) in this build")
            return
        }
        let path = Self.directory + "/" + name
        let recognition = try GovDocDrafts.recognize(draftAt: path)
        let doc = recognition.document
        let e = try Self.expected(for: name)

        // roles of every paragraph
        let rawRoles = try #require(e["roles"] as? [AnyHashable: Any])
        let roles = Dictionary(uniqueKeysWithValues: rawRoles.compactMap { k, v in Int("\(k)").map { ($0, "\(v)") } })
        let got = Dictionary(uniqueKeysWithValues: recognition.roles.map { ($0.key, Self.roleName($0.value)) })
        for index in roles.keys.sorted() {
            #expect(got[index] == roles[index], "\(name) ¶\(index): \(got[index] ?? "none"), expected \(roles[index]!)")
        }
        #expect(Set(got.keys) == Set(roles.keys), "\(name): paragraphs \(got.keys.sorted()) vs \(roles.keys.sorted())")

        #expect(doc.title == (e["title-lines"] as? [String])?.joined(separator: "\n"), "\(name)")
        #expect(doc.recipient == e["recipient"] as? String, "\(name)")
        #expect(doc.attachments.map(\.title) == (e["attachments"] as? [String] ?? []), "\(name)")
        #expect(doc.note == e["note"] as? String, "\(name)")
        if let signature = e["signature"] as? [String: Any] {
            #expect(doc.signature?.issuer == signature["issuer"] as? String, "\(name)")
            #expect(doc.signature?.date?.iso == Self.iso(signature["date-iso"]), "\(name)")
        } else {
            #expect(doc.signature == nil, "\(name)")
        }
        if let masthead = e["masthead"] as? [String: Any] {
            #expect(doc.masthead?.issuerMark == masthead["mark"] as? String, "\(name)")
            #expect(doc.masthead?.number == masthead["number"] as? String, "\(name)")
            #expect(doc.kind == .notice, "\(name)")
        } else {
            #expect(doc.masthead == nil, "\(name)")
            #expect(doc.kind == .report, "\(name)")
        }
        if let imprint = e["imprint"] as? [String: Any] {
            #expect(doc.imprint?.copyTo == imprint["cc"] as? [String], "\(name)")
            #expect(doc.imprint?.printer == imprint["printer"] as? String, "\(name)")
            #expect(doc.imprint?.printedDate?.iso == Self.iso(imprint["printed"]), "\(name)")
        } else {
            #expect(doc.imprint == nil, "\(name)")
        }

        // headings, in order, body first then attachments
        var headings: [Heading] = []
        for block in doc.blocks { if case let .heading(h) = block { headings.append(h) } }
        for a in doc.attachments { for block in a.blocks ?? [] { if case let .heading(h) = block { headings.append(h) } } }
        let expectedHeadings = e["headings"] as? [[String: Any]] ?? []
        #expect(headings.count == expectedHeadings.count, "\(name): \(headings.map(\.text))")
        for (h, x) in zip(headings, expectedHeadings) {
            #expect(h.level == x["level"] as? Int, "\(name): \(h.text)")
            let text = (x["numbered-as"] as? String ?? "") + (x["text"] as? String ?? "")
            #expect(h.text == text, "\(name)")
            if x["run-in"] as? Bool == true { #expect(h.runInText == x["rest"] as? String || x["rest"] == nil, "\(name): \(h.text)") }
        }

        // tables: spans and text
        var tables: [Table] = []
        for block in doc.blocks { if case let .table(t) = block { tables.append(t) } }
        for a in doc.attachments { for block in a.blocks ?? [] { if case let .table(t) = block { tables.append(t) } } }
        let expectedTables = e["tables"] as? [[String: Any]] ?? []
        #expect(tables.count == expectedTables.count, "\(name)")
        for (t, x) in zip(tables, expectedTables) {
            let rows = x["rows"] as? [[Any]] ?? []
            #expect(t.rows.count == rows.count, "\(name)")
            for (row, xr) in zip(t.rows, rows) {
                #expect(row.cells.count == xr.count, "\(name)")
                for (cell, xc) in zip(row.cells, xr) {
                    if let s = xc as? String {
                        #expect(cell.text == s && cell.rowSpan == 1 && cell.colSpan == 1, "\(name): \(cell)")
                    } else if let m = xc as? [String: Any] {
                        #expect(cell.text == "\(m["text"] ?? "")", "\(name)")
                        #expect(cell.rowSpan == (m["rowspan"] as? Int ?? 1) && cell.colSpan == (m["colspan"] as? Int ?? 1), "\(name): \(cell)")
                    } else {
                        #expect(cell.text == "\(xc)", "\(name)")
                    }
                }
            }
            #expect(t.headerRowCount == (x["header-rows"] as? Int ?? 0), "\(name)")
        }

        // attachment pages
        let pages = e["attachment-pages"] as? [[String: Any]] ?? []
        #expect(doc.attachments.filter(\.isBoundWithDocument).count == pages.count, "\(name)")

        print("corpus \(name): kind \(doc.kind.rawValue), title「\(doc.title.replacingOccurrences(of: "\n", with: "⏎"))」, "
              + "\(headings.count) headings, \(tables.count) tables, \(doc.attachments.count) attachments (\(pages.count) bound), "
              + "signature \(doc.signature.map { "\($0.issuer) \($0.date?.iso ?? "-")" } ?? "none"), "
              + "版头 \(doc.masthead.map { "\($0.issuerMark) \($0.number ?? "")" } ?? "none"), 版记 \(doc.imprint == nil ? "none" : "yes"); "
              + "warnings: \(recognition.warnings.map { "¶\($0.location.paragraph.map(String.init) ?? "-") \($0.message.id)" })")
    }
}
