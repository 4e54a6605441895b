import Foundation
import GovDocDraft
import GovDocKit
import Testing

/// ODF packages whose `mimetype` entry is missing or deflated (Tests/Fixtures/odt-packaging):
/// routed to the ODF reader by their parts, read as the original is, never reported as a .docx
/// that "has no word/document.xml" (issue 29 item 10).
struct LoosePackagingTests {
    static let root = RoundTripTests.root.appendingPathComponent("Tests/Fixtures")

    static func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))
    }

    @Test(arguments: ["libreoffice-no-mimetype.odt", "libreoffice-compressed-mimetype.odt"])
    func readAsTheOriginal(name: String) throws {
        let loose = try Self.bytes("odt-packaging/" + name)
        // named .docx too: the parts decide, not the name
        #expect(GovDocDrafts.format(of: loose, name: name) == .odt)
        #expect(GovDocDrafts.format(of: loose, name: "renamed.docx") == .odt)
        let original = try GovDocDrafts.read(try Self.bytes("drafts/libreoffice.odt"), file: "libreoffice.odt")
        let draft = try GovDocDrafts.read(loose, file: "renamed.docx")
        #expect(draft.paragraphs.count > 10)
        #expect(draft.paragraphs.map(\.text) == original.paragraphs.map(\.text))
    }

    @Test func aWordPackageStaysWord() throws {
        let docx = try Self.bytes("drafts/libreoffice.docx")
        #expect(GovDocDrafts.format(of: docx, name: "draft.odt") == .docx)
    }
}
