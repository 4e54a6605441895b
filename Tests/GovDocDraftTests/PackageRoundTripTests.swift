import Foundation
import GovDoc
import GovDocKit
import GovDocSource
import GovDocTemplates
import PropertyBased
import Testing

/// Every package govdoc writes reads back, through the readers and the recogniser, to the same
/// model: text, roles, tables with spans, signature, 版头/版记, attachments, in both formats.
@Suite struct PackageRoundTripTests {
    /// What a package can carry back: the model without the page setup details the writers
    /// leave to the style sheet (the style sheet and footer are the recogniser's input).
    /// Two page breaks in a row print as one (the flow starts one new page).
    static func printed(_ blocks: [Block]) -> [Block] {
        var out: [Block] = []
        for b in blocks {
            if case .pageBreak = b, case .pageBreak? = out.last { continue }
            out.append(b)
        }
        return out
    }

    /// The title's text with its lines as the writers print it (§7.3.1 title layout applied).
    static func printedTitle(_ document: Document) -> String? {
        for item in Flow(document).items {
            if case let .paragraph(p) = item, p.role == .title { return p.text }
        }
        return nil
    }

    static func expectSame(_ got: Document, _ want: Document, _ what: String) {
        var want = want
        want.blocks = printed(want.blocks)
        want.attachments = want.attachments.map { Attachment(title: $0.title, blocks: $0.blocks.map(printed)) }
        #expect(got.kind == (want.kind == .annualReport ? .report : want.kind), "\(what): kind")
        // the title as printed: line breaks the title layout makes anyway may come back either way
        #expect(Self.printedTitle(got) == Self.printedTitle(want), "\(what): title")
        #expect(got.recipient == want.recipient, "\(what): recipient")
        #expect(got.masthead == want.masthead, "\(what): masthead")
        #expect(got.signature == want.signature, "\(what): signature")
        // the 附注 is printed in parentheses whether the source wrote them or not
        #expect(got.note.map(Self.parenthesised) == want.note.map(Self.parenthesised), "\(what): note")
        #expect(got.imprint == want.imprint, "\(what): imprint")
        #expect(got.attachments == want.attachments, "\(what): attachments")
        #expect(got.blocks.count == want.blocks.count, "\(what): \(got.blocks.count) blocks, expected \(want.blocks.count)")
        for (i, (g, w)) in zip(got.blocks, want.blocks).enumerated() where g != w {
            Issue.record("\(what): block \(i): \(g)\nexpected \(w)")
            break
        }
    }

    static func parenthesised(_ s: String) -> String { s.hasPrefix("（") || s.hasPrefix("(") ? s : "（\(s)）" }

    static func roundTrip(_ document: Document, _ what: String) throws {
        for format in [OutputFormat.docx, .odt] {
            let bytes = try document.serialized(as: format)
            let name = "\(what).\(format.fileExtension)"
            let draft = try GovDocDrafts.read(bytes, file: name)
            // what a package does not say: the kind (a report may carry a 版头) and the first page number
            let recognition = DraftRecognizer(styles: document.styles, overrides: DraftOverrides(kind: document.kind == .annualReport ? nil : document.kind,
                                                                                                   firstPage: document.footer.firstPageNumber))
                .recognize(draft, file: name)
            expectSame(recognition.document, document, name)
            #expect(recognition.warnings.isEmpty, "\(name): \(recognition.warnings)")
        }
    }

    @Test(arguments: Repo.sourceFiles)
    func sourceFilesRoundTrip(_ file: String) throws {
        let document = try SourceReader().read(path: file).document
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        // landscape.md included: a table's landscape section comes back as `table.landscape`
        try Self.roundTrip(document, name)
    }

    @Test func randomDocumentsRoundTrip() async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var document = SourceWriterTests.document(seed: UInt64(seed))
            // a letter's head is in page 1's header, which the readers report as text (joined by
            // spaces in ODF): random marks with spaces in them cannot come back from it
            if document.kind == .letter {
                document.kind = .notice
                document.styles = try! Templates.styleSheet("notice")
                if document.masthead == nil { document.masthead = Masthead(issuerMark: "某某县人民政府文件") }
            }
            func portrait(_ blocks: [Block]) -> [Block] {
                blocks.map { if case var .table(t) = $0 { t.landscape = false; return .table(t) } else { return $0 } }
            }
            document.blocks = portrait(document.blocks)
            document.attachments = document.attachments.map { Attachment(title: $0.title, blocks: $0.blocks.map(portrait)) }
            do { try Self.roundTrip(document, "random-\(seed)") } catch { Issue.record("seed \(seed): \(error)") }
        }
    }
}
